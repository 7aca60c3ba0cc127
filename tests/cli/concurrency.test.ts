/**
 * Two writers at once, as real processes: `sprint done` on two different tasks of one file,
 * started together, must both land (the document lock serializes them and the second re-plans on
 * what the first wrote), and a writer killed half-way leaves the file whole.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSprint } from '../../src/reader/index.js';
import { BIN, ensureBuilt, ROOT } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sprint-concurrent-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

const statusOf = (file: string, id: string) => buildSprint(readFileSync(file, 'utf8'), file).tasks.find((t) => t.id === id)?.status;

describe('concurrent writers', () => {
  it('lands both of two simultaneous done commands on one file, every time', async () => {
    for (let round = 0; round < 5; round++) {
      const file = join(dir, `board-${round}.md`);
      copyFileSync(join(ROOT, 'fixtures', 'seed-004-day-boards.md'), file);
      const [a, b] = await Promise.all([run(['done', '4.2', file, '--today', '2025-12-10']), run(['done', '4.3', file, '--today', '2025-12-10'])]);
      expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
      expect([statusOf(file, '4.2'), statusOf(file, '4.3')]).toEqual(['done', 'done']);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.lock'))).toEqual([]);
  }, 60_000);

  it('leaves the file whole and no temp file behind when a writer is killed mid-write', async () => {
    const file = join(dir, 'killed.md');
    copyFileSync(join(ROOT, 'fixtures', 'seed-004-day-boards.md'), file);
    const before = readFileSync(file, 'utf8');
    for (let delay = 40; delay <= 200; delay += 40) {
      const child = spawn(process.execPath, [BIN, 'done', '4.3', file, '--today', '2025-12-10'], { cwd: dir });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      const now = readFileSync(file, 'utf8');
      // Either untouched or fully written: never a mix.
      expect([before, now].includes(now) && (now === before || statusOf(file, '4.3') === 'done')).toBe(true);
      copyFileSync(join(ROOT, 'fixtures', 'seed-004-day-boards.md'), file);
    }
    // The next run cleans up after the killed one: a stale lock is taken over and the command succeeds.
    const next = await run(['done', '4.3', file, '--today', '2025-12-10']);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(dir).filter((n) => /killed\.md\..+/.test(n) && !n.endsWith('.lock'))).toEqual([]);
  }, 60_000);
});
