/** Formats with conventions of their own, each on its fixture: GitHub Spec Kit and Kiro `tasks.md`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';

const read = (name: string) => buildSprint(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8'), name);

describe('Spec Kit tasks.md', () => {
  const s = read('speckit-tasks.md');
  it('reads T-numbered checkboxes, [X] as done, and [P] / [US1] as labels, not title', () => {
    const byId = new Map(s.tasks.map((t) => [t.id, t]));
    expect(byId.get('T001')?.status).toBe('done');
    expect(byId.get('T003')).toMatchObject({ title: 'Create Album model in src/models/album.ts', labels: ['P', 'US1'] });
    expect(byId.get('T004')?.labels).toEqual(['US1']);
  });
  it('does not count the Checkpoint line; phases group the tasks', () => {
    expect(computeProgress(s).tasks).toMatchObject({ total: 5, done: 2 });
    expect(s.tasks.some((t) => /checkpoint/i.test(t.title))).toBe(false);
  });
});

describe('Kiro tasks.md', () => {
  const s = read('kiro-tasks.md');
  it('reads numbered checkboxes as parent and child, [ ]* as optional, [-] as in progress', () => {
    const parent = s.tasks.find((t) => t.title === 'Implement data models')!;
    expect(s.tasks.filter((t) => t.parent === parent.key).map((t) => t.title)).toEqual(['Create core model interfaces', 'Write unit tests for models']);
    expect(s.tasks.find((t) => t.title === 'Write unit tests for models')?.optional).toBe(true);
    expect(s.tasks.find((t) => t.title === 'Build the API layer')?.status).toBe('in_progress');
  });
  it('does not read _Requirements: …_ lines as tasks', () => {
    expect(s.tasks.some((t) => /requirements/i.test(t.title))).toBe(false);
    expect(computeProgress(s).tasks).toMatchObject({ total: 5, done: 2 });
  });
});

describe('Obsidian Tasks', () => {
  const s = read('obsidian-tasks.md');
  it('reads the fields at the end of a checklist item, not as its title', () => {
    expect(s.tasks.map((t) => [t.title, t.status, t.completedOn, t.priority])).toEqual([
      ['Write the parser', 'done', '2025-01-09', 'medium'],
      ['Review the API', 'todo', null, 'high'],
      ['Ship the release', 'todo', null, null],
      ['Old idea', 'cancelled', null, null],
      ['Weekly sync', 'todo', null, null],
    ]);
    expect(s.tasks[2]!.id).toBe('abc123');
  });
  it('never reads a tasks query block as tasks', () => {
    expect(s.tasks).toHaveLength(5);
  });
});
