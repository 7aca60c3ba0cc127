/** `sprint list`: the tasks of the documents, one a row, optionally filtered. */
import type { TaskRow } from '../render/task-row.js';
import { listJson, toJsonText } from '../render/json.js';
import { renderList } from '../render/list-view.js';
import type { CommandContext, CommandResult, ReportOptions } from './command-result.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';
import { scopeToSprint } from './sprint-scope.js';
import { parseTaskFilter, type TaskFilterOptions } from './task-filter.js';

/** Options of `list`: the shared report options plus the filters. */
export interface ListOptions extends ReportOptions, TaskFilterOptions {
  /** Only the tasks of this sprint (number, part of a title; default every sprint). */
  sprint?: string;
}

/** Runs `list` on the given files (or the discovered documents when there are none). */
export async function listCommand(files: readonly string[], options: ListOptions, ctx: CommandContext): Promise<CommandResult> {
  const keep = parseTaskFilter(options);
  const sprints = await loadSprints(files, ctx);
  const scoped = options.sprint === undefined ? sprints : scopeToSprint(sprints, options.sprint, null).map((d) => d.view);
  const rows: TaskRow[] = scoped.flatMap((sprint) => sprint.tasks.filter(keep).map((task) => ({ sprint, task })));
  const stdout = options.json ? toJsonText(listJson(rows)) : renderList(rows, ctx.painter);
  return withDiagnostics(stdout, sprints, options);
}
