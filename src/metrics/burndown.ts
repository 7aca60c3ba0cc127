/**
 * The burn-down series: one row per day with the ideal line, what remains, what is done and the
 * scope. Definitions, as mature tools use them:
 *
 * - Remaining = scope − done at the end of the day. Work added after the start raises the scope
 *   (and what remains) without touching done: scope change is not progress.
 * - The ideal line runs from the committed scope (the scope on the sprint's start day) down to
 *   zero on the end date, in calendar days, or in workdays with `workdays` (flat on weekends).
 * - A day without an observation carries the previous day's values forward, up to the last
 *   observation, or up to `carryUntil` when the source knows nothing changed since (git: no
 *   commit means the file did not change). Other days are unknown (null), never guessed.
 */
import { addDays, compareDates, daysBetween, eachDay, workdaysBetween } from '../parse/calendar.js';
import type { Observation } from './observations.js';

/** One day of the series; numbers are in the measure's unit, null where unknown. */
export interface BurndownDay {
  date: string;
  ideal: number | null;
  remaining: number | null;
  done: number | null;
  scope: number | null;
}

/** The sprint's calendar and how far values may be carried. */
export interface SeriesWindow {
  start: string | null;
  end: string | null;
  workdays: boolean;
  /** Last day values may be carried to even without an observation (git: today); null: the last observation. */
  carryUntil: string | null;
}

/** The series and the scope the sprint committed to (the ideal line's start). */
export interface BurndownSeries {
  days: BurndownDay[];
  committedScope: number | null;
  /** Observations the series starts from before its first day (work finished before the sprint). */
  baseline: Observation | null;
}

/** Builds the day-by-day series from observations (sorted by date) and the sprint's calendar. */
export function burndownSeries(observations: readonly Observation[], window: SeriesWindow): BurndownSeries {
  const first = window.start ?? observations[0]?.date ?? null;
  if (first === null) return { days: [], committedScope: null, baseline: null };
  const lastObservation = observations[observations.length - 1]?.date ?? null;
  const end = window.end && compareDates(window.end, first) >= 0 ? window.end : null;
  // Values are known up to the last observation, or carried to `carryUntil` (not past the end).
  const carryCap = window.carryUntil && end ? earliest(window.carryUntil, end) : window.carryUntil;
  const knownUntil = lastObservation ? latest(lastObservation, carryCap) : null;
  const last = latest(latest(end, knownUntil), first)!;

  const before = observations.filter((o) => compareDates(o.date, first) < 0);
  const baseline = before[before.length - 1] ?? null;
  const byDate = new Map(observations.map((o) => [o.date, o]));
  let current: Observation | null = baseline;
  const days: BurndownDay[] = [];
  for (const date of eachDay(first, last)) {
    const seen = byDate.get(date);
    if (seen) current = seen;
    const known = current !== null && (seen !== undefined || (knownUntil !== null && compareDates(date, knownUntil) <= 0));
    days.push({
      date,
      ideal: null,
      remaining: known ? tidy(current!.scope - current!.done) : null,
      done: known ? current!.done : null,
      scope: known ? current!.scope : null,
    });
  }
  const committedScope = days[0]?.scope ?? observations.find((o) => compareDates(o.date, first) >= 0)?.scope ?? null;
  if (window.start && end && committedScope !== null) {
    const line = idealLine(window.start, end, committedScope, window.workdays);
    for (const d of days) d.ideal = line(d.date);
  }
  return { days, committedScope, baseline };
}

/**
 * The ideal remaining on a date: `scope` on the start day, falling linearly to 0 on the end
 * date; with `workdays`, only Monday–Friday burn (the line is flat over weekends). Null before
 * the start, 0 after the end.
 */
export function idealLine(start: string, end: string, scope: number, workdays: boolean): (date: string) => number | null {
  const span = elapsed(start, end, workdays);
  return (date: string) => {
    if (compareDates(date, start) < 0) return null;
    if (compareDates(date, end) >= 0) return 0;
    if (span <= 0) return tidy(scope);
    return tidy(scope * (1 - elapsed(start, date, workdays) / span));
  };
}

/**
 * Remaining as charts draw it (a chart line cannot have holes). Known days are plotted as they are;
 * a day the document leaves blank between two known days is drawn on the straight line between
 * them, and days before the first known one on the line from the committed scope at the start —
 * never as a flat line and a cliff, which would claim "no progress" the data does not say. Unknown
 * days after the last known value are left off.
 */
export function remainingForChart(days: readonly BurndownDay[], committedScope: number | null): number[] {
  const known = days.flatMap((d, i) => (d.remaining !== null ? [{ i, v: d.remaining }] : []));
  if (known.length === 0) return [];
  const anchors = committedScope !== null && known[0]!.i > 0 ? [{ i: 0, v: committedScope }, ...known] : known;
  const out: number[] = [];
  for (let i = 0; i <= known.at(-1)!.i; i++) {
    const after = anchors.findIndex((a) => a.i >= i);
    const b = anchors[after]!;
    const a = anchors[Math.max(0, after - 1)]!;
    out.push(b.i === i || a.i === b.i ? (b.i === i ? b.v : a.v) : round2(a.v + ((b.v - a.v) * (i - a.i)) / (b.i - a.i)));
  }
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Days after `start` up to and including `date`: calendar days, or Monday–Friday days. */
export function elapsed(start: string, date: string, workdays: boolean): number {
  if (compareDates(date, start) <= 0) return 0;
  return workdays ? workdaysBetween(addDays(start, 1), date) : daysBetween(start, date);
}

function earliest(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}
