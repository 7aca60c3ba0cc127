/** `sprint status`: how far each document is, for people (progress bars, tables) or scripts (`--json`). */
import { burndownReport } from '../metrics/burndown-report.js';
import { computeProgress } from '../metrics/progress.js';
import { statusJson, toJsonText } from '../render/json.js';
import { sprintProgress } from '../metrics/sprint-progress.js';
import { notUnderstoodLine } from '../render/explain-view.js';
import { jobCharts } from './job-charts.js';
import { problemAnnotations, jobSummary } from '../render/github.js';
import { renderSprintTable } from '../render/sprint-table.js';
import { renderStatus } from '../render/status-view.js';
import { scopeToSprint } from './sprint-scope.js';
import { githubOutput, type CommandContext, type CommandResult, type ReportOptions } from './command-result.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';
import { resolveToday } from './today.js';

/** Options of `status`: the shared report options plus the date days left and the forecast are computed for. */
export interface StatusOptions extends ReportOptions {
  today?: string;
  /** Which sprint of a multi-sprint document to show in full (number, part of a title, or all; default the current one). */
  sprint?: string;
  /** `github` (annotations and a job summary), `text`, or `auto` (github when GITHUB_ACTIONS=true). */
  format?: string;
}

/** Runs `status` on the given files (or the discovered documents when there are none). */
export async function statusCommand(files: readonly string[], options: StatusOptions, ctx: CommandContext): Promise<CommandResult> {
  const today = resolveToday(options.today, ctx.env, ctx.now);
  const sprints = await loadSprints(files, ctx);
  if (options.json) {
    const progress = sprints.map(computeProgress);
    const outlook = sprints.map((sprint, i) => burndownReport({ sprint, progress: progress[i]!, today }));
    return withDiagnostics(toJsonText(statusJson(sprints, progress, outlook, today)), sprints, options);
  }
  // People see the current sprint (or the one --sprint names) in full, under a table of all sprints.
  const scoped = scopeToSprint(sprints, options.sprint, today);
  const views = scoped.map((d) => d.view);
  const progress = views.map(computeProgress);
  const outlook = views.map((sprint, i) => burndownReport({ sprint, progress: progress[i]!, today }));
  const overviews = scoped.map((d) => (d.whole.sprints.length > 1 ? renderSprintTable(sprintProgress(d.whole), d.selected, ctx.painter) : null));
  const result = withDiagnostics(renderStatus(views, progress, ctx.painter, outlook, overviews), sprints, options);
  if (githubOutput(options.format, ctx.env)) {
    // In GitHub Actions the reader's warnings and errors become annotations, and the progress a job summary.
    const problems = sprints.flatMap((s) =>
      s.diagnostics
        .filter((d) => d.severity !== 'info')
        .map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.code, severity: d.severity, message: d.message, fixable: false })),
    );
    result.stdout = problemAnnotations(problems) + result.stdout;
    result.summary = jobSummary('sprint status', sprints, sprints.map(computeProgress), problems, jobCharts(sprints, today));
  }
  // Without --verbose, one line per document says what was set aside or not understood, and how to see it.
  const unread = options.verbose ? [] : sprints.map(notUnderstoodLine).filter((l): l is string => l !== null);
  if (unread.length > 0) result.stderr = `${result.stderr ?? ''}${unread.map((l) => `sprint: ${l}\n`).join('')}`;
  return result;
}
