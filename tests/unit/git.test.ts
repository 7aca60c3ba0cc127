import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitFileHistory, gitFileSnapshots, gitShowFile } from '../../src/io/git.js';
import { failure } from '../helpers/expect-failure.js';
import { commitAll, createTempRepo, git, initRepo } from '../helpers/temp-git.js';

let root: string;
let repo: string;
const commits: string[] = [];

// History of docs/sprint.md -> (git mv) docs/sprints/Sprint 7 ü.md, on fixed dates with offsets.
const V1 = '# Sprint 7\n\n- [ ] a\n- [ ] b\n- [ ] c\n';
const V2 = '# Sprint 7\n\n- [x] a\n- [ ] b\n- [ ] c\n';
const V4 = '\uFEFF# Sprint 7\r\n\r\n- [x] a\r\n- [x] b\r\n- [ ] c\r\n';
const NEW_PATH = 'docs/sprints/Sprint 7 ü.md';

beforeAll(() => {
  ({ root, repo } = createTempRepo('sprint-git-'));
  mkdirSync(join(repo, 'docs'));

  const commit = (message: string, date: string): void => {
    commits.push(commitAll(repo, message, date));
  };

  writeFileSync(join(repo, 'docs/sprint.md'), V1);
  writeFileSync(join(repo, 'README.md'), 'readme\n');
  git(repo, ['add', '.']);
  commit('start sprint', '2024-03-04T09:00:00+01:00');

  writeFileSync(join(repo, 'docs/sprint.md'), V2);
  commit('tick a', '2024-03-05T17:30:00+01:00');

  writeFileSync(join(repo, 'README.md'), 'readme 2\n');
  git(repo, ['add', 'README.md']);
  git(repo, ['commit', '-q', '-m', 'unrelated'], '2024-03-05T18:00:00+01:00');

  mkdirSync(join(repo, 'docs/sprints'));
  git(repo, ['mv', 'docs/sprint.md', NEW_PATH]);
  commit('move', '2024-03-06T08:15:00-05:00');

  writeFileSync(join(repo, NEW_PATH), V4);
  git(repo, ['add', NEW_PATH]);
  commit('tick b', '2024-03-07T12:00:00+00:00');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('gitFileHistory', () => {
  it('lists commits oldest first with %aI dates, following the rename', async () => {
    const history = await gitFileHistory(join(repo, NEW_PATH));
    expect(history).toEqual([
      { commit: commits[0], authorDate: '2024-03-04T09:00:00+01:00', path: 'docs/sprint.md' },
      { commit: commits[1], authorDate: '2024-03-05T17:30:00+01:00', path: 'docs/sprint.md' },
      { commit: commits[2], authorDate: '2024-03-06T08:15:00-05:00', path: NEW_PATH },
      { commit: commits[3], authorDate: '2024-03-07T12:00:00+00:00', path: NEW_PATH },
    ]);
  });

  it('refuses a file outside any git repository', async () => {
    const outside = join(root, 'loose');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'sprint.md'), 'x\n');
    const path = join(outside, 'sprint.md');
    const err = await failure(gitFileHistory(path));
    expect(err.kind).toBe('io');
    expect(err.message).toBe(`${path} is not inside a git repository`);
  });

  it('refuses a file that was never committed', async () => {
    const path = join(repo, 'docs/new-sprint.md');
    writeFileSync(path, 'x\n');
    try {
      const err = await failure(gitFileHistory(path));
      expect(err.message).toBe(`${path} has no commits yet`);
    } finally {
      rmSync(path);
    }
  });

  it('refuses a file in a repository without any commit', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    git(empty, ['init', '-q']);
    const path = join(empty, 'sprint.md');
    writeFileSync(path, 'x\n');
    const err = await failure(gitFileHistory(path));
    expect(err.message).toBe(`${path} has no commits yet`);
  });

  it('refuses a missing file and a directory', async () => {
    const missing = join(repo, 'docs/nope.md');
    expect((await failure(gitFileHistory(missing))).message).toBe(`cannot read ${missing}: no such file`);
    const folder = join(repo, 'docs');
    expect((await failure(gitFileHistory(folder))).message).toBe(`cannot read the history of ${folder}: is a directory`);
  });
});

