/** Velocity and forecast: averages, ahead/behind, and every "no forecast yet" case. */
import { describe, expect, it } from 'vitest';
import { burndownSeries } from '../../src/metrics/burndown.js';
import { daysLeft, forecastFinish, requiredVelocity, type ForecastInput } from '../../src/metrics/forecast.js';
import { sprintVelocity, velocityAcrossSprints } from '../../src/metrics/velocity.js';

const base: ForecastInput = {
  remaining: 53,
  velocity: 11,
  dataDays: 2,
  lastKnownDay: '2025-01-25',
  today: '2025-01-25',
  start: '2025-01-24',
  end: '2025-02-04',
  workdays: false,
};

describe('sprintVelocity', () => {
  it('is the work done since the start over the days through the last known day', () => {
    const s = burndownSeries(
      [
        { date: '2025-01-24', done: 7, scope: 75 },
        { date: '2025-01-25', done: 22, scope: 75 },
      ],
      {
        start: '2025-01-24',
        end: '2025-02-04',
        workdays: false,
        carryUntil: null,
      },
    );
    const v = sprintVelocity(s, false);
    expect(v.perDay).toEqual([
      { date: '2025-01-24', done: 7 },
      { date: '2025-01-25', done: 15 },
    ]);
    expect(v).toMatchObject({ average: 11, completed: 22, elapsedDays: 2, lastKnownDay: '2025-01-25' });
  });

  it('does not count added scope as velocity, and counts only workdays with workdays', () => {
    // Friday to Monday: two workdays.
    const s = burndownSeries(
      [
        { date: '2025-03-07', done: 2, scope: 10 },
        { date: '2025-03-10', done: 6, scope: 16 },
      ],
      {
        start: '2025-03-07',
        end: '2025-03-14',
        workdays: true,
        carryUntil: null,
      },
    );
    const v = sprintVelocity(s, true);
    expect(v.completed).toBe(6);
    expect(v.elapsedDays).toBe(2);
    expect(v.average).toBe(3);
  });

  it('is null when nothing is known', () => {
    const s = burndownSeries([], { start: '2025-03-03', end: '2025-03-07', workdays: false, carryUntil: null });
    expect(sprintVelocity(s, false).average).toBeNull();
  });
});

describe('velocityAcrossSprints', () => {
  it('averages completed per sprint and per day over the last N sprints', () => {
    const sprints = [
      { committed: 30, completed: 10, elapsedDays: 10 },
      { committed: 30, completed: 20, elapsedDays: 10 },
      { committed: 30, completed: 30, elapsedDays: 10 },
    ];
    expect(velocityAcrossSprints(sprints, 2)).toEqual({ perSprint: 25, perDay: 2.5, counted: 2 });
    expect(velocityAcrossSprints(sprints, 5)).toMatchObject({ perSprint: 20, counted: 3 });
    expect(velocityAcrossSprints([], 3)).toEqual({ perSprint: null, perDay: null, counted: 0 });
  });
});

describe('forecastFinish', () => {
  it('projects remaining / velocity days after the last known day, ahead of the end', () => {
    expect(forecastFinish(base)).toEqual({ kind: 'date', date: '2025-01-30', daysAheadOfEnd: 5, velocity: 11, finished: false });
  });

  it('says behind when the projection passes the end date', () => {
    const f = forecastFinish({ ...base, velocity: 2 });
    expect(f).toMatchObject({ kind: 'date', date: '2025-02-21', daysAheadOfEnd: -17 });
  });

  it('counts from today when today is after the last known day (never a date in the past)', () => {
    expect(forecastFinish({ ...base, today: '2025-01-28' })).toMatchObject({ date: '2025-02-02', daysAheadOfEnd: 2 });
  });

  it('skips weekends with workdays', () => {
    // 2025-01-24 is a Friday: one day of work (Monday 27th) needed.
    const f = forecastFinish({ ...base, remaining: 10, velocity: 11, lastKnownDay: '2025-01-24', today: '2025-01-24', workdays: true });
    expect(f).toMatchObject({ date: '2025-01-27' });
  });

  it('gives no forecast with fewer than two days of data', () => {
    expect(forecastFinish({ ...base, dataDays: 1 })).toEqual({ kind: 'none', reason: 'need at least two days of data' });
    expect(forecastFinish({ ...base, lastKnownDay: null })).toMatchObject({ kind: 'none' });
  });

  it('gives no forecast at zero velocity', () => {
    expect(forecastFinish({ ...base, velocity: 0 })).toEqual({ kind: 'none', reason: 'no work completed yet' });
    expect(forecastFinish({ ...base, velocity: null })).toMatchObject({ kind: 'none' });
  });

  it('gives no forecast decades away', () => {
    const f = forecastFinish({ ...base, remaining: 10_000, velocity: 0.5 });
    expect(f).toMatchObject({ kind: 'none' });
    expect(f.kind === 'none' && f.reason).toMatch(/would take 20000 more days/);
  });

  it('gives no forecast from data older than a sprint length', () => {
    expect(forecastFinish({ ...base, today: '2026-01-01' })).toEqual({ kind: 'none', reason: 'no data since 2025-01-25' });
  });

  it('reports the finish day when nothing remains', () => {
    expect(forecastFinish({ ...base, remaining: 0 })).toMatchObject({ kind: 'date', date: '2025-01-25', finished: true, daysAheadOfEnd: 10 });
  });

  it('has no ahead/behind without an end date', () => {
    expect(forecastFinish({ ...base, end: null })).toMatchObject({ kind: 'date', daysAheadOfEnd: null });
  });
});

describe('days left and required velocity', () => {
  it('counts today through the end date, both included', () => {
    expect(daysLeft('2025-11-03', '2025-11-14', false)).toBe(12);
    expect(daysLeft('2025-11-03', '2025-11-14', true)).toBe(10);
    expect(daysLeft('2025-11-20', '2025-11-14', false)).toBe(0);
    expect(daysLeft('2025-11-03', null, false)).toBeNull();
    expect(daysLeft('2025-10-01', '2025-11-14', false, '2025-10-31')).toBe(15);
  });

  it('is what remains over the days left', () => {
    expect(requiredVelocity(25, '2025-11-03', '2025-11-14', false)).toBeCloseTo(2.083, 3);
    expect(requiredVelocity(25, '2025-11-20', '2025-11-14', false)).toBeNull();
  });
});
