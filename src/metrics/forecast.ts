/**
 * When the sprint will finish: what remains divided by recent velocity, counted from the last
 * day the data knows (or today, when that is later), projected against the end date. A forecast
 * is only given when it means something: at least two days of data, a velocity above zero, and
 * a projection within ten sprint lengths; otherwise the reason is returned, never a date decades
 * away or in the past.
 */
import { compareDates, daysBetween, workdaysBetween, addDays } from '../parse/calendar.js';
import { advance, countDays } from './velocity.js';

/** A projected finish date. */
export interface ForecastDate {
  date: string;
  /** End date minus projected date: positive = ahead, negative = behind; null without an end date. */
  daysAheadOfEnd: number | null;
  velocity: number;
  /** The work is already done (the date is the day it was). */
  finished: boolean;
}

/** A forecast, or why there is none. */
export type Forecast = ({ kind: 'date' } & ForecastDate) | { kind: 'none'; reason: string };

/** What a forecast is computed from. */
export interface ForecastInput {
  remaining: number;
  velocity: number | null;
  /** Days that carry an actual measurement (observations), not carried values. */
  dataDays: number;
  lastKnownDay: string | null;
  today: string;
  start: string | null;
  end: string | null;
  workdays: boolean;
}

/** Fewer days of data than this give no forecast. */
const MIN_DATA_DAYS = 2;
/** A projection further away than this many sprint lengths is noise, not a forecast. */
const MAX_SPRINT_LENGTHS = 10;
/** Sprint length assumed when the document gives no dates. */
const DEFAULT_SPRINT_DAYS = 14;

/** Projects the finish date by the rules in this file's header. */
export function forecastFinish(input: ForecastInput): Forecast {
  const { remaining, velocity, lastKnownDay, today, end, workdays } = input;
  if (lastKnownDay === null || input.dataDays < MIN_DATA_DAYS) return { kind: 'none', reason: 'need at least two days of data' };
  const ahead = (date: string) => (end === null ? null : signedDays(date, end, workdays));
  if (remaining <= 0) {
    return { kind: 'date', date: lastKnownDay, daysAheadOfEnd: ahead(lastKnownDay), velocity: velocity ?? 0, finished: true };
  }
  if (velocity === null || velocity <= 0) return { kind: 'none', reason: 'no work completed yet' };
  const length = input.start && end ? Math.max(1, countDays(input.start, end, false)) : DEFAULT_SPRINT_DAYS;
  if (compareDates(today, lastKnownDay) > 0 && daysBetween(lastKnownDay, today) > length) {
    return { kind: 'none', reason: `no data since ${lastKnownDay}` };
  }
  const needed = Math.ceil(remaining / velocity - 1e-9);
  if (needed > MAX_SPRINT_LENGTHS * length) return { kind: 'none', reason: `at this pace it would take ${needed} more days` };
  const from = compareDates(today, lastKnownDay) > 0 ? today : lastKnownDay;
  const date = advance(from, needed, workdays);
  return { kind: 'date', date, daysAheadOfEnd: ahead(date), velocity, finished: false };
}

/**
 * Days left in the sprint: today through the end date, both counted (0 once it is over; the whole
 * sprint before its start); null without an end.
 */
export function daysLeft(today: string, end: string | null, workdays: boolean, start: string | null = null): number | null {
  if (end === null) return null;
  const from = start !== null && compareDates(today, start) < 0 ? start : today;
  return countDays(from, end, workdays);
}

/** What must be done per remaining day to finish on time; null when no days are left or no end is known. */
export function requiredVelocity(remaining: number, today: string, end: string | null, workdays: boolean, start: string | null = null): number | null {
  const left = daysLeft(today, end, workdays, start);
  if (left === null || left <= 0) return null;
  return Math.round((Math.max(0, remaining) / left) * 1000) / 1000;
}

/** `to − from` in days (calendar or workdays), negative when `to` is earlier. */
function signedDays(from: string, to: string, workdays: boolean): number {
  if (!workdays) return daysBetween(from, to);
  const c = compareDates(from, to);
  if (c === 0) return 0;
  return c < 0 ? workdaysBetween(addDays(from, 1), to) : -workdaysBetween(addDays(to, 1), from);
}
