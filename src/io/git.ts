/**
 * A document's past, read from git, for burn-down charts. We shell out to the `git` binary
 * (argument arrays only, never a shell string) instead of a JS git library: it is what the team
 * already has, it understands every repository layout, and `git cat-file --batch` streams
 * hundreds of historic versions through one process.
 */
// node:fs/promises through `fs.promises`, which Node loads on first use (about 1 ms, with the file
// watchers and readline it brings), so a command that never calls these does not pay for it.
import { promises as fsp } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { SprintError, ioError } from '../errors.js';
import { fsReason } from './read-document.js';

/** One commit that touched a document, as listed by gitFileHistory. */
export interface GitHistoryEntry {
  /** Full commit id. */
  commit: string;
  /** Author date as git prints %aI: ISO 8601 with the author's UTC offset, e.g. 2024-03-01T09:30:00+01:00. */
  authorDate: string;
  /** The document's path at that commit, relative to the repository root with `/`, following renames. */
  path: string;
}

/** One historic version of a document, as returned by gitFileSnapshots. */
export interface GitSnapshot {
  /** Full commit id. */
  commit: string;
  /** Author date as git prints %aI (ISO 8601 with offset). */
  authorDate: string;
  /** The document's path at that commit, relative to the repository root. */
  path: string;
  /** The document's text at that commit (strict UTF-8; a BOM is kept as U+FEFF). */
  text: string;
}

/**
 * The commits that touched `path` (a working-tree path, relative to the process's cwd or
 * absolute), oldest first, following renames (`git log --follow`). Merge commits appear only
 * when they produced a version of the file that neither parent had; commits that deleted the
 * file are left out, so every entry can be shown. Like `git log --follow`, rename tracking is
 * reliable for linear history and best-effort across merges.
 */
export async function gitFileHistory(path: string): Promise<GitHistoryEntry[]> {
  const { dir, exists } = await locate(path);
  const result = await runGit(
    ['log', '--follow', '--cc', '--no-color', '-z', '--format=%x1e%H%x00%aI', '--name-status', '--', basename(resolve(path))],
    dir,
    path,
  );
  if (result.code !== 0) throw await explainLogFailure(path, dir, result.stderr);
  const entries = parseLog(result.stdout.toString('utf8')).reverse();
  if (entries.length === 0) {
    throw ioError(exists ? `${path} has no commits yet` : `cannot read ${path}: no such file`);
  }
  return entries;
}

/**
 * The text of `pathInRepo` at `commit` (`git cat-file blob commit:path`, strictly UTF-8 decoded).
 * `pathInRepo` is relative to the repository root, as in GitHistoryEntry.path (an absolute
 * file-system path is also accepted and converted); `cwd` is any folder inside the repository.
 */
