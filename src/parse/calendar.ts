/**
 * Day arithmetic on ISO dates (`YYYY-MM-DD`), done on whole day numbers with the proleptic
 * Gregorian calendar — no `Date` objects, so no local time zone or DST can shift a day.
 * Functions that take a date throw RangeError on a string that is not a real ISO date
 * (a caller bug: parsed dates are validated long before they get here).
 */

import type { IsoDate } from './recognize/date.js';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECONDS_PER_DAY = 86_400;
// Day numbers for 0000-01-01 and 9999-12-31: the span a four-digit ISO year can write.
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;

/** Whether a value is a real calendar day written `YYYY-MM-DD`; for validating config and input. */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Days in a month (1–12) of a year, leap years included; for validating and stepping dates. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date `n` days after `d` (before, for negative `n`); for sprint ends and windows. */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** `b − a` in days (negative when `b` is earlier); for durations and "days left". */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday; for matching standup headings to days. */
export function isoWeekday(d: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  return mod(toDayNumber(d) + 3, 7) + 1;
}

/** Whether a date is a Saturday or Sunday; burndown ideal lines skip these. */
export function isWeekend(d: IsoDate): boolean {
  return isoWeekday(d) >= 6;
}

/** Count of Monday–Friday days in [a, b], both ends included; 0 when `b` is before `a`. */
export function workdaysBetween(a: IsoDate, b: IsoDate): number {
  const first = toDayNumber(a);
  const last = toDayNumber(b);
  if (last < first) return 0;
  const total = last - first + 1;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * 5;
  const firstWeekday = mod(first + 3, 7) + 1;
  for (let i = 0; i < total % 7; i++) {
    const wd = ((firstWeekday - 1 + i) % 7) + 1;
    if (wd <= 5) count++;
  }
  return count;
}

/** Every date from `a` to `b` inclusive, in order (empty when `b` is before `a`); for per-day series. */
export function eachDay(a: IsoDate, b: IsoDate): IsoDate[] {
  const first = toDayNumber(a);
  const last = toDayNumber(b);
  const out: IsoDate[] = [];
  for (let day = first; day <= last; day++) out.push(fromDayNumber(day));
  return out;
}

/** −1, 0 or 1 as `a` is before, equal to or after `b`; a comparator for `Array.prototype.sort`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/**
 * The UTC calendar day containing a Unix time in seconds; turns SOURCE_DATE_EPOCH into the
 * "today" of reproducible builds and tests.
 */
export function isoFromEpochSeconds(s: number): IsoDate {
  if (!Number.isFinite(s)) throw new RangeError(`not an epoch time: ${s}`);
  return fromDayNumber(Math.floor(s / SECONDS_PER_DAY));
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function toDayNumber(d: IsoDate): number {
  if (!isIsoDate(d)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  let y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The ISO date of a day number (Howard Hinnant's civil_from_days). */
function fromDayNumber(z: number): IsoDate {
  if (z < MIN_DAY || z > MAX_DAY) throw new RangeError(`date out of the years 0000–9999 (day ${z})`);
  const shifted = z + 719_468;
  const era = Math.floor(shifted / 146_097);
  const doe = shifted - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
