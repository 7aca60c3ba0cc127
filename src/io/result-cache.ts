/**
 * The result cache: a read-only command run again on unchanged files prints what it printed the
 * last time, without loading the program. The key is the SHA-256 of everything the output depends
 * on — the tool's version, the arguments, the working folder, the resolved "today", the
 * environment that changes output (colour, GitHub mode) and the bytes of every file named — so a
 * hit is byte-identical to a fresh run by construction, and `tests/cli/cache-cli.test.ts` checks it
 * over the fixtures, seeds and corpus.
 *
 * Only commands that read and report are cached (status, list, export, explain, doctor without
 * --fix, burndown and velocity without --git), and only when every argument is an option or an
 * existing regular file (discovery and folders depend on more than the named bytes). Entries live
 * in `$SPRINT_CACHE_DIR`, else `$XDG_CACHE_HOME/sprint`, else the platform's cache folder; they are
 * written atomically (temp file and rename), never trusted when unreadable or when their stored key
 * differs, and `--no-cache` or `SPRINT_CACHE=0` turns the cache off. Deleting the folder clears it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

/** What a cached run printed and how it ended. */
export interface CachedResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Where a run's result is (or would be) cached. */
export interface CacheSlot {
  key: string;
  path: string;
}

const READ_ONLY = new Set(['status', 'list', 'export', 'explain', 'doctor', 'burndown', 'velocity']);
/** Options whose presence makes a run write or read more than the named files. */
const UNCACHEABLE_FLAGS = new Set(['--fix', '--git', '--help', '-h', '--version', '-V']);
/** Options that take a value (so the next argument is not a file). */
const VALUE_OPTIONS = new Set(['--today', '--status', '--assignee', '--section', '--id', '--sprint', '--format', '--by', '--last', '--rule', '--ignore']);

/** Whether the user turned every cache off (`--no-cache` among the arguments, or SPRINT_CACHE=0). */
export function cachesOff(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return env.SPRINT_CACHE === '0' || args.includes('--no-cache');
}

/** The folder entries go in. */
export function cacheFolder(env: NodeJS.ProcessEnv): string {
  if (env.SPRINT_CACHE_DIR) return env.SPRINT_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'sprint');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Caches', 'sprint');
  if (platform() === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'sprint', 'Cache');
  return join(homedir(), '.cache', 'sprint');
}

/** The slot for this run, or null when it must not be cached. `today` is the resolved date. */
export function cacheSlot(args: readonly string[], version: string, today: string, env: NodeJS.ProcessEnv, isTTY: boolean, cwd: string): CacheSlot | null {
  if (cachesOff(args, env) || env.GITHUB_STEP_SUMMARY) return null;
  const [command, ...rest] = args;
  if (!command || !READ_ONLY.has(command)) return null;
  const hash = createHash('sha256');
  const add = (s: string) => hash.update(`${s.length}:${s}`);
  [
    version,
    command,
    today,
    cwd,
    String(isTTY),
    env.NO_COLOR ?? '',
    env.FORCE_COLOR ?? '',
    env.GITHUB_ACTIONS ?? '',
    env.TZ ?? '',
    env.SPRINT_MAX_MB ?? '',
  ].forEach(add);
  let files = 0;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    add(a);
    if (UNCACHEABLE_FLAGS.has(a)) return null;
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) add(rest[++i] ?? '');
      continue;
    }
    const path = resolve(cwd, a);
    try {
      if (!statSync(path).isFile()) return null;
      hash.update(readFileSync(path));
    } catch {
      return null; // a missing file's error message is the program's to print
    }
    files++;
  }
  if (files === 0) return null;
  const key = hash.digest('hex');
  return { key, path: join(cacheFolder(env), `${key}.json`) };
}

/**
 * How many bytes the files and folders named in `args` (after the command) hold, counting a
 * folder's direct entries; what cannot be read counts nothing. For tuning the run to its size.
 */
export function namedBytes(args: readonly string[], cwd: string): number {
  let bytes = 0;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    bytes += sizeOf(resolve(cwd, a), true);
  }
  return bytes;
}

/** A file's size, or with `deep` the sum of a folder's direct entries' sizes; 0 when unreadable. */
function sizeOf(path: string, deep: boolean): number {
  try {
    const stats = statSync(path);
    if (stats.isFile()) return stats.size;
    if (!deep || !stats.isDirectory()) return 0;
    return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name), false), 0);
  } catch {
    return 0;
  }
}

/** The cached result in a slot, or null when there is none or it cannot be trusted. */
export function readCached(slot: CacheSlot): CachedResult | null {
  try {
    const entry = JSON.parse(readFileSync(slot.path, 'utf8')) as Partial<CachedResult> & { key?: string };
    if (entry.key !== slot.key || typeof entry.stdout !== 'string' || typeof entry.stderr !== 'string' || typeof entry.exitCode !== 'number') return null;
    return { stdout: entry.stdout, stderr: entry.stderr, exitCode: entry.exitCode };
  } catch {
    return null;
  }
}

/**
 * The largest output kept: a repeat is worth answering from the cache for ordinary documents, but
 * a 10 MB `--json` of a long history would take as much again to store (and memory to encode) as
 * it saves, and fill the cache folder.
 */
const MAX_CACHED_OUTPUT = 1_000_000;

/** Stores a result atomically; a cache that cannot be written is silently skipped (it is only a cache). */
export function writeCached(slot: CacheSlot, result: CachedResult): void {
  if (result.stdout.length + result.stderr.length > MAX_CACHED_OUTPUT) return;
  try {
    mkdirSync(join(slot.path, '..'), { recursive: true });
    const tmp = `${slot.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key: slot.key, ...result }));
    renameSync(tmp, slot.path);
  } catch {
    // ignore: the next run computes the result again
  }
}
