/**
 * The check every write passes before it reaches the disk: the changed text, read again, must
 * model the same tasks with the statuses intended — nothing appeared, vanished or changed state
 * by accident. A difference means the edits did something they were not meant to, so the write
 * is refused.
 */
import type { Sprint, Status } from '../model/schema.js';

/**
 * What differs between the model before and after a change: tasks that appeared or vanished, and
 * tasks whose status is not the one expected (`expected`), or — for the others — not the one they
 * had. With `writtenOnly`, tasks whose status is derived before or after (from subtasks, a
 * blocker, a heading: the subtasks of a parent that becomes blocked read as blocked) may follow the
 * change.
 */
export function modelDifferences(before: Sprint, after: Sprint, expected: ReadonlyMap<string, Status>, writtenOnly: boolean): string[] {
  const out: string[] = [];
  const now = new Map(after.tasks.map((t) => [t.key, t]));
  const was = new Set(before.tasks.map((t) => t.key));
  for (const t of before.tasks) {
    const a = now.get(t.key);
    if (!a) {
      out.push(`task "${t.title}" (line ${t.span.line}) is no longer read as a task`);
      continue;
    }
    const want = expected.get(t.key);
    if (want !== undefined) {
      if (a.status !== want) out.push(`task "${t.title}" reads as ${a.status}, not ${want}`);
    } else if ((!writtenOnly || (t.statusFrom === 'written' && a.statusFrom === 'written')) && a.status !== t.status) {
      out.push(`task "${t.title}" changed from ${t.status} to ${a.status}`);
    }
  }
  for (const t of after.tasks) if (!was.has(t.key)) out.push(`a new task "${t.title}" appeared at line ${t.span.line}`);
  return out;
}
