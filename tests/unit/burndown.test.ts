/** The burn-down series: ideal line (calendar and workdays), scope change vs progress, carrying values, unknown days. */
import { describe, expect, it } from 'vitest';
import { burndownSeries, idealLine, remainingForChart } from '../../src/metrics/burndown.js';
import { amountOf, chooseMeasure } from '../../src/metrics/measure.js';
import type { Progress } from '../../src/metrics/progress.js';
import type { Observation } from '../../src/metrics/observations.js';

const obs = (date: string, done: number, scope: number): Observation => ({ date, done, scope });

describe('idealLine', () => {
  it('runs from the committed scope on the start day to zero on the end date, in calendar days', () => {
    const line = idealLine('2025-10-31', '2025-11-14', 40, false);
    expect(line('2025-10-31')).toBe(40);
    expect(line('2025-11-07')).toBe(20);
    expect(line('2025-11-14')).toBe(0);
    expect(line('2025-11-20')).toBe(0);
    expect(line('2025-10-30')).toBeNull();
  });

  it('stays flat on weekends with workdays', () => {
    // 2025-03-03 is a Monday; 10 workdays after it end on Monday 2025-03-17.
    const line = idealLine('2025-03-03', '2025-03-17', 100, true);
    expect(line('2025-03-03')).toBe(100);
    expect(line('2025-03-07')).toBe(60); // Friday: four workdays burned
    expect(line('2025-03-08')).toBe(60); // Saturday
    expect(line('2025-03-09')).toBe(60); // Sunday
    expect(line('2025-03-10')).toBe(50); // Monday burns again
    expect(line('2025-03-17')).toBe(0);
  });

  it('is the scope until the end when start and end are the same day', () => {
    expect(idealLine('2025-03-03', '2025-03-03', 5, false)('2025-03-03')).toBe(0);
  });
});

describe('burndownSeries', () => {
  const window = { start: '2025-03-03', end: '2025-03-07', workdays: false, carryUntil: null };

  it('gives one row per day from start to end, unknown days after the last observation', () => {
    const s = burndownSeries([obs('2025-03-03', 2, 20), obs('2025-03-04', 5, 20)], window);
    expect(s.days.map((d) => d.date)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
    expect(s.days.map((d) => d.remaining)).toEqual([18, 15, null, null, null]);
    expect(s.days.map((d) => d.ideal)).toEqual([20, 15, 10, 5, 0]);
    expect(s.committedScope).toBe(20);
  });

  it('shows added scope as scope change: remaining rises, done does not fall', () => {
    const s = burndownSeries([obs('2025-03-03', 4, 20), obs('2025-03-04', 6, 30)], window);
    expect(s.days[1]).toMatchObject({ done: 6, scope: 30, remaining: 24 });
    // The ideal line keeps the committed scope.
    expect(s.committedScope).toBe(20);
    expect(s.days[1]!.ideal).toBe(15);
  });

  it('carries values between observations, and up to carryUntil when the source says nothing changed', () => {
    const gaps = burndownSeries([obs('2025-03-03', 1, 10), obs('2025-03-05', 4, 10)], window);
    expect(gaps.days.map((d) => d.done)).toEqual([1, 1, 4, null, null]);
    const carried = burndownSeries([obs('2025-03-03', 1, 10)], { ...window, carryUntil: '2025-03-06' });
    expect(carried.days.map((d) => d.done)).toEqual([1, 1, 1, 1, null]);
  });

  it('does not carry past the end date, but extends to observations after it', () => {
    const s = burndownSeries([obs('2025-03-03', 1, 10), obs('2025-03-09', 10, 10)], { ...window, carryUntil: '2025-03-20' });
    expect(s.days[s.days.length - 1]).toMatchObject({ date: '2025-03-09', remaining: 0, ideal: 0 });
  });

  it('starts from work finished before the sprint (the baseline) without counting it as a day', () => {
    const s = burndownSeries([obs('2025-02-28', 3, 12), obs('2025-03-04', 5, 12)], window);
    expect(s.baseline).toMatchObject({ date: '2025-02-28', done: 3 });
    expect(s.days[0]).toMatchObject({ date: '2025-03-03', done: 3, remaining: 9 });
    expect(s.committedScope).toBe(12);
  });

  it('leaves days before the first observation unknown, and takes the committed scope from the first one', () => {
    const s = burndownSeries([obs('2025-03-04', 5, 20)], window);
    expect(s.days[0]).toMatchObject({ remaining: null, ideal: 20 });
    expect(s.committedScope).toBe(20);
    expect(remainingForChart(s.days, s.committedScope)).toEqual([20, 15]);
  });

  it('without dates, runs from the first observation to the last, with no ideal line', () => {
    const s = burndownSeries([obs('2025-03-04', 1, 4), obs('2025-03-06', 2, 4)], { start: null, end: null, workdays: false, carryUntil: null });
    expect(s.days.map((d) => [d.date, d.remaining, d.ideal])).toEqual([
      ['2025-03-04', 3, null],
      ['2025-03-05', 3, null],
      ['2025-03-06', 2, null],
    ]);
  });

  it('is empty with neither dates nor observations', () => {
    expect(burndownSeries([], { start: null, end: null, workdays: false, carryUntil: null }).days).toEqual([]);
  });
});

describe('remaining as charts draw it', () => {
  const day = (date: string, remaining: number | null) => ({ date, ideal: null, remaining, done: null, scope: null });
  it('draws blank days between known ones on the straight line, not carried forward', () => {
    expect(remainingForChart([day('a', 10), day('b', null), day('c', null), day('d', 4)], 10)).toEqual([10, 8, 6, 4]);
  });
  it('starts from the committed scope before the first known day and stops at the last known one', () => {
    expect(remainingForChart([day('a', null), day('b', 6), day('c', null)], 10)).toEqual([10, 6]);
  });
});

describe('the measure a chart uses', () => {
  const progress = (effort: Progress['effort']): Progress => ({
    tasks: { total: 8, done: 2, inProgress: 1, todo: 4, blocked: 1, cancelled: 0 },
    effort,
    checklist: null,
    sections: [],
  });

  it('charts effort when the document says how much is done, tasks when it states only the scope', () => {
    expect(chooseMeasure(progress({ unit: 'points', total: 39, done: 12 }))).toEqual({ by: 'effort', unit: 'points' });
    expect(chooseMeasure(progress({ unit: 'points', total: 39, done: null }))).toEqual({ by: 'count', unit: 'tasks' });
    expect(chooseMeasure(progress(null))).toEqual({ by: 'count', unit: 'tasks' });
    // Asked for effort, effort it is; its amounts are then unknown rather than zero.
    expect(chooseMeasure(progress({ unit: 'points', total: 39, done: null }), 'effort')).toEqual({ by: 'effort', unit: 'points' });
    expect(amountOf(progress({ unit: 'points', total: 39, done: null }), { by: 'effort', unit: 'points' })).toBeNull();
  });
});
