/**
 * Golden tests for the fixtures (the five seeds and one small document per shape): `status --json` of each must equal the stored
 * expectation in tests/golden/expected/. After an intended change to how documents are read, run
 * `npm run test:update` (UPDATE_GOLDEN=1) and review the diff of the expected files like code.
 * The numbers the product was asked for are also asserted directly, so an update cannot hide them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';
import type { Sprint } from '../../src/model/schema.js';
import { statusJson } from '../../src/render/json.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const EXPECTED = join(import.meta.dirname, 'expected');
const update = process.env.UPDATE_GOLDEN === '1';

function load(name: string): Sprint {
  const file = `fixtures/${name}`;
  return buildSprint(readFileSync(join(FIXTURES, name), 'utf8'), file);
}

function status(name: string) {
  const sprint = load(name);
  return statusJson([sprint], [computeProgress(sprint)]);
}

const seeds = readdirSync(FIXTURES).filter((f) => f.startsWith('seed-'));
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('golden: status --json of every fixture', () => {
  it('has all five seeds', () => expect(seeds).toHaveLength(5));
  for (const name of fixtures) {
    it(name, () => {
      const actual = `${JSON.stringify(status(name), null, 2)}\n`;
      const path = join(EXPECTED, name.replace(/\.md$/, '.status.json'));
      if (update || !existsSync(path)) {
        writeFileSync(path, actual);
        if (!update) throw new Error(`wrote missing golden file ${path}; review it and rerun`);
        return;
      }
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});

describe('what the seeds must give', () => {
  it('000: 25 leaf tasks, 11 done; 40 hours, 15 done; CRON Setup blocked', () => {
    const s = status('seed-000-task-tables.md');
    expect(s.progress?.tasks.total).toBe(25);
    expect(s.progress?.tasks.done).toBe(11);
    expect(s.progress?.effort).toMatchObject({ unit: 'hours', total: 40, done: 15 });
    expect(s.tasks?.find((t) => t.title === 'CRON Setup')?.status).toBe('blocked');
    const sub = s.tasks?.find((t) => t.title === 'Create archive-tracks edge function');
    expect(sub?.parent).toBe('Track Archiving System');
  });

  it('001: 9 hours of phases, 4 done; 12 success criteria, 4 checked', () => {
    const s = status('seed-001-phases.md');
    expect(s.progress?.effort).toMatchObject({ unit: 'hours', total: 9, done: 4 });
    expect(s.progress?.checklist).toEqual({ total: 12, done: 4 });
    // The phases carry the estimates; their numbered "#### N." changes are their subtasks.
    expect(s.tasks?.filter((t) => t.estimate).map((t) => t.estimate?.value)).toEqual([4, 3, 2]);
    expect(s.progress?.tasks).toMatchObject({ total: 9, done: 3 });
  });

  it('002: the In Progress (Days 10-14) part has 32 open items and 6 done', () => {
    const s = status('seed-002-day-sections-mojibake.md');
    const part = s.sections?.find((x) => x.title === 'In Progress (Days 10-14)');
    expect(part?.tasks.done).toBe(6);
    expect(part!.tasks.total - part!.tasks.done).toBe(32);
    const model = load('seed-002-day-sections-mojibake.md');
    const inPart = s.tasks?.filter((t) => model.tasks.find((m) => m.span.line === t.line)?.headingPath.includes('In Progress (Days 10-14)'));
    expect(inPart?.filter((t) => t.status === 'done')).toHaveLength(6);
    expect(inPart?.filter((t) => t.status === 'todo')).toHaveLength(32);
  });

  it('003: points, 22 done of 75; each day holds the points logged on it', () => {
    const s = status('seed-003-daily-report-points.md');
    expect(s.progress?.effort).toMatchObject({ unit: 'points', total: 75, done: 22 });
    const day = (title: string) => s.sections?.find((x) => x.title === title)?.effort?.done;
    expect([day('Day 1: January 24, 2025'), day('Day 2: January 25, 2025')]).toEqual([7, 15]);
  });

  it('004: 10 distinct tasks, 4 in progress, 6 not started, 22 days; 2.1 checklist 1/8; dependencies', () => {
    const s = status('seed-004-day-boards.md');
    expect(s.progress?.tasks).toMatchObject({ total: 10, inProgress: 4, todo: 6 });
    expect(s.progress?.effort).toMatchObject({ unit: 'days', total: 22 });
    expect(s.tasks?.map((t) => t.id).sort()).toEqual(['1.1', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '4.3']);
    const byId = new Map(s.tasks!.map((t) => [t.id, t]));
    expect(byId.get('2.1')?.checklist).toEqual({ done: 1, total: 8 });
    expect(byId.get('1.1')?.dependsOn).toContain('2.1');
    expect(byId.get('3.1')?.dependsOn).toContain('2.2');
    expect(byId.get('3.2')?.dependsOn).toContain('1.3');
    expect(byId.get('4.2')?.dependsOn).toContain('4.1');
  });

  it('keeps mojibake documents readable: titles come out as the intended characters', () => {
    const s = load('seed-002-day-sections-mojibake.md');
    expect(s.sections.some((x) => x.title === 'Days 1-2: Foundation')).toBe(true);
    expect(s.diagnostics.some((d) => d.code === 'mojibake')).toBe(true);
  });
});

describe('what the multi-sprint fixture must give', () => {
  it('three sprints from a table and their sections; sprint rows are not tasks', () => {
    const s = status('multi-sprint-plan.md');
    expect(s.sprints?.map((p) => [p.title, p.start, p.progress.tasks.done, p.progress.tasks.total])).toEqual([
      ['Sprint 1: Foundations', '2025-01-06', 2, 2],
      ['Sprint 2: Checkout', '2025-01-20', 1, 3],
      ['Sprint 3: Accounts', '2025-02-03', 0, 2],
    ]);
    expect(s.progress?.tasks.total).toBe(7);
  });
});
