import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { est, family, sprint, task } from '../helpers/sprint-factory.js';

describe('computeProgress: task counts', () => {
  it('counts leaf tasks only; a parent counts through its children', () => {
    const tasks = [
      ...family(task({ id: 'S-1', line: 1, status: 'in_progress' }), task({ id: 'T-1', line: 2, status: 'done' }), task({ id: 'T-2', line: 3 })),
      task({ id: 'T-3', line: 4, status: 'in_progress' }),
      task({ id: 'T-4', line: 5, status: 'blocked' }),
      task({ id: 'T-5', line: 6, status: 'cancelled' }),
    ];
    expect(computeProgress(sprint(tasks)).tasks).toEqual({ total: 5, done: 1, inProgress: 1, todo: 1, blocked: 1, cancelled: 1 });
  });

  it('counts through grandchildren', () => {
    const [story, sub] = [task({ id: 'S', line: 1 }), task({ id: 'S.1', line: 2 })];
    const tasks = [...family(story!, sub!), ...family(sub!, task({ id: 'S.1.a', line: 3, status: 'done' }), task({ id: 'S.1.b', line: 4 })).slice(1)];
    expect(computeProgress(sprint(tasks)).tasks).toMatchObject({ total: 2, done: 1, todo: 1 });
  });

  it('ignores children keys that name no task', () => {
    const t = task({ id: 'A', children: ['nope'] });
    expect(computeProgress(sprint([t])).tasks.total).toBe(1);
  });

  it('survives a parent/child cycle', () => {
    const a = task({ id: 'A', line: 1, children: ['B'], parent: 'B', estimate: est(1) });
    const b = task({ id: 'B', line: 2, children: ['A'], parent: 'A', estimate: est(2) });
    const p = computeProgress(sprint([a, b, task({ id: 'C', line: 3, estimate: est(3) })]));
    expect(p.effort?.total).toBe(3);
  });
});

describe('computeProgress: effort', () => {
  it('sums leaf estimates and the done part', () => {
    const p = computeProgress(sprint([task({ id: 'A', estimate: est(3), status: 'done' }), task({ id: 'B', estimate: est(5) }), task({ id: 'C' })]));
    expect(p.effort).toEqual({ unit: 'points', total: 8, done: 3 });
  });

  it("uses a parent's own estimate when its children carry none", () => {
    const tasks = [
      ...family(task({ id: 'S-1', estimate: est(8), status: 'done' }), task({ id: 'T-1', status: 'done' }), task({ id: 'T-2', status: 'done' })),
      ...family(task({ id: 'S-2', estimate: est(5) }), task({ id: 'T-3' })),
    ];
    expect(computeProgress(sprint(tasks)).effort).toEqual({ unit: 'points', total: 13, done: 8 });
  });

  it("uses the children's estimates (not the parent's) when any descendant has one", () => {
    const tasks = family(
      task({ id: 'S', estimate: est(10) }),
      task({ id: 'T-1', estimate: est(3), status: 'done' }),
      task({ id: 'T-2' }), // no estimate: counts 0, the parent's 10 is not used
    );
    expect(computeProgress(sprint(tasks)).effort).toEqual({ unit: 'points', total: 3, done: 3 });
  });

  it('looks at every descendant, not just children', () => {
    const mid = task({ id: 'M', line: 2 });
    const tasks = [
      ...family(task({ id: 'TOP', line: 1, estimate: est(20, 'hours') }), mid),
      ...family(mid, task({ id: 'LEAF', line: 3, estimate: est(4, 'hours'), status: 'done' })).slice(1),
    ];
    expect(computeProgress(sprint(tasks)).effort).toEqual({ unit: 'hours', total: 4, done: 4 });
  });

  it('raises the total to a larger declared total in the same unit', () => {
    const tasks = [task({ id: 'A', estimate: est(4), status: 'done' }), task({ id: 'B', estimate: est(18), status: 'done' })];
    expect(computeProgress(sprint(tasks, { declaredTotal: { value: 75, unit: 'points' } })).effort).toEqual({ unit: 'points', total: 75, done: 22 });
  });

  it('keeps the computed total when the declared one is smaller or in another unit', () => {
    const tasks = [task({ id: 'A', estimate: est(30) })];
    expect(computeProgress(sprint(tasks, { declaredTotal: { value: 20, unit: 'points' } })).effort?.total).toBe(30);
    expect(computeProgress(sprint(tasks, { declaredTotal: { value: 75, unit: 'hours' } })).effort?.total).toBe(30);
    expect(computeProgress(sprint(tasks, { declaredTotal: { value: 75, unit: 'tasks' } })).effort?.total).toBe(30);
  });

  it('leaves cancelled tasks out of effort but counts them as tasks', () => {
    const p = computeProgress(sprint([task({ id: 'A', estimate: est(3), status: 'done' }), task({ id: 'B', estimate: est(5), status: 'cancelled' })]));
    expect(p.effort).toEqual({ unit: 'points', total: 3, done: 3 });
    expect(p.tasks).toMatchObject({ total: 2, done: 1, cancelled: 1 });
  });

  it('picks the unit most leaf estimates use and ignores the others', () => {
    const p = computeProgress(
      sprint([
        task({ id: 'A', estimate: est(2, 'hours') }),
        task({ id: 'B', estimate: est(3, 'points'), status: 'done' }),
        task({ id: 'C', estimate: est(5, 'points') }),
      ]),
    );
    expect(p.effort).toEqual({ unit: 'points', total: 8, done: 3 });
  });

  it('breaks a unit tie in favour of the unit seen first', () => {
    const p = computeProgress(sprint([task({ id: 'A', estimate: est(2, 'days') }), task({ id: 'B', estimate: est(3, 'hours') })]));
    expect(p.effort).toEqual({ unit: 'days', total: 2, done: 0 });
  });

  it("uses the document's declared unit over the majority", () => {
    const p = computeProgress(
      sprint([task({ id: 'A', estimate: est(2, 'hours') }), task({ id: 'B', estimate: est(3) }), task({ id: 'C', estimate: est(5) })], { unit: 'hours' }),
    );
    expect(p.effort).toEqual({ unit: 'hours', total: 2, done: 0 });
  });

  it('is null when nothing carries an estimate', () => {
    expect(computeProgress(sprint([task({ id: 'A' })])).effort).toBeNull();
    expect(computeProgress(sprint([task({ id: 'A' })], { declaredTotal: { value: 40, unit: 'points' } })).effort).toBeNull();
    expect(computeProgress(sprint([])).effort).toBeNull();
  });

  it('uses range midpoints and avoids floating-point noise', () => {
    const p = computeProgress(sprint([task({ id: 'A', estimate: { ...est(0.1, 'hours') } }), task({ id: 'B', estimate: est(0.2, 'hours') })]));
    expect(p.effort?.total).toBe(0.3);
  });
});

