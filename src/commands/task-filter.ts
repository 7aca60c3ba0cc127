/** The `list` filters: `--status`, `--assignee`, `--section`, `--id`, all of which must match. */
import { usageError } from '../errors.js';
import type { Status, Task } from '../model/schema.js';
import { STATUS_NAMES } from '../parse/vocab/status-name.js';

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
    if (!isStatus(word)) {
      throw usageError(`unknown status "${part.trim()}" for --status; use ${STATUS_NAMES.join(', ')} (comma-separated)`);
    }
    out.add(word);
  }
  if (out.size === 0) throw usageError(`--status needs a value: ${STATUS_NAMES.join(', ')}`);
  return out;
}

function isStatus(word: string): word is Status {
  return (STATUS_NAMES as readonly string[]).includes(word);
}
