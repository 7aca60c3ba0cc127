/**
 * Reading a sprint document from disk: bytes in, exact text out, plus what the writer needs to
 * notice that the file changed under us (hash, size, mtime) and to keep its permissions (mode).
 * Every refusal is a SprintError with one human line; raw Node errors never escape.
 */
import { createHash } from 'node:crypto';
// node:fs/promises through `fs.promises`, which Node loads on first use (about 1 ms, with the file
// watchers and readline it brings), so a command that never calls these does not pay for it.
import { closeSync, constants, fstatSync, openSync, promises as fsp, readFileSync, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { SprintError, ioError } from '../errors.js';

/** A document as read from disk; handed back to writeDocument so it can detect concurrent edits. */
export interface LoadedFile {
  /** The path exactly as the caller gave it (used in messages and for the write). */
  path: string;
  /** The decoded text; a UTF-8 BOM is kept as a leading U+FEFF so writing it back is byte-identical. */
  text: string;
  /** Size in bytes of what was read. */
  bytes: number;
  /** sha256 (hex) of the bytes read; the writer refuses if the file on disk no longer matches. */
  hash: string;
  /** Modification time when read (informational; the hash is what decides a conflict). */
  mtimeMs: number;
  /** Permission bits (mode & 0o7777) when read. */
  mode: number;
}

/** How many leading bytes are searched for a NUL byte to decide a file is binary (same as git). */
const BINARY_SNIFF_BYTES = 8 * 1024;

// O_NONBLOCK so opening a FIFO cannot hang the CLI; it is a no-op for regular files.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads and decodes a document, refusing anything that is not a UTF-8 text file. */
export async function readDocument(path: string): Promise<LoadedFile> {
  let handle: FileHandle;
  try {
    handle = await fsp.open(path, OPEN_FLAGS);
  } catch (err) {
    throw readFailure(path, err);
  }
  try {
    const stats = await handle.stat();
    refuseNonRegular(path, stats);
    refuseOversized(path, stats);
    const bytes = await handle.readFile();
    return decodeLoaded(path, bytes, stats);
  } catch (err) {
    throw readFailure(path, err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Synchronous twin of readDocument for the fast `status` path, with identical checks and messages. */
export function readDocumentSync(path: string): LoadedFile {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    throw readFailure(path, err);
  }
  try {
    const stats = fstatSync(fd);
    refuseNonRegular(path, stats);
    refuseOversized(path, stats);
    const bytes = readFileSync(fd);
    return decodeLoaded(path, bytes, stats);
  } catch (err) {
    throw readFailure(path, err);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing useful to do if close fails after a successful read
    }
  }
}

/** sha256 hex of some bytes; shared with the writer so both sides hash the same way. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Turns a Node file-system error code into the short human reason used in every I/O message. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'EBUSY':
      return 'file is busy';
    default:
      return code ? `file system error ${code}` : 'unexpected file system error';
  }
}

function readFailure(path: string, err: unknown): SprintError {
  if (err instanceof SprintError) return err;
  return ioError(`cannot read ${path}: ${fsReason(err)}`);
}

function refuseNonRegular(path: string, stats: Stats): void {
  if (stats.isDirectory()) throw ioError(`cannot read ${path}: is a directory`);
  if (!stats.isFile()) throw ioError(`cannot read ${path}: not a regular file`);
}

/**
 * The largest document read, in MiB: `SPRINT_MAX_MB` sets it (default 5). Why a limit: reading
 * costs about 3 s and 50-80 MB of memory per MiB (measured on generated histories of many
 * sprints: 5 MB took 15 s and 405 MB, 8 MB 25 s and 550 MB), so 5 MiB keeps any one document
 * within a quarter of a minute and about 400 MB; real sprint files are a few hundred KB at most.
 * The size is checked before a byte is read.
 */
export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.SPRINT_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024;
}

const DEFAULT_MAX_MB = 5;

function refuseOversized(path: string, stats: Stats): void {
  const max = maxDocumentBytes();
  if (stats.size <= max) return;
  const mb = (n: number) => `${Number((n / 1024 / 1024).toPrecision(3))} MB`;
  throw ioError(`cannot read ${path}: ${mb(stats.size)} is more than the ${mb(max)} sprint reads (SPRINT_MAX_MB raises the limit)`);
}

function decodeLoaded(path: string, bytes: Buffer, stats: Stats): LoadedFile {
  return {
    path,
    text: decodeUtf8Strict(path, bytes),
    bytes: bytes.length,
    hash: sha256Hex(bytes),
    mtimeMs: stats.mtimeMs,
    mode: stats.mode & 0o7777,
  };
}

// ignoreBOM: true means "do not strip it": the BOM survives as U+FEFF and is written back as-is.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8Strict(path: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw ioError(`cannot read ${path}: is UTF-16 encoded, not UTF-8`);
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) throw ioError(`cannot read ${path}: looks like a binary file`);
  try {
    return strictDecoder.decode(bytes);
  } catch {
    // Only on failure do we pay for a second pass to say where the bad byte is.
    const offset = firstInvalidUtf8Offset(bytes);
    throw ioError(`cannot read ${path}: is not valid UTF-8${offset >= 0 ? ` (byte offset ${offset})` : ''}`);
  }
}

/**
 * Byte offset of the first ill-formed UTF-8 sequence (Unicode Table 3-7: no overlongs, no
 * surrogates, nothing above U+10FFFF), or -1 if the bytes are well-formed.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0;
      if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90;
      if (b0 === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // sequence cut off by the end of the file
    const b1 = bytes[i + 1]!;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = bytes[i + k]!;
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
