/** `sprint velocity`: work completed per day in a sprint, or per sprint across several with averages. */
import { narrowToSprint } from '../metrics/sprint-select.js';
import { velocityHistory } from '../metrics/velocity-history.js';
import { velocityJson } from '../render/burndown-json.js';
import { toJsonText } from '../render/json.js';
import { renderVelocity } from '../render/velocity-view.js';
import type { CommandContext, CommandResult } from './command-result.js';
import { parseBy, parseLast, type BurndownOptions } from './burndown-options.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';
import { sprintReports } from './sprint-reports.js';
import { resolveToday } from './today.js';

/** Options of `velocity`: the burn-down options plus how many recent sprints to average. */
export interface VelocityOptions extends BurndownOptions {
  last?: string;
}

/** Runs `velocity` on the given files (or the discovered documents when there are none). */
export async function velocityCommand(files: readonly string[], options: VelocityOptions, ctx: CommandContext): Promise<CommandResult> {
  const by = parseBy(options.by);
  const last = parseLast(options.last);
  const today = resolveToday(options.today, ctx.env, ctx.now);
  // A document of several sprints counts as that many sprints, each over its own tasks.
  const sprints = (await loadSprints(files, ctx)).flatMap((doc) => (doc.sprints.length > 1 ? doc.sprints.map((_, i) => narrowToSprint(doc, i)) : [doc]));
  const reports = await sprintReports(sprints, { today, by, workdays: options.workdays === true, git: options.git === true }, ctx.cwd);
  const history = velocityHistory(
    sprints.map((s, i) => ({ start: s.metadata.start, report: reports[i]! })),
    last,
    today,
  );
  const stdout = options.json ? toJsonText(velocityJson(sprints, reports, history, last)) : renderVelocity(sprints, reports, history, last, ctx.painter);
  return withDiagnostics(stdout, sprints, options);
}