describe('gitShowFile', () => {
  it('returns the exact text at a commit, by repository-root path, from any folder', async () => {
    expect(await gitShowFile(commits[0]!, 'docs/sprint.md', repo)).toBe(V1);
    expect(await gitShowFile(commits[1]!, 'docs/sprint.md', join(repo, 'docs/sprints'))).toBe(V2);
    expect(await gitShowFile(commits[3]!, NEW_PATH, join(repo, 'docs'))).toBe(V4);
  });

  it('accepts an absolute working-tree path', async () => {
    expect(await gitShowFile(commits[2]!, join(repo, NEW_PATH), repo)).toBe(V2);
  });

  it('says when the path does not exist at that commit', async () => {
    const err = await failure(gitShowFile(commits[0]!, NEW_PATH, repo));
    expect(err.message).toBe(`${NEW_PATH} does not exist at commit ${commits[0]!.slice(0, 12)}`);
  });

  it('refuses option-like commit names and non-repositories', async () => {
    expect((await failure(gitShowFile('--output=x', 'a.md', repo))).kind).toBe('io');
    const outside = join(root, 'loose2');
    mkdirSync(outside, { recursive: true });
    const err = await failure(gitShowFile('HEAD', 'a.md', outside));
    expect(err.message).toBe(`${outside} is not inside a git repository`);
  });
});

describe('gitFileSnapshots', () => {
  it('returns every version oldest first, byte-exact (BOM and CRLF kept)', async () => {
    const snaps = await gitFileSnapshots(join(repo, NEW_PATH));
    expect(snaps.map((s) => s.commit)).toEqual(commits);
    expect(snaps.map((s) => s.text)).toEqual([V1, V2, V2, V4]);
    expect(snaps.map((s) => s.authorDate)).toEqual([
      '2024-03-04T09:00:00+01:00',
      '2024-03-05T17:30:00+01:00',
      '2024-03-06T08:15:00-05:00',
      '2024-03-07T12:00:00+00:00',
    ]);
    expect(snaps[0]!.path).toBe('docs/sprint.md');
  });

  it('handles a long history with one cat-file process', async () => {
    const long = join(root, 'long');
    mkdirSync(long, { recursive: true });
    initRepo(long, { name: 'T', email: 't@example.com' });
    const file = join(long, 'backlog.md');
    const n = 60;
    for (let i = 0; i < n; i++) {
      writeFileSync(file, `# Backlog\n${'- [x] done\n'.repeat(i)}${'- [ ] todo\n'.repeat(n - i)}`);
      git(long, ['add', 'backlog.md']);
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
      git(long, ['commit', '-q', '-m', `step ${i}`], `2024-${month}-${day}T10:00:00+02:00`);
    }
    const snaps = await gitFileSnapshots(file);
    expect(snaps).toHaveLength(n);
    snaps.forEach((s, i) => {
      expect(s.text.split('- [x] done').length - 1).toBe(i);
    });
  });

  it('includes a merge that produced a new version, after both branches', async () => {
    const m = join(root, 'merge');
    mkdirSync(m, { recursive: true });
    initRepo(m, { branch: 'main', name: 'T', email: 't@example.com' });
    const file = join(m, 'sprint.md');
    writeFileSync(file, 'a\nb\nc\nd\ne\n');
    git(m, ['add', '.']);
    git(m, ['commit', '-q', '-m', 'base'], '2024-01-01T00:00:00+00:00');
    git(m, ['checkout', '-q', '-b', 'feat']);
    writeFileSync(file, 'a\nb\nc\nd\nE\n');
    git(m, ['commit', '-q', '-am', 'feat'], '2024-01-02T00:00:00+00:00');
    git(m, ['checkout', '-q', 'main']);
    writeFileSync(file, 'A\nb\nc\nd\ne\n');
    git(m, ['commit', '-q', '-am', 'main'], '2024-01-03T00:00:00+00:00');
    git(m, ['merge', '-q', '--no-edit', 'feat'], '2024-01-04T00:00:00+00:00');
    const snaps = await gitFileSnapshots(file);
    expect(snaps.map((s) => s.text)).toEqual(['a\nb\nc\nd\ne\n', 'a\nb\nc\nd\nE\n', 'A\nb\nc\nd\ne\n', 'A\nb\nc\nd\nE\n']);
    expect(snaps.at(-1)!.authorDate).toBe('2024-01-04T00:00:00+00:00');
  });

  it('skips the deletion of a file and still reads its earlier versions', async () => {
    const del = join(root, 'del');
    mkdirSync(del, { recursive: true });
    initRepo(del, { name: 'T', email: 't@example.com' });
    writeFileSync(join(del, 'sprint.md'), 'one\n');
    git(del, ['add', '.']);
    git(del, ['commit', '-q', '-m', '1'], '2024-01-01T00:00:00+00:00');
    git(del, ['rm', '-q', 'sprint.md']);
    git(del, ['commit', '-q', '-m', '2'], '2024-01-02T00:00:00+00:00');
    const snaps = await gitFileSnapshots(join(del, 'sprint.md'));
    expect(snaps.map((s) => s.text)).toEqual(['one\n']);
  });
});
