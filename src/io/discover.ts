/**
 * Which files a command works on: the documents named on the command line (expandInputs), or,
 * when none are named, the ones found by a fixed, documented rule (discoverDocuments).
 */
// Node's synchronous calls: they answer at once for local folders, and node:fs/promises (about
// 1 ms to load, with the file watchers and readline it brings) is then loaded only by commands
// that write or read history.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { ioError } from '../errors.js';
import { fsReason } from './read-document.js';

/** Folders searched, relative to the working directory, in this order ('' is the folder itself). */
const SEARCH_DIRS = ['', 'docs', 'sprints', 'docs/sprints'] as const;
/** A document's file name must contain one of these (case-insensitive)... */
const NAME_KEYWORDS = ['sprint', 'standup', 'burndown', 'scrum', 'backlog'] as const;
/** ...or be one of these (case-insensitive). */
const EXACT_NAMES = ['state.md', 'tasks.md'] as const;

const MARKDOWN_EXT = /\.(md|markdown)$/i;

/**
 * The documents used when no file is given on the command line. Rule: look (not recursively)
 * in the working directory, then in `docs/`, `sprints/` and `docs/sprints/` under it; take the
 * files ending in `.md` or `.markdown` whose name, ignoring case, contains `sprint`, `standup`,
 * `burndown`, `scrum` or `backlog`, or is `STATE.md` or `tasks.md`. Folders that do not exist
 * are skipped. The result is every match from all four folders, as paths relative to the
 * working directory with `/` separators, sorted by path; [] when nothing matches.
 */
export async function discoverDocuments(cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of SEARCH_DIRS) {
    const abs = dir === '' ? cwd : join(cwd, dir);
    const entries = listDir(abs, dir === '' ? cwd : dir, true);
    for (const entry of entries) {
      if (!isSprintDocumentName(entry.name)) continue;
      if (!isFileEntry(abs, entry)) continue;
      found.push(dir === '' ? entry.name : `${dir}/${entry.name}`);
    }
  }
  return [...new Set(found)].sort(byCodeUnits);
}

/**
 * Turns command-line arguments into document paths. A file argument is kept as given, whatever
 * its extension. A directory argument becomes the `.md`/`.markdown` files directly inside it
 * (not recursive), sorted by name, so `sprint status ../shared/corpus/` works; a directory with
 * none is an error. A missing path is an error. Relative arguments are resolved against `cwd`
 * and returned in the same relative spelling; a file reached twice is listed once.
 */
export async function expandInputs(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (display: string): void => {
    const key = resolve(cwd, display);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(display);
  };

  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (err) {
      throw ioError(`cannot read ${arg}: ${fsReason(err)}`);
    }
    if (!isDir) {
      add(arg);
      continue;
    }
    const names: string[] = [];
    for (const entry of listDir(abs, arg, false)) {
      if (MARKDOWN_EXT.test(entry.name) && isFileEntry(abs, entry)) names.push(entry.name);
    }
    if (names.length === 0) throw ioError(`${arg} contains no .md files`);
    for (const name of names.sort(byCodeUnits)) add(join(arg, name));
  }
  return out;
}

/** True for the file names the discovery rule accepts (see discoverDocuments). */
function isSprintDocumentName(name: string): boolean {
  if (!MARKDOWN_EXT.test(name)) return false;
  const lower = name.toLowerCase();
  if ((EXACT_NAMES as readonly string[]).includes(lower)) return true;
  return NAME_KEYWORDS.some((k) => lower.includes(k));
}

function listDir(abs: string, display: string, missingIsEmpty: boolean): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (missingIsEmpty && (code === 'ENOENT' || code === 'ENOTDIR')) return [];
    throw ioError(`cannot list ${display}: ${fsReason(err)}`);
  }
}

/** Regular files, and symbolic links that point at one (dangling links and folders are skipped). */
function isFileEntry(dir: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isFile();
  } catch {
    return false;
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
