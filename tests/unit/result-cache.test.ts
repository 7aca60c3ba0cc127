/** The result cache's key: what makes a run cacheable, and that everything the output depends on is in the key. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheSlot, namedBytes, readCached, writeCached } from '../../src/io/result-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'sprint-key-'));
writeFileSync(join(dir, 'a.md'), '# A\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { SPRINT_CACHE_DIR: join(dir, 'cache') };
const key = (args: string[], e: NodeJS.ProcessEnv = env, today = '2026-01-15', tty = false) => cacheSlot(args, '1.0.0', today, e, tty, dir)?.key ?? null;

describe('result cache keys', () => {
  it('differ for every input the output depends on', () => {
    const base = key(['status', 'a.md']);
    expect(base).not.toBeNull();
    expect(key(['list', 'a.md'])).not.toBe(base);
    expect(key(['status', '--json', 'a.md'])).not.toBe(base);
    expect(key(['status', 'a.md'], env, '2026-01-16')).not.toBe(base);
    expect(key(['status', 'a.md'], env, '2026-01-15', true)).not.toBe(base);
    expect(key(['status', 'a.md'], { ...env, NO_COLOR: '1' })).not.toBe(base);
    writeFileSync(join(dir, 'a.md'), '# A changed\n');
    expect(key(['status', 'a.md'])).not.toBe(base);
  });

  it('are null for writes, git, folders, discovery, missing files and when turned off', () => {
    expect(key(['done', '1', 'a.md'])).toBeNull();
    expect(key(['doctor', '--fix', 'a.md'])).toBeNull();
    expect(key(['burndown', '--git', 'a.md'])).toBeNull();
    expect(key(['status', '.'])).toBeNull();
    expect(key(['status'])).toBeNull();
    expect(key(['status', 'missing.md'])).toBeNull();
    expect(key(['status', '--no-cache', 'a.md'])).toBeNull();
    expect(key(['status', 'a.md'], { ...env, SPRINT_CACHE: '0' })).toBeNull();
  });

  it('never trusts an entry whose stored key differs or that does not parse', () => {
    const slot = cacheSlot(['status', 'a.md'], '1.0.0', '2026-01-15', env, false, dir)!;
    writeCached(slot, { stdout: 'x\n', stderr: '', exitCode: 0 });
    expect(readCached(slot)).toEqual({ stdout: 'x\n', stderr: '', exitCode: 0 });
    writeFileSync(slot.path, '{"key":"other","stdout":"y","stderr":"","exitCode":0}');
    expect(readCached(slot)).toBeNull();
    writeFileSync(slot.path, '{not json');
    expect(readCached(slot)).toBeNull();
  });

  it('keeps no output above 1 MB (a long history JSON would cost as much to store as it saves)', () => {
    const slot = cacheSlot(['list', 'a.md'], '1.0.0', '2026-01-15', env, false, dir)!;
    writeCached(slot, { stdout: 'x'.repeat(1_000_001), stderr: '', exitCode: 0 });
    expect(readCached(slot)).toBeNull();
    writeCached(slot, { stdout: 'x'.repeat(999_999), stderr: '', exitCode: 0 });
    expect(readCached(slot)?.stdout).toHaveLength(999_999);
  });
});

describe('namedBytes', () => {
  it('sums the named files and the files directly in named folders, skipping options, their values and what is missing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sprint-bytes-'));
    writeFileSync(join(folder, 'one.md'), 'x'.repeat(100));
    writeFileSync(join(folder, 'two.md'), 'y'.repeat(50));
    writeFileSync(join(dir, 'b.md'), 'z'.repeat(7));
    expect(namedBytes(['status', 'b.md'], dir)).toBe(7);
    expect(namedBytes(['status', '--today', 'b.md', 'b.md', folder, 'missing.md'], dir)).toBe(157);
    expect(namedBytes(['status'], dir)).toBe(0);
    rmSync(folder, { recursive: true, force: true });
  });
});
