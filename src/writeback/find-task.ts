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

/**
 * The one task `query` names in these documents; a usage error when none or several match. A
 * query may name the task through its parents, `>` between them ("Task 3 > Step 2"): each part is
 * looked for among the tasks under the one the part before it named.
 */
export function findTask(query: string, sprints: readonly Sprint[]): TaskMatch {
  const parts = query.split('>').map((p) => p.trim());
  if (parts.some((p) => fold(p).replace(/^#/, '') === '')) throw usageError('name a task: an ID (2.1, MON-001) or part of its title');
  const all = sprints.flatMap((sprint) => sprint.tasks.map((task) => ({ sprint, task })));
  let chosen: TaskMatch | null = null;
  for (const part of parts) {
    const under: TaskMatch | null = chosen;
    const pool = under === null ? all : all.filter((m) => m.sprint === under.sprint && descends(m.task, under.task, under.sprint));
    chosen = findIn(part, pool, query, sprints);
  }
  return chosen!;
}

/** The one task of `pool` that `part` names, by ID or key, then whole title, then words of the title. */
function findIn(part: string, pool: readonly TaskMatch[], query: string, sprints: readonly Sprint[]): TaskMatch {
  const q = fold(part).replace(/^#/, '');
  const passes: Array<(m: TaskMatch) => boolean> = [
    ({ task }) => (task.id !== null && fold(task.id).replace(/^#/, '') === q) || fold(task.key) === q,
    ({ task }) => fold(task.title) === q,
    ({ task }) => fold(task.title).includes(q) || (task.id !== null && fold(`${task.id} ${task.title}`).includes(q)),
  ];
  for (const pass of passes) {
    const found = pool.filter(pass);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      throw usageError(
        `"${query}" matches ${found.length} tasks; name one by its ID, more of its title, or its parent ("parent > task") (nothing was written)`,
        found.map(candidateLine),
      );
    }
  }
  const where = sprints.length === 1 ? sprints[0]!.file : `${sprints.length} documents`;
  throw usageError(`no task matches "${query}" in ${where} (try \`sprint list\`)`);
}

/** `task` sits under `ancestor` (its parent, its parent's parent, …). */
function descends(task: Task, ancestor: Task, sprint: Sprint): boolean {
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  for (let p = task.parent; p !== null; p = byKey.get(p)?.parent ?? null) if (p === ancestor.key) return true;
  return false;
}

/** "fixtures/seed-004-day-boards.md:46  4.3  Rate Limiting Validation Under Load". */
export function candidateLine({ sprint, task }: TaskMatch): string {
  return `${sprint.file}:${task.span.line}  ${task.id ?? '-'}  ${task.title}`;
}
