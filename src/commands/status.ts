/** `sprint status`: how far each document is, for people (progress bars, tables) or scripts (`--json`). */
import { burndownReport } from '../metrics/burndown-report.js';
import { computeProgress } from '../metrics/progress.js';
import { statusJson, toJsonText } from '../render/json.js';
import { renderStatus } from '../render/status-view.js';
import type { CommandContext, CommandResult, ReportOptions } from './command-result.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';
import { resolveToday } from './today.js';

/** Options of `status`: the shared report options plus the date days left and the forecast are computed for. */
export interface StatusOptions extends ReportOptions {
  today?: string;
}

/** Runs `status` on the given files (or the discovered documents when there are none). */
export async function statusCommand(files: readonly string[], options: StatusOptions, ctx: CommandContext): Promise<CommandResult> {
  const today = resolveToday(options.today, ctx.env, ctx.now);
  const sprints = await loadSprints(files, ctx.cwd);
  const progress = sprints.map(computeProgress);
  const outlook = sprints.map((sprint, i) => burndownReport({ sprint, progress: progress[i]!, today }));
  const stdout = options.json ? toJsonText(statusJson(sprints, progress, outlook, today)) : renderStatus(sprints, progress, ctx.painter, outlook);
  return withDiagnostics(stdout, sprints, options);
}
