/**
 * The caches and the fast parser never change what is printed: every fixture, seed and corpus
 * document gives byte-identical output (and exit code) with the caches off, on a cold cache and on a
 * warm one, and with remark parsing every section (SPRINT_FAST_PARSE=0), for the read-only commands; a changed file is a miss; writing commands are never cached. The V8 code
 * cache of the program (io/code-cache.ts) is written once, taken back, replaced when it is not
 * V8's, skipped when it cannot be written, and never written with `--no-cache`.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPaths, FIXTURES } from '../helpers/documents.js';
import { ROOT, ensureBuilt, runSprint } from '../helpers/run-cli.js';

const cache = mkdtempSync(join(tmpdir(), 'sprint-cache-'));
const files = documentPaths({ seeds: true });
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) => runSprint(args, { cwd: ROOT, env: { SPRINT_CACHE_DIR: cache, ...env } });

describe('the result cache and the fast parser', () => {
  for (const command of [
    ['status', '--today', '2026-01-15'],
    ['status', '--json', '--today', '2026-01-15'],
    ['list'],
    ['explain'],
    ['doctor', '--today', '2026-01-15'],
  ]) {
    it(`gives byte-identical output for ${command.join(' ')} over ${files.length} documents`, () => {
      const args = [...command, ...files];
      const off = run([...args, '--no-cache']);
      const cold = run(args);
      const warm = run(args);
      expect(cold).toEqual(off);
      expect(warm).toEqual(off);
      expect(run(args, { SPRINT_CACHE: '0' })).toEqual(off);
      expect(run([...args, '--no-cache'], { SPRINT_FAST_PARSE: '0' })).toEqual(off);
    });
  }

  it('misses when a file changes, and never caches a write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-cache-doc-'));
    const doc = join(dir, 'SPRINT.md');
    copyFileSync(join(FIXTURES, 'seed-004-day-boards.md'), doc);
    const before = run(['status', '--json', doc]).stdout;
    run(['done', '4.3', doc, '--today', '2025-12-10']);
    const after = run(['status', '--json', doc]).stdout;
    expect(after).not.toBe(before);
    writeFileSync(doc, '# Empty\n');
    expect(JSON.parse(run(['status', '--json', doc]).stdout).progress.tasks.total).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the model cache of the status commands', () => {
  const models = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('model-') && f.endsWith('.json'));
  /** A folder with seed 004 as SPRINT.md, its own cache folder, and a way to run sprint there. */
  const workspace = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-models-'));
    const store = join(dir, 'cache');
    copyFileSync(join(FIXTURES, 'seed-004-day-boards.md'), join(dir, 'SPRINT.md'));
    const runIn = (args: string[]) => runSprint([...args, '--today', '2025-12-10'], { cwd: dir, env: { SPRINT_CACHE_DIR: store } });
    return { dir, store, runIn };
  };

  it('keeps what a dry run read and what a write wrote, and changes no output', () => {
    const { dir, store, runIn } = workspace();
    const plain = runIn(['done', '4.3', 'SPRINT.md', '--dry-run', '--no-cache']);
    expect(readdirSync(dir)).not.toContain('cache');
    expect(runIn(['done', '4.3', 'SPRINT.md', '--dry-run'])).toEqual(plain);
    expect(models(store)).toHaveLength(1);
    // The second dry run starts from the kept model.
    expect(runIn(['done', '4.3', 'SPRINT.md', '--dry-run'])).toEqual(plain);
    const written = runIn(['done', '4.3', 'SPRINT.md']);
    expect(written.status).toBe(0);
    expect(models(store)).toHaveLength(2);
    // The next command on the written file starts from the model of what was written, and says what one without the cache says.
    const next = runIn(['start', '4.2', 'SPRINT.md', '--dry-run']);
    expect(next).toEqual(runIn(['start', '4.2', 'SPRINT.md', '--dry-run', '--no-cache']));
    expect(models(store)).toHaveLength(2);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never trusts an entry it cannot read', () => {
    const { dir, store, runIn } = workspace();
    const plain = runIn(['block', '4.3', 'SPRINT.md', '--dry-run', '--no-cache']);
    runIn(['block', '4.3', 'SPRINT.md', '--dry-run']);
    for (const f of models(store)) writeFileSync(join(store, f), '{"key": "not this one", "model": {}}');
    expect(runIn(['block', '4.3', 'SPRINT.md', '--dry-run'])).toEqual(plain);
    for (const f of models(store)) writeFileSync(join(store, f), '{ half a fi');
    expect(runIn(['block', '4.3', 'SPRINT.md', '--dry-run'])).toEqual(plain);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the code cache of the program', () => {
  const doc = join(FIXTURES, 'seed-004-day-boards.md');
  const programCaches = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('program-') && f.endsWith('.v8'));

  it('is written by the first run and taken back by the next, with the same output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-code-cache-'));
    const args = ['done', '4.3', '--dry-run', doc, '--today', '2025-12-10'];
    const off = run([...args, '--no-cache'], { SPRINT_CACHE_DIR: dir });
    expect(programCaches(dir)).toEqual([]);
    expect(run(args, { SPRINT_CACHE_DIR: dir })).toEqual(off);
    const [file] = programCaches(dir);
    expect(file).toMatch(/^program-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8$/);
    const written = readFileSync(join(dir, file!));
    expect(run(args, { SPRINT_CACHE_DIR: dir })).toEqual(off);
    expect(readFileSync(join(dir, file!)).equals(written)).toBe(true); // accepted, so not rewritten
    rmSync(dir, { recursive: true, force: true });
  });

  it('is written again, once, by the first run of a command it does not cover', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-code-cache-'));
    const status = ['status', '--json', doc, '--today', '2025-12-10'];
    const off = run([...status, '--no-cache'], { SPRINT_CACHE_DIR: dir });
    run(['--version'], { SPRINT_CACHE_DIR: dir });
    const [file] = programCaches(dir);
    const list = () => readFileSync(join(dir, `${file!}.commands`), 'utf8').split('\n');
    const small = readFileSync(join(dir, file!));
    expect(list()).toEqual(['']);
    expect(run(status, { SPRINT_CACHE_DIR: dir }).stdout).toBe(off.stdout);
    const covering = readFileSync(join(dir, file!));
    expect(covering.length).toBeGreaterThan(small.length); // the reader's code added
    expect(list()).toEqual(['', 'status']);
    writeFileSync(join(dir, 'doc.md'), readFileSync(doc, 'utf8')); // other bytes: no result-cache answer
    expect(run(['status', '--json', join(dir, 'doc.md'), '--today', '2025-12-10'], { SPRINT_CACHE_DIR: dir }).status).toBe(off.status);
    expect(readFileSync(join(dir, file!)).equals(covering)).toBe(true); // covered: not rewritten
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces a cache V8 rejects, and runs without one it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-code-cache-'));
    const args = ['status', '--json', doc, '--today', '2025-12-10', '--no-cache'];
    const off = run(args, { SPRINT_CACHE_DIR: dir });
    run(['list', doc], { SPRINT_CACHE_DIR: dir });
    const [file] = programCaches(dir);
    writeFileSync(join(dir, file!), 'not a code cache');
    expect(run(['status', '--json', doc, '--today', '2025-12-10'], { SPRINT_CACHE_DIR: dir })).toEqual(off);
    expect(readFileSync(join(dir, file!)).length).toBeGreaterThan(1000);
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    expect(run(['status', '--json', doc, '--today', '2025-12-10'], { SPRINT_CACHE_DIR: join(blocked, 'cache') })).toEqual(off);
    rmSync(dir, { recursive: true, force: true });
  });
});
