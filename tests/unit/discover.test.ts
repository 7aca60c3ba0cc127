import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverDocuments, expandInputs } from '../../src/io/discover.js';
import { failure } from '../helpers/expect-failure.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprint-discover-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function touch(...rels: string[]): void {
  for (const rel of rels) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, '# x\n');
  }
}

describe('discoverDocuments', () => {
  it('returns [] when nothing matches', async () => {
    touch('README.md', 'notes.md', 'docs/guide.md');
    expect(await discoverDocuments(dir)).toEqual([]);
  });

  it('finds matching names in the four folders, sorted by path', async () => {
    touch(
      'SPRINT-12.md',
      'Standup-notes.markdown',
      'STATE.md',
      'tasks.md',
      'README.md',
      'sprint.txt',
      'docs/backlog.md',
      'docs/intro.md',
      'sprints/2024-06 Scrum board.md',
      'docs/sprints/burndown.MD',
      'docs/sprints/other.md',
      'nested/deeper/sprint.md',
      'docs/archive/sprint-1.md',
    );
    expect(await discoverDocuments(dir)).toEqual([
      'SPRINT-12.md',
      'STATE.md',
      'Standup-notes.markdown',
      'docs/backlog.md',
      'docs/sprints/burndown.MD',
      'sprints/2024-06 Scrum board.md',
      'tasks.md',
    ]);
  });

  it('matches STATE.md and tasks.md case-insensitively but not other names containing them', async () => {
    touch('state.md', 'Tasks.md', 'mytasks.md', 'STATE.md.bak');
    const found = await discoverDocuments(dir);
    expect(found).toContain('Tasks.md');
    expect(found).not.toContain('mytasks.md');
    expect(found).not.toContain('STATE.md.bak');
  });

  it('skips folders named like documents and follows symlinks to files', async () => {
    touch('real/plan.md');
    mkdirSync(join(dir, 'sprint.md'));
    symlinkSync(join(dir, 'real/plan.md'), join(dir, 'current-sprint.md'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'dangling-sprint.md'));
    expect(await discoverDocuments(dir)).toEqual(['current-sprint.md']);
  });

  it('copes with docs being a file', async () => {
    writeFileSync(join(dir, 'docs'), 'not a folder');
    touch('sprint.md');
    expect(await discoverDocuments(dir)).toEqual(['sprint.md']);
  });
});

describe('expandInputs', () => {
  it('keeps files as given, even without .md', async () => {
    touch('plan.txt', 'b.md');
    expect(await expandInputs(['plan.txt', 'b.md'], dir)).toEqual(['plan.txt', 'b.md']);
  });

  it('expands a directory to its .md files, sorted, not recursive', async () => {
    touch('corpus/b.md', 'corpus/a.md', 'corpus/c.txt', 'corpus/sub/d.md', 'corpus/e.markdown');
    expect(await expandInputs(['corpus/'], dir)).toEqual(['corpus/a.md', 'corpus/b.md', 'corpus/e.markdown']);
  });

  it('works with a parent-relative directory like ../shared/corpus/', async () => {
    touch('shared/corpus/x.md', 'shared/corpus/y.md', 'team/placeholder.txt');
    const cwd = join(dir, 'team');
    expect(await expandInputs(['../shared/corpus/'], cwd)).toEqual(['../shared/corpus/x.md', '../shared/corpus/y.md']);
  });

  it('lists a file reached twice once', async () => {
    touch('corpus/a.md');
    expect(await expandInputs(['corpus/a.md', 'corpus', './corpus/a.md'], dir)).toEqual(['corpus/a.md']);
  });

  it('keeps argument order across arguments', async () => {
    touch('z.md', 'd/a.md');
    expect(await expandInputs(['z.md', 'd'], dir)).toEqual(['z.md', 'd/a.md']);
  });

  it('refuses a missing path', async () => {
    const err = await failure(expandInputs(['nope.md'], dir));
    expect(err.kind).toBe('io');
    expect(err.message).toBe('cannot read nope.md: no such file');
  });

  it('refuses a directory without .md files', async () => {
    touch('empty/readme.txt');
    const err = await failure(expandInputs(['empty'], dir));
    expect(err.kind).toBe('io');
    expect(err.message).toBe('empty contains no .md files');
  });

  it('returns [] for no arguments', async () => {
    expect(await expandInputs([], dir)).toEqual([]);
  });
});
