/**
 * Which task `sprint done <task>` means: an exact ID or key first ("2.1", "MON-001", "L48"), then
 * a title equal to the words given, then a title containing them (case and spacing ignored). When
 * several tasks match, nothing is guessed: the caller gets the candidates, one `file:line  id
 * title` line each.
 */
import { usageError } from '../errors.js';
import type { Sprint, Task } from '../model/schema.js';
import { fold } from '../parse/recognize/text.js';

/** A task and the document it is in. */
export interface TaskMatch {
  sprint: Sprint;
  task: Task;
}

/** The one task `query` names in these documents; a usage error when none or several match. */
export function findTask(query: string, sprints: readonly Sprint[]): TaskMatch {
  const q = fold(query.trim()).replace(/^#/, '');
  if (q === '') throw usageError('name a task: an ID (2.1, MON-001) or part of its title');
  const all = sprints.flatMap((sprint) => sprint.tasks.map((task) => ({ sprint, task })));
  const passes: Array<(m: TaskMatch) => boolean> = [
    ({ task }) => (task.id !== null && fold(task.id).replace(/^#/, '') === q) || fold(task.key) === q,
    ({ task }) => fold(task.title) === q,
    ({ task }) => fold(task.title).includes(q) || (task.id !== null && fold(`${task.id} ${task.title}`).includes(q)),
  ];
  for (const pass of passes) {
    const found = all.filter(pass);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      throw usageError(`"${query}" matches ${found.length} tasks; name one by its ID or more of its title (nothing was written)`, found.map(candidateLine));
    }
  }
  const where = sprints.length === 1 ? sprints[0]!.file : `${sprints.length} documents`;
  throw usageError(`no task matches "${query}" in ${where} (try \`sprint list\`)`);
}

/** "fixtures/seed-004-day-boards.md:46  4.3  Rate Limiting Validation Under Load". */
export function candidateLine({ sprint, task }: TaskMatch): string {
  return `${sprint.file}:${task.span.line}  ${task.id ?? '-'}  ${task.title}`;
}
