import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { listJson, statusJson } from '../../src/render/json.js';
import { est, family, sprint, task } from '../helpers/sprint-factory.js';

function sample() {
  const item = { text: 'x', done: true, line: 5, markerOffset: 0 };
  const tasks = [
    ...family(task({ id: 'S-1', line: 2, title: 'Story' }), task({ id: 'T-1', line: 3, estimate: est(3), checklist: [item] })),
    ...family(task({ key: 'L7', line: 7, title: 'No-ID parent' }), task({ key: 'L8', line: 8, dependsOn: ['T-1', 'GONE'] })),
  ];
  return sprint(tasks, { title: 'Sprint', start: '2025-01-01', end: '2025-01-10', goal: 'G' }, 'x.md');
}

describe('status --json contract', () => {
  it('has the document keys, and repeats them at the top level for a single document', () => {
    const s = sample();
    const json = statusJson([s], [computeProgress(s)]);
    const doc = json.documents[0]!;
    expect(Object.keys(doc)).toEqual(['file', 'title', 'start', 'end', 'goal', 'progress', 'sections', 'tasks', 'diagnostics', 'sprints', 'currentSprint']);
    expect(Object.keys(doc.sprints[0]!)).toEqual(['title', 'line', 'start', 'end', 'goal', 'status', 'source', 'progress']);
    expect(Object.keys(doc.progress)).toEqual(['tasks', 'effort', 'checklist']);
    expect(Object.keys(doc.progress.tasks)).toEqual(['total', 'done', 'inProgress', 'todo', 'blocked', 'cancelled']);
    expect(json.schemaVersion).toBe(1);
    expect(json.progress).toEqual(doc.progress);
    expect(json.tasks).toEqual(doc.tasks);
    expect(json.file).toBe('x.md');
  });

  it('does not repeat keys at the top level for several documents', () => {
    const a = sample();
    const b = sample();
    const json = statusJson([a, b], [computeProgress(a), computeProgress(b)]);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'documents']);
  });

  it('names parents by ID or title, dependencies by ID or key, and checklists only when present', () => {
    const s = sample();
    const tasks = statusJson([s], [computeProgress(s)]).documents[0]!.tasks;
    expect(Object.keys(tasks[0]!)).toEqual(['id', 'title', 'status', 'estimate', 'line', 'parent', 'dependsOn', 'checklist', 'assignee', 'section']);
    expect(tasks[0]).toMatchObject({ id: 'S-1', parent: null, checklist: null, estimate: null, line: 2 });
    expect(tasks[1]).toMatchObject({ id: 'T-1', parent: 'S-1', checklist: { done: 1, total: 1 }, estimate: { value: 3, unit: 'points' } });
    expect(tasks[3]).toMatchObject({ id: null, parent: 'No-ID parent', dependsOn: ['T-1', 'GONE'] });
  });
});

describe('list --json contract', () => {
  it('has the row keys', () => {
    const s = sample();
    const json = listJson(s.tasks.map((t) => ({ sprint: s, task: t })));
    expect(json.schemaVersion).toBe(1);
    expect(Object.keys(json.tasks[0]!)).toEqual(['file', 'id', 'title', 'status', 'estimate', 'line', 'parent', 'assignee', 'section']);
    expect(json.tasks[1]).toMatchObject({ file: 'x.md', id: 'T-1', parent: 'S-1', line: 3 });
  });
});
