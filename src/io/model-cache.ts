/**
 * The model cache: the read model of a document, kept between runs by the status commands
 * (`done`, `start`, `block`, `reopen`) so that the next one on the same bytes starts from it
 * instead of reading the document again. `done --dry-run` keeps the model of the file it read, so
 * the `done` that follows starts from it; a write keeps the model of the text it wrote (the
 * self-check's reading), so `done 4.3` then `done 4.4` reads the file once.
 *
 * An entry is keyed by the SHA-256 of the program build (whose reader and vocabularies made it),
 * the document's name as the model records it, and its exact text; it lives in the cache folder
 * (io/result-cache.ts) as `model-<key>.json`, is written atomically, and is never trusted when it
 * cannot be read or parsed or its stored key differs. `--no-cache` or `SPRINT_CACHE=0` turns it
 * off. A model from the cache gives the same result as one read now
 * (tests/corpus/status-change-routes.test.ts runs every change on both).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sprint } from '../model/schema.js';

/** Where models are kept, and the build that reads them (entries of another build never match). */
export interface ModelStore {
  folder: string;
  build: string;
}

/**
 * Documents larger than this are not kept: a long history's model is several times its text, and
 * those documents are read by `status`, not ticked one task at a time.
 */
const LARGEST_KEPT = 512 * 1024;

/** The entry's key and path for `text` read as `file`. */
function slotOf(store: ModelStore, text: string, file: string): { key: string; path: string } {
  const key = createHash('sha256').update(`${store.build}\0${file}\0`).update(text).digest('hex');
  return { key, path: join(store.folder, `model-${key}.json`) };
}

/** The model an earlier run kept for `text` read as `file`, or null. */
export function cachedModel(store: ModelStore, text: string, file: string): Sprint | null {
  if (text.length > LARGEST_KEPT) return null;
  const { key, path } = slotOf(store, text, file);
  try {
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { key?: unknown; model?: Sprint };
    return entry.key === key && typeof entry.model === 'object' && entry.model !== null ? entry.model : null;
  } catch {
    return null;
  }
}

/** Keeps the model of `text` read as `file` for later runs; a cache that cannot be written is skipped (it is only a cache). */
export function keepModel(store: ModelStore, text: string, file: string, model: Sprint): void {
  if (text.length > LARGEST_KEPT) return;
  const { key, path } = slotOf(store, text, file);
  try {
    mkdirSync(store.folder, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, model }));
    renameSync(tmp, path);
  } catch {
    // ignore: the next run reads the document again
  }
}
