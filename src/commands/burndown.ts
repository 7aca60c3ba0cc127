/** `sprint burndown`: remaining work per day against the ideal line, with velocity and forecast. */
import { renderBurndown } from '../render/burndown-view.js';
import { burndownJson } from '../render/burndown-json.js';
import { toJsonText } from '../render/json.js';
import type { CommandContext, CommandResult } from './command-result.js';
import { parseBy, type BurndownOptions } from './burndown-options.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';
import { sprintReports } from './sprint-reports.js';
import { scopeToSprint } from './sprint-scope.js';
import { resolveToday } from './today.js';

/** Runs `burndown` on the given files (or the discovered documents when there are none). */
export async function burndownCommand(files: readonly string[], options: BurndownOptions, ctx: CommandContext): Promise<CommandResult> {
  const by = parseBy(options.by);
  const today = resolveToday(options.today, ctx.env, ctx.now);
  const sprints = scopeToSprint(await loadSprints(files, ctx), options.sprint, today).map((d) => d.view);
  const reports = await sprintReports(sprints, { today, by, workdays: options.workdays === true, git: options.git === true }, ctx.cwd);
  const stdout = options.json ? toJsonText(burndownJson(sprints, reports, today)) : renderBurndown(sprints, reports, ctx.painter);
  return withDiagnostics(stdout, sprints, options);
}
