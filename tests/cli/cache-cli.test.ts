/**
 * The result cache never changes what is printed: every fixture, seed and corpus document gives
 * byte-identical output (and exit code) with the cache off, on a cold cache and on a warm one, for
 * the read-only commands; a changed file is a miss; writing commands are never cached.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('the result cache', () => {
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
