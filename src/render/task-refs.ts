/** Tasks point at each other by key; people read IDs. This turns keys into what reports show. */
import type { Sprint, Task } from '../model/schema.js';

/** Names a document's task references the way reports show them. */
export interface TaskRefs {
  /** The parent's ID, else its title; null for a top-level task. */
  parent(task: Task): string | null;
  /** The IDs of the tasks this one depends on (a key with no task, or a task with no ID, stays a key). */
  dependsOn(task: Task): string[];
}

/** Builds the key → ID lookups of one document. */
export function taskRefs(sprint: Sprint): TaskRefs {
  const byKey = new Map<string, Task>();
  for (const t of sprint.tasks) if (!byKey.has(t.key)) byKey.set(t.key, t);
  return {
    parent(task) {
      if (task.parent === null) return null;
      const p = byKey.get(task.parent);
      return p ? (p.id ?? p.title) : task.parent;
    },
    dependsOn(task) {
      return task.dependsOn.map((key) => byKey.get(key)?.id ?? key);
    },
  };
}
