/**
 * "Today" for date-dependent numbers, decided once so CI runs are reproducible: `--today
 * YYYY-MM-DD`, else `SOURCE_DATE_EPOCH` (seconds, UTC), else the clock the CLI passes in.
 */
import { usageError } from '../errors.js';
import { isIsoDate, isoFromEpochSeconds } from '../parse/calendar.js';

/** Resolves the effective date; `now` and `env` come from the CLI layer, so this stays pure. */
export function resolveToday(flag: string | undefined, env: { SOURCE_DATE_EPOCH?: string | undefined }, now: Date): string {
  if (flag !== undefined) {
    if (!isIsoDate(flag)) throw usageError(`--today must be a date like 2025-11-03, not "${flag}"`);
    return flag;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw usageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return isoFromEpochSeconds(Number(epoch));
  }
  return now.toISOString().slice(0, 10);
}