export async function gitShowFile(commit: string, pathInRepo: string, cwd: string): Promise<string> {
  if (commit.startsWith('-') || /\s/.test(commit) || commit === '') {
    throw ioError(`"${commit}" is not a commit name`);
  }
  const dir = await existingDir(cwd);
  let repoPath = pathInRepo;
  if (isAbsolute(pathInRepo)) repoPath = await toRepoRelative(pathInRepo, dir);
  const result = await runGit(['cat-file', 'blob', `${commit}:${repoPath}`], dir, pathInRepo);
  if (result.code !== 0) {
    const top = await runGit(['rev-parse', '--show-toplevel'], dir, pathInRepo);
    if (top.code !== 0) throw notARepo(cwd, top.stderr);
    const known = await runGit(['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], dir, pathInRepo);
    if (known.code !== 0) throw ioError(`${commit} is not a commit in the repository at ${cwd}`);
    throw ioError(`${repoPath} does not exist at commit ${shortId(commit)}`);
  }
  return decodeHistoric(result.stdout, repoPath, commit);
}

/**
 * Every historic version of `path`, oldest first: gitFileHistory plus the contents, fetched
 * with a single `git cat-file --batch` process (two git processes in all, however long the
 * history) instead of one `git show` per commit.
 */
export async function gitFileSnapshots(path: string): Promise<GitSnapshot[]> {
  await refuseShallow(path);
  const history = await gitFileHistory(path);
  const { dir } = await locate(path);
  const wanted = history.filter((h) => !h.path.includes('\n'));
  const blobs = await catFileBatch(
    wanted.map((h) => `${h.commit}:${h.path}`),
    dir,
    path,
  );
  const snapshots: GitSnapshot[] = [];
  wanted.forEach((h, i) => {
    const blob = blobs[i];
    if (!blob) return; // not a file at that commit (e.g. a submodule); nothing to show
    snapshots.push({ ...h, text: decodeHistoric(blob, h.path, h.commit) });
  });
  return snapshots;
}

// ---------------------------------------------------------------------------------------------

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Options that make git's output independent of the user's configuration where it would
 * otherwise leak into what we parse.
 */
const CONFIG_OVERRIDES = ['-c', 'log.showSignature=false', '-c', 'diff.relative=false', '-c', 'core.quotePath=false'];

/**
 * Variables that point git at a particular repository (set, for example, inside git hooks).
 * We always locate the repository from the document's folder, so they are removed.
 */
const REPO_LOCATING_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_PREFIX',
  'GIT_NAMESPACE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of REPO_LOCATING_ENV) delete env[name];
  return env;
}

/** Runs git with an argument array; resolves with its exit code and output, rejects only if git cannot start. */
function runGit(args: string[], cwd: string, subject: string, input?: string): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    // child_process is loaded on the first git call: runs without --git never pay for it.
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn('git', ['--no-pager', '--literal-pathspecs', ...CONFIG_OVERRIDES, ...args], {
      cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined); // git may exit before reading all input; the exit code tells
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') {
        reject(ioError(`git is not installed (or not on PATH); it is needed to read the history of ${subject}`));
      } else {
        reject(ioError(`cannot run git for ${subject}: ${fsReason(e)}`));
      }
    });
    child.on('close', (code, signal) => {
      resolvePromise({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * Fetches many `commit:path` objects through one `git cat-file --batch`. Returns, per spec, the
 * blob's bytes, or null when the spec names nothing or something that is not a file.
 */
async function catFileBatch(specs: string[], cwd: string, subject: string): Promise<Array<Buffer | null>> {
  if (specs.length === 0) return [];
  const result = await runGit(['cat-file', '--batch'], cwd, subject, specs.map((s) => `${s}\n`).join(''));
  if (result.code !== 0) {
    throw ioError(`git cat-file failed while reading the history of ${subject}`, firstLines(result.stderr));
  }
  const out = result.stdout;
  const blobs: Array<Buffer | null> = [];
  let pos = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) throw ioError(`git cat-file gave a truncated answer while reading the history of ${subject}`);
    const header = out.toString('utf8', pos, eol);
    pos = eol + 1;
    // "<oid> <type> <size>" followed by the contents and a newline, or "<spec> missing|ambiguous".
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
    if (!m) {
      blobs.push(null);
      continue;
    }
    const size = Number(m[3]);
    if (pos + size > out.length) throw ioError(`git cat-file gave a truncated answer while reading the history of ${subject}`);
    blobs.push(m[2] === 'blob' ? out.subarray(pos, pos + size) : null);
    pos += size + 1;
  }
  return blobs;
}

/**
 * Parses `git log -z --format=%x1e%H%x00%aI --name-status` output. Fields are NUL-separated;
 * each commit starts with \x1e + id; its date follows; then a status (M, A, R100, or a
 * combined "MM" for a merge) and one path, or two for a rename/copy (old, new).
 */
function parseLog(raw: string): GitHistoryEntry[] {
  const tokens = raw.split('\0');
  const entries: GitHistoryEntry[] = [];
  let i = 0;
  let current: { commit: string; authorDate: string } | null = null;
  while (i < tokens.length) {
    const token = tokens[i]!.replace(/^\n+/, '');
    i++;
    if (token === '') continue;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: git log is asked to separate records with U+001E
    const head = /^\x1e([0-9a-f]{40,64})$/.exec(token);
    if (head) {
      current = { commit: head[1]!, authorDate: tokens[i] ?? '' };
      i++;
      continue;
    }
    if (!current) continue;
    const status = /^([ACDMRTUXB])(\d*)$/.exec(token);
    const combined = /^[ACDMRTUXB]{2,}$/.test(token);
    if (!status && !combined) continue;
    let path: string;
    let deleted: boolean;
    if (status && (status[1] === 'R' || status[1] === 'C')) {
      path = tokens[i + 1] ?? '';
      i += 2;
      deleted = false;
    } else {
      path = tokens[i] ?? '';
      i += 1;
      deleted = combined ? /^D+$/.test(token) : status![1] === 'D';
    }
    if (!deleted && path !== '') entries.push({ commit: current.commit, authorDate: current.authorDate, path });
    current = null; // --follow lists one file per commit
  }
  return entries;
}

function decodeHistoric(bytes: Uint8Array, repoPath: string, commit: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw ioError(`${repoPath} at commit ${shortId(commit)} is not valid UTF-8`);
  }
}

/** Works out why `git log` failed: no repository, no commits, or something else git said. */
async function explainLogFailure(path: string, dir: string, stderr: string): Promise<SprintError> {
  const top = await runGit(['rev-parse', '--show-toplevel'], dir, path);
  if (top.code !== 0) return notARepo(path, top.stderr);
  const head = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], dir, path);
  if (head.code !== 0) return ioError(`${path} has no commits yet`);
  return ioError(`git log failed for ${path}`, firstLines(stderr));
}

