/** What the burn-down of the seeds must give (issue acceptance): seed 003 from its day sections, seed 000 on 2025-11-03. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { burndownReport } from '../../src/metrics/burndown-report.js';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';
import { burndownJson } from '../../src/render/burndown-json.js';
import { renderBurndown } from '../../src/render/burndown-view.js';
import { plainPainter } from '../../src/render/painter.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function burndown(name: string, today: string) {
  const sprint = buildSprint(readFileSync(join(FIXTURES, name), 'utf8'), `fixtures/${name}`);
  const report = burndownReport({ sprint, progress: computeProgress(sprint), today });
  return { json: burndownJson([sprint], [report], today), text: renderBurndown([sprint], [report], plainPainter) };
}

describe('seed 003: daily report in points', () => {
  const { json, text } = burndown('seed-003-daily-report-points.md', '2025-01-25');

  it('burns up 7 then 22 of 75 points on 2025-01-24 and 2025-01-25, from its day sections', () => {
    expect(json.source).toBe('document');
    expect(json.sourceDetail).toBe('day sections');
    expect(json.unit).toBe('points');
    expect(json.series?.slice(0, 2)).toEqual([
      { date: '2025-01-24', ideal: 75, remaining: 68, done: 7, scope: 75 },
      { date: '2025-01-25', ideal: 68.182, remaining: 53, done: 22, scope: 75 },
    ]);
    expect(json.series?.[json.series.length - 1]).toMatchObject({ date: '2025-02-04', ideal: 0, remaining: null });
  });

  it('goes at 11 points a day, with 53 remaining and a forecast date', () => {
    expect(json.velocity?.average).toBe(11);
    expect(json.velocity?.perDay).toEqual([
      { date: '2025-01-24', done: 7 },
      { date: '2025-01-25', done: 15 },
    ]);
    expect(json.remaining).toBe(53);
    expect(json.forecast).toEqual({ date: '2025-01-30', daysAheadOfEnd: 5, velocity: 11, unit: 'points', finished: false });
    expect(text).toContain('Velocity   11 points/day (22 points in 2 days)');
    expect(text).toContain('Forecast   finishes 2025-01-30, 5 days ahead');
  });
});

describe('seed 000 on 2025-11-03: task tables in hours', () => {
  const { json, text } = burndown('seed-000-task-tables.md', '2025-11-03');

  it('draws the ideal line from 40 hours on 2025-10-31 to 0 on 2025-11-14', () => {
    expect(json.committedScope).toBe(40);
    expect(json.series?.[0]).toMatchObject({ date: '2025-10-31', ideal: 40 });
    expect(json.series?.[json.series.length - 1]).toMatchObject({ date: '2025-11-14', ideal: 0 });
    expect(json.series).toHaveLength(15);
  });

  it('has 25 hours remaining, 12 days left and prints the required velocity', () => {
    expect(json.remaining).toBe(25);
    expect(json.done).toBe(15);
    expect(json.scope).toBe(40);
    expect(json.daysLeft).toBe(12);
    expect(json.requiredVelocity).toBeCloseTo(25 / 12, 3);
    expect(text).toContain('Remaining  25 hours · 12 days left · needs 2.08 hours/day');
  });

  it('reads its day log (D1-2: 14h) and says there is no forecast yet from one day of data', () => {
    expect(json.sourceDetail).toBe('day log');
    expect(json.series?.[1]).toMatchObject({ date: '2025-11-01', done: 14, remaining: 26 });
    expect(json.forecast).toBeNull();
    expect(json.forecastNote).toBe('need at least two days of data');
    expect(text).toContain('no forecast yet (need at least two days of data)');
  });
});
