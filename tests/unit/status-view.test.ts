import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { renderList } from '../../src/render/list-view.js';
import { plainPainter } from '../../src/render/painter.js';
import { progressBar } from '../../src/render/progress-bar.js';
import { renderStatus } from '../../src/render/status-view.js';
import { buildSprint } from '../../src/reader/index.js';
import { est, family, sprint, task } from '../helpers/sprint-factory.js';

const ESC = '\u001b';

function sample() {
  return sprint(
    [
      task({ id: 'API-1', line: 10, title: 'Login endpoint', headingPath: ['Sprint 7', 'Backend'], status: 'done', estimate: est(15, 'hours') }),
      task({
        id: 'API-2',
        line: 11,
        title: 'Rate limiting',
        headingPath: ['Sprint 7', 'Backend'],
        status: 'blocked',
        estimate: est(10, 'hours'),
        blockedBy: 'waiting for the ops team to open the Redis port',
      }),
      task({
        id: 'UI-1',
        line: 20,
        title: 'A very long title '.repeat(8).trim(),
        headingPath: ['Sprint 7', 'Frontend'],
        status: 'in_progress',
        estimate: est(15, 'hours'),
        assignee: 'alice',
      }),
    ],
    { title: 'Sprint 7', start: '2025-03-03', end: '2025-03-14', goal: 'Ship login' },
    'docs/sprint-7.md',
  );
}

describe('renderStatus', () => {
  it('writes a done effort the document does not state as "?"', () => {
    const doc = buildSprint('# Sprint 0\n\n- [x] A\n- [ ] B\n\nStory points: ___ / 39\n', 'doc.md');
    const out = renderStatus([doc], [computeProgress(doc)], plainPainter);
    expect(out).toContain('?/39 points (how much is done is not stated)');
  });

  it('shows title, dates, goal, progress and effort lines', () => {
    const s = sample();
    const out = renderStatus([s], [computeProgress(s)], plainPainter);
    expect(out).toContain('Sprint 7\ndocs/sprint-7.md\n2025-03-03 → 2025-03-14 (12 days)\nGoal: Ship login');
    expect(out).toContain('1/3 tasks (33%)');
    expect(out).toContain('15/40 hours (38%)');
    expect(out).toMatch(/Blocked \(1\)\n {2}✖ API-2 Rate limiting {2}docs\/sprint-7\.md:11\n {6}↳ waiting for the ops team/);
    expect(out).toContain('In progress (1)');
    expect(out).toContain('Backend');
  });

  it('emits no ANSI escapes with the plain painter and stays within 80 columns', () => {
    const s = sample();
    const out = renderStatus([s], [computeProgress(s)], plainPainter);
    expect(out).not.toContain(ESC);
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('says so when a document has no tasks', () => {
    const s = sprint([], { title: 'Notes' });
    expect(renderStatus([s], [computeProgress(s)], plainPainter)).toContain('No tasks found');
  });
});

describe('renderList', () => {
  it('prints one row per task with estimate, assignee and file:line, children indented', () => {
    const tasks = family(
      task({ id: 'S-1', line: 3, title: 'Story' }),
      task({ id: 'T-1', line: 4, title: 'Sub', estimate: est(2), assignee: 'bob', status: 'done' }),
    );
    const s = sprint(tasks, {}, 'a.md');
    const out = renderList(
      s.tasks.map((t) => ({ sprint: s, task: t })),
      plainPainter,
    );
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^○ S-1 {2}Story +a\.md:3$/);
    expect(lines[1]).toMatch(/^✔ T-1 {4}Sub +2 pts {2}bob {2}a\.md:4$/);
  });

  it('says so when nothing matches', () => {
    expect(renderList([], plainPainter)).toBe('No tasks match.\n');
  });
});

describe('progressBar', () => {
  it('fills in proportion and never looks finished or untouched when it is not', () => {
    expect(progressBar(0.5, 10)).toBe('█████░░░░░');
    expect(progressBar(0.99, 10)).toBe('█████████░');
    expect(progressBar(0.01, 10)).toBe('█░░░░░░░░░');
    expect(progressBar(1, 4)).toBe('████');
    expect(progressBar(Number.NaN, 4)).toBe('░░░░');
    expect(progressBar(7, 4)).toBe('████');
  });
});
