/** `sprint list`: the tasks of the documents, one a row, optionally filtered. */
import type { TaskRow } from '../render/task-row.js';
import { listJson, toJsonText } from '../render/json.js';
import { renderList } from '../render/list-view.js';
import type { CommandContext, CommandResult, ReportOptions } from './command-result.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';
import { parseTaskFilter, type TaskFilterOptions } from './task-filter.js';

/** Options of `list`: the shared report options plus the filters. */
export interface ListOptions extends ReportOptions, TaskFilterOptions {}

/** Runs `list` on the given files (or the discovered documents when there are none). */
export async function listCommand(files: readonly string[], options: ListOptions, ctx: CommandContext): Promise<CommandResult> {
  const keep = parseTaskFilter(options);
  const sprints = await loadSprints(files, ctx.cwd);
  const rows: TaskRow[] = sprints.flatMap((sprint) => sprint.tasks.filter(keep).map((task) => ({ sprint, task })));
  const stdout = options.json ? toJsonText(listJson(rows)) : renderList(rows, ctx.painter);
  return withDiagnostics(stdout, sprints, options);
}
