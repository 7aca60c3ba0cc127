/**
 * The numbers a derived fragment stands for, recomputed from the model: over the whole document,
 * over the tasks under one heading, or cumulatively through a dated day section (seed 003's
 * "Completed: 7/75 points" on day 1). Effort comes from `computeProgress` on the scope; counts are
 * leaf tasks, and a count's scope is the one whose size the document itself writes (corpus 04
 * counts 22 tasks — the ones with `US1-T01`-style IDs — among 51 items). Also says when a scope is
 * not understood (a status or estimate the reader did not recognize), so the fragment is left alone.
 */
import { computeProgress } from '../metrics/progress.js';
import { leafTasks } from '../metrics/task-tree.js';
import type { Sprint, Status, Task, Unit } from '../model/schema.js';

/** A set of tasks a fragment counts over; `declaredExtra` counts tasks the document declares but does not list. */
export interface CountScope {
  leaves: Task[];
  declaredExtra: number;
}

/** Done and total effort of a scope, in one unit. */
export interface EffortNumbers {
  done: number;
  total: number;
}

/** Diagnostics that mean some status or estimate was not understood. */
const NOT_UNDERSTOOD = new Set(['unknown-status', 'unknown-checkbox', 'unknown-estimate']);

/** Why the tasks of a range (or the whole document) cannot be counted reliably, or null. */
export function problemIn(sprint: Sprint, range: { start: number; end: number } | null, lineOf: (offset: number) => number): string | null {
  const from = range ? lineOf(range.start) : 0;
  const to = range ? lineOf(Math.max(range.start, range.end - 1)) : Infinity;
  const d = sprint.diagnostics.find((x) => NOT_UNDERSTOOD.has(x.code) && x.line >= from && x.line <= to);
  return d ? `line ${d.line}: ${d.message}` : null;
}

/** Tasks written (at least once) inside a range of the text. */
export function tasksInRange(sprint: Sprint, range: { start: number; end: number }): Task[] {
  return sprint.tasks.filter((t) => t.occurrences.some((o) => o.span.start >= range.start && o.span.start < range.end));
}

/** Leaf tasks that count (cancelled ones do not). */
export function countable(tasks: readonly Task[]): Task[] {
  return leafTasks(tasks).filter((t) => t.status !== 'cancelled');
}

/**
 * The document-wide count scope whose size is `written`: every leaf task, the leaves with a
 * written status, or the leaves with an ID; or,
 * when the document writes more than it lists (seed 004's "0/22 tasks" over 10 listed tasks), every
 * leaf plus the declared rest. Null when no reading gives that number.
 */
export function countScopeFor(sprint: Sprint, written: number): CountScope | null {
  const all = countable(sprint.tasks);
  const candidates = [all, all.filter((t) => t.statusFrom === 'written'), all.filter((t) => t.id !== null)];
  for (const leaves of candidates) if (leaves.length === written && leaves.length > 0) return { leaves, declaredExtra: 0 };
  if (written > all.length) return { leaves: all, declaredExtra: written - all.length };
  return null;
}

/** How many leaves of a scope are in a status (todo includes the declared, unlisted tasks). */
export function countIn(scope: CountScope, status: Status): number {
  return scope.leaves.filter((t) => t.status === status).length + (status === 'todo' ? scope.declaredExtra : 0);
}

/** Done and total effort of some tasks, in `unit`, by the rules of computeProgress. */
export function effortOf(sprint: Sprint, tasks: readonly Task[], unit: Unit, inStatus: Status = 'done'): EffortNumbers {
  const sub: Sprint = {
    ...sprint,
    tasks: tasks.map((t) => (inStatus === 'done' || t.status === 'cancelled' ? t : { ...t, status: t.status === inStatus ? 'done' : 'todo' })),
    metadata: { ...sprint.metadata, unit, declaredTotal: null },
  };
  const effort = computeProgress(sub).effort;
  // No declared total here, so the done part is always summed from the tasks (never unknown).
  return effort && effort.unit === unit ? { done: effort.done ?? 0, total: effort.total } : { done: 0, total: 0 };
}

/** The first leaf of the tasks that has no estimate in `unit` (itself or through a parent), or null. */
export function unestimated(sprint: Sprint, tasks: readonly Task[], unit: Unit): Task | null {
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  const has = (t: Task | undefined): boolean => {
    for (let p = t; p; p = p.parent ? byKey.get(p.parent) : undefined) if (p.estimate?.unit === unit) return true;
    return false;
  };
  return countable(tasks).find((t) => !has(t)) ?? null;
}

/**
 * Effort done through a day (seed 003's day sections): every occurrence dated on or before `asOf`
 * that is done adds its own estimate; a later occurrence with the same title restates the same
 * slice rather than adding one, as the model's merge does.
 */
export function effortDoneThrough(sprint: Sprint, asOf: string, unit: Unit): number {
  let done = 0;
  for (const t of countable(sprint.tasks)) {
    const slices = new Map<string, { value: number; done: boolean }>();
    for (const o of t.occurrences) {
      if (o.date === null || o.date > asOf || o.continued) continue;
      const value = o.estimate?.unit === unit ? o.estimate.value : null;
      const status = o.status ?? t.status;
      const key = o.title
        .replace(/\([^)]*\)/g, '')
        .trim()
        .toLowerCase();
      if (value !== null) slices.set(key, { value, done: status === 'done' });
      else if (slices.size === 0 && t.estimate?.unit === unit && status === 'done') slices.set(key, { value: t.estimate.value, done: true });
    }
    for (const s of slices.values()) if (s.done) done += s.value;
  }
  return Math.round(done * 1000) / 1000;
}

/** Leaf tasks done on or before a day (a done occurrence dated then). */
export function countDoneThrough(scope: CountScope, asOf: string): number {
  return scope.leaves.filter((t) => t.occurrences.some((o) => o.date !== null && o.date <= asOf && (o.status ?? t.status) === 'done')).length;
}
