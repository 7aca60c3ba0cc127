/**
 * `burndown`, `velocity` and the forecast in `status`, as users run them: the built binary
 * (`node bin/sprint.js`) in a child process, on the seed fixtures and on files in a temporary
 * folder outside any git repository.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, expectOneLineFailure, runSprint, type CliRun } from '../helpers/run-cli.js';

const SEED_003 = join(ROOT, 'fixtures', 'seed-003-daily-report-points.md');
const SEED_000 = join(ROOT, 'fixtures', 'seed-000-task-tables.md');

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sprint-burndown-cli-'));
  writeFileSync(join(dir, 'outside.md'), '# Sprint\n\n**Start:** 2025-03-03\n**End:** 2025-03-07\n\n- [x] a (2h)\n- [ ] b (3h)\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function sprint(args: string[], env: Record<string, string> = {}): CliRun {
  return runSprint(args, { cwd: dir, env });
}

describe('sprint burndown', () => {
  it('prints the series, velocity and forecast of seed 003 as JSON', () => {
    const r = sprint(['burndown', SEED_003, '--json', '--today', '2025-01-25']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.series.slice(0, 2)).toEqual([
      { date: '2025-01-24', ideal: 75, remaining: 68, done: 7, scope: 75 },
      { date: '2025-01-25', ideal: 68.182, remaining: 53, done: 22, scope: 75 },
    ]);
    expect(json.velocity.average).toBe(11);
    expect(json.remaining).toBe(53);
    expect(json.forecast).toMatchObject({ date: '2025-01-30', daysAheadOfEnd: 5, unit: 'points' });
    expect(json.source).toBe('document');
  });

  it('takes today from SOURCE_DATE_EPOCH when --today is not given', () => {
    const r = sprint(['burndown', SEED_000, '--json'], { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 10, 3) / 1000) });
    const json = JSON.parse(r.stdout);
    expect(json.today).toBe('2025-11-03');
    expect(json.daysLeft).toBe(12);
    expect(json.remaining).toBe(25);
  });

  it('draws a chart with the numbers under it, without escapes when not on a terminal', () => {
    const r = sprint(['burndown', SEED_003, '--today', '2025-01-25']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ 75 ┼/);
    expect(r.stdout).toContain('── ideal   ── remaining');
    expect(r.stdout).toMatch(/│ 2025-01-25 │ 68\.18 │ +53 │ +22 │ +75 │/);
    expect(r.stdout).toContain('Forecast   finishes 2025-01-30, 5 days ahead');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('fails with one line for a file outside a git repository with --git', () => {
    expectOneLineFailure(sprint(['burndown', '--git', 'outside.md', '--today', '2025-03-05']), /outside\.md is not inside a git repository/);
  });

  it('fails with one line for a bad --by or --today', () => {
    expectOneLineFailure(sprint(['burndown', '--by', 'weight', 'outside.md']), /--by must be "count" or "effort"/);
    expectOneLineFailure(sprint(['burndown', '--today', 'tomorrow', 'outside.md']), /--today must be a date/);
  });
});

describe('sprint velocity', () => {
  it('gives per-day work and the average as JSON', () => {
    const r = sprint(['velocity', SEED_003, '--json', '--today', '2025-01-25']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.perDay).toEqual([
      { date: '2025-01-24', done: 7 },
      { date: '2025-01-25', done: 15 },
    ]);
    expect(json.average).toBe(11);
    expect(json.perSprint).toEqual([expect.objectContaining({ committed: 75, completed: 22, velocity: 11 })]);
  });

  it('tables several sprints with the average of the last N', () => {
    const r = sprint(['velocity', SEED_003, SEED_000, 'outside.md', '--last', '2', '--today', '2025-11-03']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sprint 5 Daily Status Report');
    expect(r.stdout).toMatch(/Average of the last 2 sprints: [\d.]+ hours per sprint/);
    expectOneLineFailure(sprint(['velocity', SEED_003, '--last', '0']), /--last must be a whole number/);
  });
});

describe('sprint status', () => {
  it('gains days left and the forecast line', () => {
    const r = sprint(['status', SEED_000, '--today', '2025-11-03']);
    expect(r.stdout).toContain('Days left 12');
    expect(r.stdout).toContain('Forecast  no forecast yet (need at least two days of data)');
    const json = JSON.parse(sprint(['status', SEED_003, '--json', '--today', '2025-01-25']).stdout);
    expect(json.daysLeft).toBe(11);
    expect(json.forecast).toEqual({ date: '2025-01-30', daysAheadOfEnd: 5, velocity: 11, unit: 'points', finished: false });
  });
});
