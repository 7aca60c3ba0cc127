/** Runs the built CLI (`node bin/sprint.js`) in a child process, as users do, for the tests under tests/cli. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root, where bin/, dist/, fixtures/ and package.json live. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The program users run; it loads the dist/ bundle. */
export const BIN = join(ROOT, 'bin', 'sprint.js');

/** The result cache the CLI tests use: one folder per test process, never the user's own cache. */
export const TEST_CACHE = join(tmpdir(), `sprint-test-cache-${process.pid}`);

/** What a run of the CLI left behind: exit code (null when killed by a signal), stdout and stderr. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Newest modification time under a folder (to tell whether dist/ is older than the sources). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** Builds the bundle when it is missing or older than a source file, so the CLI tests never run stale code (npm test builds first anyway). */
export function ensureBuilt(): void {
  const bundle = join(ROOT, 'dist', 'cli.cjs');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(join(ROOT, 'src'))) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

/** Runs `sprint …args` in `cwd` without the caller's NO_COLOR, FORCE_COLOR, SPRINT_DEBUG and SOURCE_DATE_EPOCH (then `env` on top), so a shell cannot leak into a test. */
export function runSprint(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): CliRun {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    SPRINT_DEBUG: undefined,
    SOURCE_DATE_EPOCH: undefined,
    SPRINT_CACHE_DIR: TEST_CACHE,
    ...options.env,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stopped command: exit 2, nothing on stdout, one `sprint: …` line on stderr, no stack trace. */
export function expectOneLineFailure(r: CliRun, message: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^sprint: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/^\w*Error:/m);
}
