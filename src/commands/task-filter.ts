/** The `list` filters: `--status`, `--assignee`, `--section`, `--id`, all of which must match. */
import { usageError } from '../errors.js';
import type { Status, Task } from '../model/schema.js';
import { StatusSchema } from '../model/schema.js';

/** The filter options as commander hands them over (raw strings). */
export interface TaskFilterOptions {
  status?: string;
  assignee?: string;
  section?: string;
  id?: string;
}

/** A predicate for the tasks to keep; throws a usage error for a status it does not know. */
export function parseTaskFilter(options: TaskFilterOptions): (task: Task) => boolean {
  const statuses = options.status === undefined ? null : parseStatuses(options.status);
  const assignee = options.assignee?.toLowerCase();
  const section = options.section?.toLowerCase();
  const id = options.id?.toLowerCase();
  return (task) =>
    (statuses === null || statuses.has(task.status)) &&
    (assignee === undefined || (task.assignee ?? '').toLowerCase().includes(assignee)) &&
    (section === undefined || task.headingPath.some((h) => h.toLowerCase().includes(section))) &&
    (id === undefined || (task.id ?? '').toLowerCase() === id);
}

/** "todo,in-progress" → {todo, in_progress}; `in-progress` and `in progress` mean `in_progress`. */
export function parseStatuses(text: string): Set<Status> {
  const out = new Set<Status>();
  for (const part of text.split(',')) {
    const word = part
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (word === '') continue;
    const parsed = StatusSchema.safeParse(word);
    if (!parsed.success) {
      throw usageError(`unknown status "${part.trim()}" for --status; use ${StatusSchema.options.join(', ')} (comma-separated)`);
    }
    out.add(parsed.data);
  }
  if (out.size === 0) throw usageError(`--status needs a value: ${StatusSchema.options.join(', ')}`);
  return out;
}