describe('computeProgress: checklist', () => {
  it("sums every task's checklist items, parents included", () => {
    const item = (done: boolean) => ({ text: 'x', done, line: 1, markerOffset: 0 });
    const tasks = family(task({ id: 'S', checklist: [item(true)] }), task({ id: 'T', checklist: [item(true), item(false)] }));
    expect(computeProgress(sprint(tasks)).checklist).toEqual({ total: 3, done: 2 });
  });

  it('is null when no task has a checklist', () => {
    expect(computeProgress(sprint([task({ id: 'A' })])).checklist).toBeNull();
  });
});

describe('computeProgress: sections', () => {
  const tasks = () => [
    task({ id: 'A', line: 10, headingPath: ['Sprint 5', 'Day 1', 'Completed'], status: 'done', estimate: est(4) }),
    task({ id: 'B', line: 12, headingPath: ['Sprint 5', 'Day 1', 'Completed'], status: 'done', estimate: est(3) }),
    task({ id: 'C', line: 20, headingPath: ['Sprint 5', 'Day 2'], estimate: est(5) }),
  ];

  it('skips the heading every task shares and reports the next two levels, in document order', () => {
    const s = sprint(tasks());
    const p = computeProgress(s);
    expect(p.sections.map((x) => x.path)).toEqual([
      ['Sprint 5', 'Day 1'],
      ['Sprint 5', 'Day 1', 'Completed'],
      ['Sprint 5', 'Day 2'],
    ]);
    expect(p.sections[0]).toMatchObject({ title: 'Day 1', line: 10, tasks: { total: 2, done: 2 }, effort: { unit: 'points', total: 7, done: 7 } });
    expect(p.sections[2]).toMatchObject({ title: 'Day 2', line: 20, tasks: { total: 1, todo: 1 }, effort: { total: 5, done: 0 } });
  });

  it('reports the first two levels when tasks sit under different top headings', () => {
    const p = computeProgress(
      sprint([task({ id: 'A', line: 3, headingPath: ['Backlog', 'API'] }), task({ id: 'B', line: 8, headingPath: ['Done', 'API', 'Deep'] })]),
    );
    expect(p.sections.map((x) => x.path)).toEqual([['Backlog'], ['Backlog', 'API'], ['Done'], ['Done', 'API']]);
    expect(p.sections.every((x) => x.effort === null)).toBe(true);
  });

  it("takes a section's line from its heading when the model knows it", () => {
    const s = sprint(tasks());
    s.sections.push({
      title: 'Day 2',
      depth: 2,
      path: ['Sprint 5', 'Day 2'],
      span: { start: 0, end: 0, line: 18, column: 1 },
      end: 0,
      status: null,
      role: 'day',
      date: null,
      estimate: null,
    });
    expect(computeProgress(s).sections.find((x) => x.title === 'Day 2')?.line).toBe(18);
  });

  it('has no sections when tasks sit under no heading', () => {
    expect(computeProgress(sprint([task({ id: 'A' })])).sections).toEqual([]);
  });
});
