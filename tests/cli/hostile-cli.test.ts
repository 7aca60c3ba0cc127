/**
 * Hostile and broken input through the built CLI, as issue #9 lists it: every command exits 0, 1
 * or 2, says why in a line or two, never prints a stack trace or "internal error", and leaves the
 * file byte-identical unless it was asked to write and could do so safely.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runSprint } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sprint-hostile-'));
const TASKS = '# Sprint 1\n\n- [ ] Write the thing\n- [x] Plan the thing\n';

/** Each hostile input: a name and how to make it in `dir` (returns the path given to sprint). */
const INPUTS: Array<[string, () => string]> = [
  ['an empty file', () => file('empty.md', '')],
  ['only a BOM', () => file('bom.md', '\ufeff')],
  ['invalid UTF-8', () => file('invalid.md', Buffer.concat([Buffer.from(TASKS), Buffer.from([0xc3, 0x28, 0xff])]))],
  ['a binary file', () => file('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
  ['a 1 MB line', () => file('long-line.md', `${TASKS}\n${'word '.repeat(210_000)}\n`)],
  ['a table of 5,000 columns', () => file('wide.md', `${TASKS}\n${row(5000, (i) => `c${i}`)}\n${row(5000, () => '---')}\n${row(5000, (i) => `${i}`)}\n`)],
  ['10,000 levels of lists and quotes', () => file('deep.md', `${'> '.repeat(5000)}${'- '.repeat(5000)}x\n\n${TASKS}`)],
  ['an unclosed fence', () => file('fence.md', `\`\`\`\n${TASKS}`)],
  ['an unclosed HTML comment', () => file('comment.md', `<!--\n${TASKS}`)],
  ['3,000 unclosed HTML tables', () => file('tables.md', `${'<table>\n\n'.repeat(3000)}${TASKS}`)],
  ['a directory', () => folder('folder.md')],
  ['a missing file', () => join(dir, 'missing.md')],
  ['a symlink loop', () => loop('loop.md')],
  ['a FIFO', () => fifo('fifo.md')],
  ['a 50 MB file', () => sparse('huge.md', 50 * 1024 * 1024)],
];

const COMMANDS: string[][] = [['status'], ['list'], ['sync', '--check'], ['doctor'], ['explain'], ['done', 'Write the thing']];

beforeAll(ensureBuilt);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile input through every command', () => {
  for (const [name, make] of INPUTS) {
    it(`${name}: exit 0, 1 or 2, a short message, the file unchanged unless written safely`, () => {
      const path = make();
      for (const command of COMMANDS) {
        const before = snapshot(path);
        const r = runSprint([...command, path], { cwd: dir });
        const what = `${command.join(' ')} on ${name}`;
        expect([0, 1, 2], `${what}: exit ${r.status}\n${r.stderr}`).toContain(r.status);
        expect(r.stderr, what).not.toMatch(/internal error|^\s+at |\w+Error:/m);
        if (r.status === 2) expect(r.stderr.trim().split('\n').length, `${what}: ${r.stderr}`).toBeLessThanOrEqual(2);
        if (command[0] !== 'done' || r.status !== 0) expect(snapshot(path), what).toEqual(before);
      }
    }, 60_000);
  }

  it('refuses a document above the size limit before reading it, and says how to raise the limit', () => {
    const path = file('small-but-limited.md', TASKS.repeat(400));
    const r = runSprint(['status', path], { cwd: dir, env: { SPRINT_MAX_MB: '0.01' } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^sprint: cannot read .*small-but-limited\.md: [\d.]+ MB is more than the 0\.01 MB sprint reads \(SPRINT_MAX_MB raises the limit\)$/,
    );
    expect(runSprint(['status', path], { cwd: dir }).status).toBe(0);
  });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function row(n: number, cell: (i: number) => string): string {
  return `| ${Array.from({ length: n }, (_, i) => cell(i)).join(' | ')} |`;
}

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

function loop(name: string): string {
  const path = join(dir, name);
  symlinkSync(join(dir, `${name}.other`), path);
  symlinkSync(path, join(dir, `${name}.other`));
  return path;
}

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  chmodSync(path, 0o644);
  return path;
}

/** A file of `size` bytes that takes no disk: a hole of zero bytes after the tasks. */
function sparse(name: string, size: number): string {
  const path = file(name, TASKS);
  const fd = openSync(path, 'r+');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

/** The bytes at `path`, or what kind of thing it is when it is not a readable file. */
function snapshot(path: string): string {
  try {
    if (!statSync(path).isFile()) return 'not a file';
    return readFileSync(path).toString('base64');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? 'unreadable';
  }
}
