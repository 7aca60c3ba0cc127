/**
 * Observations: the measured state of a sprint at the end of a day (cumulative done and scope),
 * from whichever source knows it — git history, the snapshots a document records, task
 * completion dates, or the document as it is now. Burn-down and velocity are computed from
 * these, so every source gives the same kind of chart.
 */
import { compareDates } from '../parse/calendar.js';
import type { Snapshot, Sprint, Task } from '../model/schema.js';
import { amountOf, type Amount, type Measure } from './measure.js';
import { computeProgress, type Progress } from './progress.js';

/** The state at the end of one day. */
export interface Observation extends Amount {
  date: string;
}

/** One historic version of a document (a commit), already measured. */
export interface MeasuredVersion {
  /** Author date as git prints it (ISO 8601 with the author's offset). */
  authorDate: string;
  progress: Progress;
}

/**
 * Observations from a document's history (versions oldest first, as git lists them): versions
 * grouped by the author's calendar day (the date as written in the author date, i.e. the
 * author's local day), the last version of each day kept. Versions without effort in the
 * measure's unit say nothing and are skipped.
 */
export function observationsFromVersions(versions: readonly MeasuredVersion[], measure: Measure): Observation[] {
  const byDay = new Map<string, Observation>();
  for (const v of versions) {
    const date = v.authorDate.slice(0, 10);
    const amount = amountOf(v.progress, measure);
    if (!amount || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    byDay.set(date, { date, ...amount });
  }
  return sortByDate([...byDay.values()]);
}

/**
 * Observations from the snapshots a document records (day sections, burn-down tables, logs) in
 * the measure's unit. A snapshot that gives only what remains takes `scopeNow` as its scope;
 * when two fall on one day, the later one in the document wins.
 */
export function observationsFromSnapshots(snapshots: readonly Snapshot[], measure: Measure, scopeNow: number | null): Observation[] {
  const byDay = new Map<string, Observation>();
  for (const s of [...snapshots].sort((a, b) => a.line - b.line)) {
    if (s.date === null || s.unit !== measure.unit) continue;
    const scope = s.total ?? (s.done !== null && s.remaining !== null ? s.done + s.remaining : scopeNow);
    if (scope === null) continue;
    const done = s.done ?? (s.remaining !== null ? scope - s.remaining : null);
    if (done === null) continue;
    byDay.set(s.date, { date: s.date, done: tidy(done), scope: tidy(scope) });
  }
  return sortByDate([...byDay.values()]);
}

/**
 * Observations from task completion dates ("Completed" columns): for each date a task was
 * finished, the work done by the end of that day, by the same rules as `computeProgress`.
 * Done tasks without a date are not counted (nobody knows when they were finished).
 */
export function observationsFromCompletionDates(sprint: Sprint, measure: Measure): Observation[] {
  const dates = [...new Set(sprint.tasks.filter((t) => t.status === 'done' && t.completedOn).map((t) => t.completedOn!))].sort(compareDates);
  const out: Observation[] = [];
  for (const date of dates) {
    const asOf: Task[] = sprint.tasks.map((t) =>
      t.status === 'done' && (t.completedOn === null || compareDates(t.completedOn, date) > 0) ? { ...t, status: 'todo' } : t,
    );
    const amount = amountOf(computeProgress({ ...sprint, tasks: asOf }), measure);
    if (amount) out.push({ date, ...amount });
  }
  return out;
}

function sortByDate(list: Observation[]): Observation[] {
  return list.sort((a, b) => compareDates(a.date, b.date));
}

function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}
