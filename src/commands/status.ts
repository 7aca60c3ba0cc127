/** `sprint status`: how far each document is, for people (progress bars, tables) or scripts (`--json`). */
import { computeProgress } from '../metrics/progress.js';
import { statusJson, toJsonText } from '../render/json.js';
import { renderStatus } from '../render/status-view.js';
import type { CommandContext, CommandResult, ReportOptions } from './command-result.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';

/** Runs `status` on the given files (or the discovered documents when there are none). */
export async function statusCommand(files: readonly string[], options: ReportOptions, ctx: CommandContext): Promise<CommandResult> {
  const sprints = await loadSprints(files, ctx.cwd);
  const progress = sprints.map(computeProgress);
  const stdout = options.json ? toJsonText(statusJson(sprints, progress)) : renderStatus(sprints, progress, ctx.painter);
  return withDiagnostics(stdout, sprints, options);
}
