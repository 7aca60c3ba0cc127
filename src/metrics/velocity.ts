/**
 * Velocity: work completed per day within a sprint, and completed per sprint across sprints.
 * Completed work is the rise in done work; scope added or removed is not velocity. The average
 * is the work done from the sprint start through the last day the series knows, divided by
 * those days (calendar days, or workdays with `workdays`).
 */
import { addDays, compareDates, daysBetween, workdaysBetween } from '../parse/calendar.js';
import type { BurndownDay, BurndownSeries } from './burndown.js';

/** Work completed on one day. */
export interface DayDone {
  date: string;
  done: number;
}

/** Velocity within one sprint. */
export interface SprintVelocity {
  perDay: DayDone[];
  /** Average completed per day over the elapsed days; null when nothing is known. */
  average: number | null;
  /** Work completed from the start through `lastKnownDay`. */
  completed: number;
  /** Days counted for the average (start through the last known day, inclusive). */
  elapsedDays: number;
  /** Last day whose values are known: where a forecast starts from. */
  lastKnownDay: string | null;
}

/** Velocity of one sprint from its burn-down series. */
export function sprintVelocity(series: BurndownSeries, workdays: boolean): SprintVelocity {
  const known = series.days.filter((d): d is BurndownDay & { done: number } => d.done !== null);
  const perDay: DayDone[] = [];
  let previous = series.baseline?.done ?? 0;
  for (const day of known) {
    perDay.push({ date: day.date, done: tidy(day.done - previous) });
    previous = day.done;
  }
  const first = series.days[0]?.date ?? null;
  const lastDay = known[known.length - 1];
  if (first === null || lastDay === undefined) return { perDay, average: null, completed: 0, elapsedDays: 0, lastKnownDay: null };
  const completed = tidy(lastDay.done - (series.baseline?.done ?? 0));
  const elapsedDays = Math.max(1, countDays(first, lastDay.date, workdays));
  return { perDay, average: tidy(completed / elapsedDays), completed, elapsedDays, lastKnownDay: lastDay.date };
}

/** One sprint in a velocity history. */
export interface SprintTotals {
  committed: number | null;
  completed: number;
  elapsedDays: number;
}

/** Averages over the last `n` sprints: completed per sprint and per day (null when there are none). */
export function velocityAcrossSprints(sprints: readonly SprintTotals[], n: number): { perSprint: number | null; perDay: number | null; counted: number } {
  const recent = sprints.slice(Math.max(0, sprints.length - Math.max(1, n)));
  if (recent.length === 0) return { perSprint: null, perDay: null, counted: 0 };
  const completed = recent.reduce((sum, s) => sum + s.completed, 0);
  const days = recent.reduce((sum, s) => sum + s.elapsedDays, 0);
  return { perSprint: tidy(completed / recent.length), perDay: days > 0 ? tidy(completed / days) : null, counted: recent.length };
}

/** Days from `a` through `b`, both counted: calendar days, or Monday–Friday days. */
export function countDays(a: string, b: string, workdays: boolean): number {
  if (compareDates(b, a) < 0) return 0;
  return workdays ? workdaysBetween(a, b) : daysBetween(a, b) + 1;
}

/** The date `n` days after `from`: calendar days, or the n-th Monday–Friday day after it. */
export function advance(from: string, n: number, workdays: boolean): string {
  if (!workdays) return addDays(from, n);
  let date = from;
  for (let left = n; left > 0; ) {
    date = addDays(date, 1);
    if (workdaysBetween(date, date) === 1) left--;
  }
  return date;
}

function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}