function notARepo(subject: string, stderr: string): SprintError {
  if (/dubious ownership/i.test(stderr)) {
    return ioError(`git refuses to read the repository of ${subject}: it is owned by another user`, [
      'see `git config --global --add safe.directory <folder>`',
    ]);
  }
  return ioError(`${subject} is not inside a git repository`);
}

async function toRepoRelative(absPath: string, dir: string): Promise<string> {
  const top = await runGit(['rev-parse', '--show-toplevel'], dir, absPath);
  if (top.code !== 0) throw notARepo(absPath, top.stderr);
  const root = await fsp.realpath(top.stdout.toString('utf8').trim());
  const fileDir = await fsp.realpath(dirname(absPath)).catch(() => dirname(absPath));
  const rel = relative(root, resolve(fileDir, basename(absPath)));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw ioError(`${absPath} is not inside the repository at ${root}`);
  return rel.split(sep).join('/');
}

/**
 * The folder holding `path` (git must run there) and whether `path` exists in the working
 * tree; a deleted file may still have a history, but a folder has none we can chart.
 */
async function locate(path: string): Promise<{ dir: string; exists: boolean }> {
  const abs = resolve(path);
  let exists = false;
  try {
    if ((await fsp.stat(abs)).isDirectory()) throw ioError(`cannot read the history of ${path}: is a directory`);
    exists = true;
  } catch (err) {
    if (err instanceof SprintError) throw err;
  }
  const dir = dirname(abs);
  try {
    await existingDir(dir);
  } catch {
    throw ioError(`cannot read ${path}: no such file`);
  }
  return { dir, exists };
}

async function existingDir(dir: string): Promise<string> {
  const abs = resolve(dir);
  let isDir: boolean;
  try {
    isDir = (await fsp.stat(abs)).isDirectory();
  } catch (err) {
    throw ioError(`cannot read ${dir}: ${fsReason(err)}`);
  }
  if (!isDir) throw ioError(`${dir} is not a directory`);
  return abs;
}

function shortId(commit: string): string {
  return /^[0-9a-f]{40,64}$/.test(commit) ? commit.slice(0, 12) : commit;
}

function firstLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 3);
}

/**
 * A shallow clone has only the last commits: a burn-down from it would start at the clone's depth,
 * not at the sprint's start. Refused with the fix (CI checkouts are shallow by default).
 */
async function refuseShallow(path: string): Promise<void> {
  const { dir } = await locate(path);
  const r = await runGit(['rev-parse', '--is-shallow-repository'], dir, path);
  if (r.code === 0 && r.stdout.toString('utf8').trim() === 'true') {
    throw ioError(
      `${path} is in a shallow clone, so its history is cut short; fetch all of it (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`,
    );
  }
}
