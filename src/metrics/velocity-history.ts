/**
 * Velocity across sprints: completed per sprint, committed vs completed, and the averages over
 * the last N sprints. Sprints are ordered by start date (undated ones keep their given order,
 * after the dated ones); a sprint measured in another unit than most is listed but not averaged,
 * and so is a sprint that has not started yet (a plan's future sprints would pull the average
 * toward zero).
 */
import { compareDates } from '../parse/calendar.js';
import type { BurndownReport } from './burndown-report.js';
import { velocityAcrossSprints } from './velocity.js';

/** One sprint to put in the history. */
export interface SprintEntry {
  start: string | null;
  report: BurndownReport;
}

/** The history: sprint order, which are averaged, and the averages. */
export interface VelocityHistory {
  unit: string;
  /** Indexes into the entries, oldest sprint first. */
  order: number[];
  /** Indexes left out of the averages (another unit). */
  excluded: Set<number>;
  /** Indexes left out of the averages because the sprint has not started. */
  notStarted: Set<number>;
  /** Completed per day over the last N counted sprints. */
  averagePerDay: number | null;
  /** Mean completed per sprint over the last N counted sprints. */
  averagePerSprint: number | null;
  counted: number;
}

/** Orders the sprints and averages the last `last` of those that have started by `today`. */
export function velocityHistory(entries: readonly SprintEntry[], last: number, today: string): VelocityHistory {
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => {
      const sa = entries[a]!.start;
      const sb = entries[b]!.start;
      if (sa && sb) return compareDates(sa, sb) || a - b;
      if (sa) return -1;
      if (sb) return 1;
      return a - b;
    });
  const unit = commonUnit(order.map((i) => entries[i]!.report.measure.unit));
  const excluded = new Set(order.filter((i) => entries[i]!.report.measure.unit !== unit));
  const notStarted = new Set(order.filter((i) => !hasStarted(entries[i]!, today)));
  const counted = order
    .filter((i) => !excluded.has(i) && !notStarted.has(i))
    .map((i) => {
      const r = entries[i]!.report;
      return { committed: r.series.committedScope, completed: r.velocity.completed, elapsedDays: r.velocity.elapsedDays };
    });
  const avg = velocityAcrossSprints(counted, last);
  return { unit, order, excluded, notStarted, averagePerDay: avg.perDay, averagePerSprint: avg.perSprint, counted: avg.counted };
}

/** The unit most sprints use; ties go to the most recent sprint's. */
function commonUnit(units: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best = units[units.length - 1] ?? 'tasks';
  for (const u of [...units].reverse()) if ((counts.get(u) ?? 0) > (counts.get(best) ?? 0)) best = u;
  return best;
}

/**
 * Rule: a sprint has started when its start date is today or earlier; an undated one when any of
 * its work is done (nothing else tells a plan's next sprint from a sprint that finished nothing).
 */
function hasStarted(entry: SprintEntry, today: string): boolean {
  if (entry.start) return compareDates(entry.start, today) <= 0;
  return entry.report.velocity.completed > 0;
}
