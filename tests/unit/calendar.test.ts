import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  eachDay,
  isIsoDate,
  isoFromEpochSeconds,
  isoWeekday,
  isWeekend,
  workdaysBetween,
} from '../../src/parse/calendar.js';

/** Independent reference: the same day via the platform's UTC arithmetic. */
function viaDate(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

describe('isIsoDate', () => {
  it.each<[unknown, boolean]>([
    ['2025-10-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0000-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-5', false],
    ['2025-10-31T00:00:00Z', false],
    [' 2025-10-31', false],
    ['20251031', false],
    ['', false],
    [20251031, false],
    [null, false],
    [undefined, false],
  ])('%j → %j', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each<[number, number, number]>([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i → %i', (y, m, expected) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2025-10-31', 0, '2025-10-31'],
    ['2025-10-31', 1, '2025-11-01'],
    ['2025-10-31', 14, '2025-11-14'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    // DST changes (Europe: 2025-03-30, 2025-10-26; US: 2025-03-09, 2025-11-02) do not matter
    ['2025-03-29', 1, '2025-03-30'],
    ['2025-03-30', 1, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
    ['2025-11-01', 1, '2025-11-02'],
    ['1970-01-01', -1, '1969-12-31'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i → %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it('agrees with UTC Date arithmetic over many days', () => {
    for (let n = -800; n <= 800; n += 7) {
      expect(addDays('2024-02-29', n)).toBe(viaDate('2024-02-29', n));
    }
  });

  it('rejects bad input', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('31/10/2025', 1)).toThrow(RangeError);
    expect(() => addDays('2025-10-31', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each<[string, string, number]>([
    ['2025-10-31', '2025-10-31', 0],
    ['2025-10-31', '2025-11-14', 14],
    ['2025-11-14', '2025-10-31', -14],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-12-31', '2025-01-01', 1],
    ['2025-03-29', '2025-04-01', 3],
    ['1970-01-01', '2000-01-01', 10957],
  ])('%s → %s = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('isoWeekday / isWeekend', () => {
  it.each<[string, number, boolean]>([
    ['1970-01-01', 4, false], // Thursday
    ['2024-12-16', 1, false], // Monday (Måndag 16/12)
    ['2024-12-20', 5, false],
    ['2024-12-21', 6, true],
    ['2024-12-22', 7, true],
    ['2025-10-31', 5, false],
    ['2000-01-01', 6, true],
    ['1969-12-31', 3, false],
  ])('%s → %i, weekend %j', (d, wd, weekend) => {
    expect(isoWeekday(d)).toBe(wd);
    expect(isWeekend(d)).toBe(weekend);
  });
});

describe('workdaysBetween', () => {
  it.each<[string, string, number]>([
    ['2024-12-16', '2024-12-16', 1], // Monday alone
    ['2024-12-21', '2024-12-21', 0], // Saturday alone
    ['2024-12-16', '2024-12-20', 5], // Mon–Fri
    ['2024-12-16', '2024-12-22', 5], // Mon–Sun
    ['2024-12-14', '2024-12-15', 0], // a weekend
    ['2024-12-20', '2024-12-23', 2], // Fri–Mon
    ['2025-10-31', '2025-11-14', 11], // Fri to Fri two weeks later
    ['2024-12-16', '2024-12-29', 10], // two full weeks
    ['2024-12-20', '2024-12-16', 0], // reversed
  ])('%s..%s → %i', (a, b, expected) => {
    expect(workdaysBetween(a, b)).toBe(expected);
  });

  it('matches counting day by day', () => {
    const start = '2024-01-01';
    for (let len = 0; len < 40; len++) {
      for (let off = 0; off < 7; off++) {
        const a = addDays(start, off);
        const b = addDays(a, len);
        const slow = eachDay(a, b).filter((d) => !isWeekend(d)).length;
        expect(workdaysBetween(a, b)).toBe(slow);
      }
    }
  });
});

describe('eachDay', () => {
  it.each<[string, string, string[]]>([
    ['2025-10-31', '2025-10-31', ['2025-10-31']],
    ['2025-10-30', '2025-11-02', ['2025-10-30', '2025-10-31', '2025-11-01', '2025-11-02']],
    ['2024-02-28', '2024-03-01', ['2024-02-28', '2024-02-29', '2024-03-01']],
    ['2024-12-31', '2025-01-01', ['2024-12-31', '2025-01-01']],
    ['2025-11-02', '2025-10-30', []],
  ])('%s..%s', (a, b, expected) => {
    expect(eachDay(a, b)).toEqual(expected);
  });
});

describe('compareDates', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['2025-10-31', '2025-11-01', -1],
    ['2025-11-01', '2025-10-31', 1],
    ['2025-10-31', '2025-10-31', 0],
    ['2024-12-31', '2025-01-01', -1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('sorts', () => {
    expect(['2025-11-01', '2024-12-31', '2025-10-31'].sort(compareDates)).toEqual(['2024-12-31', '2025-10-31', '2025-11-01']);
  });
});

describe('isoFromEpochSeconds', () => {
  it.each<[number, string]>([
    [0, '1970-01-01'],
    [86_399, '1970-01-01'],
    [86_400, '1970-01-02'],
    [-1, '1969-12-31'],
    [1_700_000_000, '2023-11-14'],
    [1_735_689_599, '2024-12-31'], // last second of 2024 UTC
    [1_735_689_600, '2025-01-01'],
    [1_776_883_668.134, '2026-04-22'],
  ])('%d → %s', (s, expected) => {
    expect(isoFromEpochSeconds(s)).toBe(expected);
    expect(isoFromEpochSeconds(s)).toBe(new Date(Math.floor(s) * 1000).toISOString().slice(0, 10));
  });

  it('rejects non-finite input', () => {
    expect(() => isoFromEpochSeconds(Number.NaN)).toThrow(RangeError);
    expect(() => isoFromEpochSeconds(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
