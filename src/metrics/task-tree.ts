/** The parent/child links of a document's tasks, resolved by key (links to unknown keys are ignored). */
import type { Task } from '../model/schema.js';

/** Looks tasks up by key and walks their hierarchy; shared by progress and the views that list leaves. */
export class TaskTree {
  private readonly byKey = new Map<string, Task>();

  constructor(readonly tasks: readonly Task[]) {
    for (const t of tasks) if (!this.byKey.has(t.key)) this.byKey.set(t.key, t);
  }

  /** The task's children that exist, in the order the task lists them. */
  children(task: Task): Task[] {
    const out: Task[] = [];
    for (const key of task.children) {
      const child = this.byKey.get(key);
      if (child && child !== task) out.push(child);
    }
    return out;
  }

  /** True when the task has no (known) children: it counts by itself. */
  isLeaf(task: Task): boolean {
    return this.children(task).length === 0;
  }

  /** Tasks with no (known) parent, in document order. */
  roots(): Task[] {
    return this.tasks.filter((t) => t.parent === null || t.parent === t.key || !this.byKey.has(t.parent));
  }
}

/** The tasks that are counted: those without children, in document order. */
export function leafTasks(tasks: readonly Task[]): Task[] {
  const tree = new TaskTree(tasks);
  return tasks.filter((t) => tree.isLeaf(t));
}
