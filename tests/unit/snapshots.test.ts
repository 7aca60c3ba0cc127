/** The dated progress a document records about itself (Sprint.snapshots), and which source a burn-down uses. */
import { describe, expect, it } from 'vitest';
import { burndownReport } from '../../src/metrics/burndown-report.js';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';

const build = (text: string) => buildSprint(text, 'doc.md');
const numbers = (text: string) => build(text).snapshots.map((s) => [s.date, s.done, s.remaining, s.total, s.unit, s.source]);

describe('snapshots', () => {
  it('reads a burn-down table with ideal and actual remaining, dated with the document year', () => {
    const text = [
      '# Sprint 4',
      '',
      '**Duration:** March 3 - March 14, 2025',
      '',
      '## Burn-down',
      '',
      '| Day | Date | Ideal Remaining | Actual Remaining |',
      '|---|---|---|---|',
      '| 1 | Mar 3 | 40 | 40 |',
      '| 2 | Mar 4 | 36 | 35 |',
      '| 3 | Mar 5 | 32 | |',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual([
      ['2025-03-03', null, 40, null, 'tasks', 'burndown-table'],
      ['2025-03-04', null, 35, null, 'tasks', 'burndown-table'],
    ]);
  });

  it('dates "Day 1 - Jun 18" rows from the year the document writes elsewhere, in the header\'s unit', () => {
    const text = [
      '# Sprint 1 Burndown',
      '',
      '**Duration:** June 18 – July 2, 2024',
      '**Total Story Points:** 13',
      '',
      '| Date | Remaining Points | Notes |',
      '|---|---|---|',
      '| Day 1 - Jun 18 | 13 | planning |',
      '| Day 2 - Jun 19 | 10 | review |',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual([
      ['2024-06-18', null, 13, null, 'points', 'burndown-table'],
      ['2024-06-19', null, 10, null, 'points', 'burndown-table'],
    ]);
  });

  it('dates a bare day number from the sprint start', () => {
    const text = '# S\n\n**Start:** 2025-03-03\n**End:** 2025-03-07\n\n| Day | Remaining Hours |\n|---|---|\n| 1 | 10 |\n| 2 | 7 |\n';
    expect(numbers(text)).toEqual([
      ['2025-03-03', null, 10, null, 'hours', 'burndown-table'],
      ['2025-03-04', null, 7, null, 'hours', 'burndown-table'],
    ]);
  });

  it('keeps undated rows undated, and says why', () => {
    const text = '# Burn\n\n| Date | Remaining Points |\n|---|---|\n| Day 1 - Jun 18 | 13 |\n';
    const s = build(text);
    expect(s.snapshots.map((x) => x.date)).toEqual([null]);
    expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'undated-burndown', severity: 'info' }));
  });

  it('reads a Day | Planned | Actual log in a code block, dated from the sprint start, skipping rows in progress', () => {
    const text = [
      '# Sprint',
      '',
      '**Duration:** 2025-10-31 → 2025-11-14',
      '**Planned Capacity:** 40 hours',
      '',
      '```',
      'Day  | Planned | Actual | Δ',
      '-----|---------|--------|----',
      'D1-2 | 14h     | 14h    | 0h',
      'D3-4 | 26h     | 20h    | -6h',
      'D5-7 | 40h     | 0h     | -40h (in progress)',
      'D8   | 40h     | -      | -',
      '```',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual([
      ['2025-11-01', 14, 26, 40, 'hours', 'code-log'],
      ['2025-11-03', 20, 20, 40, 'hours', 'code-log'],
    ]);
  });

  it('reads "Completed: a/b unit" in dated day sections, one per day', () => {
    const text = [
      '# Report',
      '',
      '- **Duration**: March 3 - March 7, 2025',
      '',
      '## Day 1: March 3, 2025',
      '',
      '### Progress',
      '- **Completed**: 5/20 points (25%)',
      '',
      '## Day 2: March 4, 2025',
      '',
      '**Overall Progress**: 40% (8/20 points)',
      '',
      '## Notes',
      '',
      '- **Completed**: 9/20 points',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual([
      ['2025-03-03', 5, 15, 20, 'points', 'day-section'],
      ['2025-03-04', 8, 12, 20, 'points', 'day-section'],
    ]);
  });

  it('does not read what sits inside a generated block', () => {
    const text = [
      '# Sprint',
      '',
      '**Duration:** 2025-03-03 → 2025-03-07',
      '',
      '<!-- sprint:burndown -->',
      '',
      '| Date | Ideal | Remaining |',
      '|---|---|---|',
      '| 2025-03-03 | 10 | 10 |',
      '',
      '<!-- /sprint:burndown -->',
      '',
    ].join('\n');
    expect(build(text).snapshots).toEqual([]);
  });
});

describe('the source a burn-down uses', () => {
  const report = (text: string, today: string) => {
    const sprint = build(text);
    return burndownReport({ sprint, progress: computeProgress(sprint), today });
  };

  it('uses task completion dates when the document records no snapshots', () => {
    const text = [
      '# Sprint 2',
      '',
      '**Start Date:** 2024-01-15',
      '**End Date:** 2024-01-19',
      '',
      '| ID | Title | Status | Points | Completed |',
      '|---|---|---|---|---|',
      '| 2.1 | One | Done | 3 | 2024-01-15 |',
      '| 2.2 | Two | Done | 5 | 2024-01-17 |',
      '| 2.3 | Three | To Do | 2 | - |',
      '',
    ].join('\n');
    const r = report(text, '2024-01-17');
    expect(r.source).toBe('completion-dates');
    expect(r.series.days.map((d) => [d.date, d.done, d.remaining])).toEqual([
      ['2024-01-15', 3, 7],
      ['2024-01-16', 3, 7],
      ['2024-01-17', 8, 2],
      ['2024-01-18', null, null],
      ['2024-01-19', null, null],
    ]);
    expect(r.velocity.average).toBeCloseTo(8 / 3, 3);
  });

  it('falls back to the document as it is today: one day of data, no forecast yet', () => {
    const text = '# S\n\n**Start:** 2025-03-03\n**End:** 2025-03-07\n\n- [x] a (2h)\n- [ ] b (3h)\n';
    const r = report(text, '2025-03-05');
    expect(r.source).toBe('current');
    expect(r.series.days.map((d) => d.remaining)).toEqual([null, null, 3, null, null]);
    expect(r.forecast).toEqual({ kind: 'none', reason: 'need at least two days of data' });
    expect(r.daysLeft).toBe(3);
    expect(r.requiredVelocity).toBe(1);
  });
  it('dates day-numbered rows from the sprint start with the vocabulary\'s day words and short forms ("D2", "Día 3", "Day 4-5")', () => {
    const text = [
      '# Sprint 9',
      '',
      '**Start Date:** 2025-03-03',
      '',
      '| Día | Remaining |',
      '|---|---|',
      '| D1 | 20 |',
      '| Día 3 | 14 |',
      '| 5 | 9 |',
      '| Day 6-7 | 4 |',
      '',
    ].join('\n');
    expect(numbers(text).map((n) => [n[0], n[2]])).toEqual([
      ['2025-03-03', 20],
      ['2025-03-05', 14],
      ['2025-03-07', 9],
      ['2025-03-09', 4],
    ]);
  });
});
