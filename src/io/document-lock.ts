/**
 * One writer at a time per document. Two `sprint done` runs on the same file, started together,
 * would otherwise both read the old text and the second rename would drop the first change (or the
 * second would fail its changed-on-disk check). Writers hold `<file>.lock` while they re-read,
 * re-plan and write, so concurrent commands take turns and every change lands.
 *
 * proper-lockfile does this well (an atomic mkdir lock, a heartbeat that keeps it fresh, stale
 * locks of crashed processes taken over after `STALE_MS`, release on exit) and works across
 * processes and machines sharing a folder, which an in-process mutex cannot.
 */
import { resolve } from 'node:path';
import { ioError } from '../errors.js';
import { fsReason } from './read-document.js';

/** A lock older than this (its holder died without releasing it) is taken over. */
const STALE_MS = 10_000;

/** Runs `fn` while holding the document's lock (waiting up to ~10 s for another writer to finish). */
export async function withDocumentLock<T>(path: string, cwd: string, fn: () => Promise<T>): Promise<T> {
  const abs = resolve(cwd, path);
  let release: () => Promise<void>;
  try {
    // Loaded here, not at start-up: only writing commands lock, and proper-lockfile brings graceful-fs, which patches fs as it loads.
    const { default: lockfile } = await import('proper-lockfile');
    release = await lockfile.lock(abs, { stale: STALE_MS, realpath: false, retries: { retries: 60, minTimeout: 20, maxTimeout: 250, factor: 1.5 } });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw ioError(`${path} is being written by another sprint command; try again`);
    throw ioError(`cannot lock ${path} for writing: ${fsReason(err)}; nothing was written`);
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}
