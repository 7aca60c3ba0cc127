/**
 * What a burn-down measures: effort in the document's unit (hours, points, days) or a count of
 * leaf tasks (`--by count|effort`). One measure per chart, so every day's number is comparable.
 */
import type { Unit } from '../model/schema.js';
import type { Progress } from './progress.js';

/** How work is measured: `effort` in the document's unit, or `count` of tasks. */
export type BurnBy = 'effort' | 'count';

/** The measure a series is in: how, and the unit its numbers carry ('tasks' for counts). */
export interface Measure {
  by: BurnBy;
  unit: Unit | 'tasks';
}

/** Work done and in scope at one moment, in a measure's unit. */
export interface Amount {
  done: number;
  scope: number;
}

/**
 * The measure to use: the one asked for, else effort when the document has estimates and says how
 * much of them is done, else counts (a scope stated only as "___ / 39 points" charts by tasks).
 */
export function chooseMeasure(progress: Progress, by?: BurnBy): Measure {
  if (by === 'count') return { by: 'count', unit: 'tasks' };
  if (progress.effort && (by === 'effort' || progress.effort.done !== null)) return { by: 'effort', unit: progress.effort.unit };
  return { by: 'count', unit: 'tasks' };
}

/** Done and scope of a document's progress in `measure`; null when it has no effort in that unit. */
export function amountOf(progress: Progress, measure: Measure): Amount | null {
  if (measure.by === 'count') {
    return { done: progress.tasks.done, scope: progress.tasks.total - progress.tasks.cancelled };
  }
  const e = progress.effort;
  // Effort whose done part the document does not state cannot be measured against.
  if (!e || e.unit !== measure.unit || e.done === null) return null;
  return { done: e.done, scope: e.total };
}
