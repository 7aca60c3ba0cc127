/**
 * Writing a document back: never over someone else's edit, never half a file.
 *
 * We use write-file-atomic (npm's own, used by npm itself for package.json) rather than a
 * hand-rolled temp+rename: it writes a temp file next to the target (same file system, so the
 * rename is atomic), fsyncs it, copies mode and owner, resolves symlinks so the link is kept,
 * serialises concurrent writes to the same path within the process, and removes the temp
 * file if the process dies half-way. A file with several hard links is written in place instead
 * (see writeInPlace), so every name keeps seeing the same file.
 */
// node:fs/promises through `fs.promises`, which Node loads on first use (about 1 ms, with the file
// watchers and readline it brings), so a command that never calls these does not pay for it.
import { constants, promises as fsp, type Stats } from 'node:fs';
import { SprintError, conflictError, ioError } from '../errors.js';
import { fsReason, sha256Hex, type LoadedFile } from './read-document.js';

/**
 * Replaces the document's contents with `newText` (UTF-8; a leading U+FEFF is written as a BOM),
 * but only if the file on disk still has exactly the bytes `file` was read from. Keeps the
 * file's current permission bits and owner. Writing text identical to the disk is a no-op.
 * The re-check and the rename are not one atomic step; the window is milliseconds.
 */
export async function writeDocument(file: LoadedFile, newText: string): Promise<void> {
  const path = file.path;
  const next = Buffer.from(newText, 'utf8');

  let stats: Stats;
  let onDisk: Buffer;
  try {
    stats = await fsp.stat(path);
    if (!stats.isFile()) throw conflictError(`${path} changed on disk since it was read; nothing was written`);
    onDisk = await fsp.readFile(path);
  } catch (err) {
    if (err instanceof SprintError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw ioError(`${path} no longer exists; nothing was written`);
    throw ioError(`cannot re-read ${path} before writing: ${fsReason(err)}; nothing was written`);
  }

  if (onDisk.length !== file.bytes || sha256Hex(onDisk) !== file.hash) {
    throw conflictError(`${path} changed on disk since it was read; nothing was written`);
  }
  if (onDisk.equals(next)) return;

  if (!(await isWritable(path, stats))) throw ioError(`${path} is read-only`);

  try {
    if (stats.nlink > 1) await writeInPlace(path, next);
    else await (await atomicWriter())(path, next, { mode: stats.mode & 0o7777, fsync: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EROFS') throw ioError(`${path} is read-only`);
    if (code === 'EACCES' || code === 'EPERM') {
      // The file itself was writable, so it is the folder that refused the temp file or the rename.
      throw ioError(`cannot write ${path}: permission denied (its folder must be writable too); nothing was written`);
    }
    throw ioError(`cannot write ${path}: ${fsReason(err)}; the original file is unchanged`);
  }
}

/**
 * A file with several hard links: a rename would give this name a new inode and leave the other
 * names with the old text, so the bytes are written into the same inode instead. A copy of the old
 * contents is first written atomically beside it (`<file>.sprint-backup`) and removed once the new
 * text is synced, so a crash in between leaves the old text recoverable.
 */
async function writeInPlace(path: string, next: Buffer): Promise<void> {
  const backup = `${path}.sprint-backup`;
  await (await atomicWriter())(backup, await fsp.readFile(path), { fsync: true });
  const handle = await fsp.open(path, 'r+');
  try {
    await handle.write(next, 0, next.length, 0);
    await handle.truncate(next.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rm(backup, { force: true });
}

/**
 * A file with no write bit at all counts as read-only even for root: someone meant it. Otherwise
 * ask the OS (catches ACLs, read-only mounts, files owned by others).
 */
async function isWritable(path: string, stats: Stats): Promise<boolean> {
  if ((stats.mode & 0o222) === 0) return false;
  try {
    await fsp.access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** write-file-atomic, loaded on the first write: read-only commands (most runs) never load it or the graceful-fs it brings. */
async function atomicWriter(): Promise<typeof import('write-file-atomic')> {
  return (await import('write-file-atomic')).default;
}
