/**
 * `burndown --git` on a real repository: a sprint file committed on several days (dates set
 * through GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), with two commits on one day, a rename, a day
 * where scope is added, and a day without commits. The series is checked day by day.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { burndownCommand } from '../../src/commands/burndown.js';
import type { CommandContext } from '../../src/commands/command-result.js';
import { SprintError } from '../../src/errors.js';
import type { BurndownJson } from '../../src/render/burndown-json.js';
import { plainPainter } from '../../src/render/painter.js';
import { commitAll, createTempRepo, git } from '../helpers/temp-git.js';

type Row = [id: string, title: string, status: string, points: number];

function sprintFile(rows: Row[]): string {
  return [
    '# Sprint 7',
    '',
    '**Start:** 2025-03-03',
    '**End:** 2025-03-07',
    '',
    '| ID | Task | Status | Estimate |',
    '|----|------|--------|----------|',
    ...rows.map(([id, title, status, points]) => `| ${id} | ${title} | ${status} | ${points} pts |`),
    '',
  ].join('\n');
}

const A: Row = ['T-1', 'Alpha', 'To Do', 3];
const B: Row = ['T-2', 'Beta', 'To Do', 5];
const C: Row = ['T-3', 'Gamma', 'To Do', 2];
const D: Row = ['T-4', 'Delta', 'To Do', 4];
const E: Row = ['T-5', 'Epsilon', 'To Do', 6];
const done = (r: Row): Row => [r[0], r[1], 'Done', r[3]];

let root: string;
let repo: string;

beforeAll(() => {
  ({ root, repo } = createTempRepo('sprint-git-burndown-'));
  mkdirSync(join(repo, 'docs'));
  const commit = (path: string, rows: Row[], message: string, date: string) => {
    writeFileSync(join(repo, path), sprintFile(rows));
    commitAll(repo, message, date);
  };
  // Monday: the plan, 14 points.
  commit('docs/sprint.md', [A, B, C, D], 'plan', '2025-03-03T09:00:00+01:00');
  // Tuesday: two commits, the day keeps the last one (8 done).
  commit('docs/sprint.md', [done(A), B, C, D], 'alpha done', '2025-03-04T10:00:00+01:00');
  commit('docs/sprint.md', [done(A), done(B), C, D], 'beta done', '2025-03-04T18:00:00+01:00');
  // Wednesday: the file is renamed, nothing else changes.
  git(repo, ['mv', 'docs/sprint.md', 'docs/sprint-7.md']);
  git(repo, ['commit', '-q', '-m', 'rename'], '2025-03-05T12:00:00+01:00');
  // Thursday: 6 points of scope added, then (late in the author's own evening, already Friday in UTC) Gamma done.
  commit('docs/sprint-7.md', [done(A), done(B), C, D, E], 'add epsilon', '2025-03-06T11:00:00+01:00');
  commit('docs/sprint-7.md', [done(A), done(B), done(C), D, E], 'gamma done', '2025-03-06T23:30:00-08:00');
  // Friday: no commit.
  writeFileSync(join(root, 'outside.md'), sprintFile([A, B]));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function context(cwd: string): CommandContext {
  return { cwd, painter: plainPainter, now: new Date(Date.UTC(2025, 2, 7)), env: {} };
}

async function burndownJson(args: { today: string; by?: string; workdays?: boolean }): Promise<BurndownJson> {
  const result = await burndownCommand(['docs/sprint-7.md'], { json: true, git: true, ...args }, context(repo));
  return JSON.parse(result.stdout) as BurndownJson;
}

describe('burndown --git', () => {
  it('gives the series day by day: last commit of each day, renames followed, scope change, carried days', async () => {
    const json = await burndownJson({ today: '2025-03-07' });
    expect(json.source).toBe('git');
    expect(json.sourceDetail).toBe('git history (6 commits on 4 days)');
    expect(json.series).toEqual([
      { date: '2025-03-03', ideal: 14, remaining: 14, done: 0, scope: 14 },
      { date: '2025-03-04', ideal: 10.5, remaining: 6, done: 8, scope: 14 },
      { date: '2025-03-05', ideal: 7, remaining: 6, done: 8, scope: 14 },
      { date: '2025-03-06', ideal: 3.5, remaining: 10, done: 10, scope: 20 },
      { date: '2025-03-07', ideal: 0, remaining: 10, done: 10, scope: 20 },
    ]);
    expect(json.committedScope).toBe(14);
  });

  it('counts added scope as scope, not velocity, and forecasts from the history', async () => {
    const json = await burndownJson({ today: '2025-03-07' });
    expect(json.velocity?.perDay).toEqual([
      { date: '2025-03-03', done: 0 },
      { date: '2025-03-04', done: 8 },
      { date: '2025-03-05', done: 0 },
      { date: '2025-03-06', done: 2 },
      { date: '2025-03-07', done: 0 },
    ]);
    expect(json.velocity?.average).toBe(2);
    expect(json.remaining).toBe(10);
    expect(json.forecast).toMatchObject({ date: '2025-03-12', daysAheadOfEnd: -5, velocity: 2, unit: 'points' });
  });

  it('does not carry past today', async () => {
    const json = await burndownJson({ today: '2025-03-06' });
    expect(json.series?.map((d) => d.remaining)).toEqual([14, 6, 6, 10, null]);
  });

  it('measures by count on request', async () => {
    const json = await burndownJson({ today: '2025-03-07', by: 'count' });
    expect(json.unit).toBe('tasks');
    expect(json.series?.map((d) => [d.done, d.scope])).toEqual([
      [0, 4],
      [2, 4],
      [2, 4],
      [3, 5],
      [3, 5],
    ]);
  });

  it('says clearly when the file is not in a repository', async () => {
    const err = await burndownCommand(['outside.md'], { git: true, today: '2025-03-07' }, context(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SprintError);
    expect((err as SprintError).message).toMatch(/outside\.md is not inside a git repository/);
  });
});
