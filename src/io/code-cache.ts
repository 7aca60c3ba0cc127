/**
 * Loads the bundled program (dist/cli.cjs) with a V8 code cache. Compiling the 2 MB bundle, and
 * then compiling each function the first time it runs, is a large part of a first run; V8 can
 * save the compiled code (`vm.Script#createCachedData`) and take it back on the next start
 * (`cachedData`), checking by itself that it matches the source and the V8 version and flags, and
 * rejecting it otherwise. The cache is written after the run, so it holds the functions the run
 * compiled, not only the top level.
 *
 * The file lives in the result cache's folder (io/result-cache.ts), named by the bundle's hash and
 * the Node version and architecture, so another build or another Node never reads it. It holds
 * the code the runs that wrote it compiled, so a cache written by `sprint --version` would leave
 * `status` compiling its reader on every run (measured: 25 ms more on a 21 KB seed): a list next
 * to it (`.commands`) names the commands it covers, and the first run of any other command writes
 * it again, with that command's code added to what it had. So it is written at most once per
 * command and build, atomically, and a cache that cannot be read or written is silently skipped. `--no-cache` or `SPRINT_CACHE=0` turns it off: the program is
 * then compiled from source, with the same output.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** A loaded program and the means to save its compiled code for the next start. */
export interface LoadedProgram<T> {
  exports: T;
  /** Writes the code cache when it is missing, was rejected, or does not cover this command; call it once the run is over. */
  saveCache: () => void;
}

/** The CommonJS wrapper Node itself puts around a module (Node's `Module.wrap` is not an ESM export). */
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n});';

/**
 * Runs the CommonJS bundle at `path` as Node would, with its code cache in `cacheDir` (null: none);
 * `command` names what this run does (`status`, `done`; empty for `--version`), for the cache's list.
 */
export function loadProgram<T>(path: string, cacheDir: string | null, buildId: string, command = ''): LoadedProgram<T> {
  const cachePath = cacheDir ? join(cacheDir, `program-${buildId}-${process.version}-${process.arch}.v8`) : null;
  const listPath = `${cachePath}.commands`;
  const cachedData = cachePath ? readIfThere(cachePath) : undefined;
  const script = new Script(HEAD + readFileSync(path, 'utf8') + TAIL, { filename: path, ...(cachedData ? { cachedData } : {}) });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as T };
  wrapper.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  const accepted = cachedData !== undefined && script.cachedDataRejected !== true;
  const covered = accepted && cachePath ? (readIfThere(listPath)?.toString('utf8').split('\n') ?? []) : [];
  return {
    exports: module.exports,
    saveCache: () => {
      if (!cachePath || covered.includes(command)) return;
      if (writeAtomically(cachePath, script.createCachedData())) writeAtomically(listPath, Buffer.from([...covered, command].join('\n')));
    },
  };
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function writeAtomically(path: string, data: Buffer): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
    return true;
  } catch {
    return false; // only a cache: the next start compiles from source again
  }
}
