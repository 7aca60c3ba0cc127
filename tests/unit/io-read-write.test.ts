import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocument, readDocumentSync, sha256Hex } from '../../src/io/read-document.js';
import { writeDocument } from '../../src/io/write-document.js';
import { failure, failureSync } from '../helpers/expect-failure.js';

const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprint-io-'));
});
afterEach(() => {
  // restore permissions so the temp dir can be removed
  try {
    chmodSync(dir, 0o755);
  } catch {
    // ignore
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('readDocument', () => {
  it('keeps a BOM, CRLF and trailing spaces, and a round trip is byte-identical', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('# Sprint 4  \r\n\r\n- [ ] tâche   \r\n- [x] done\t\r\nno final newline  ', 'utf8'),
    ]);
    const path = join(dir, 'sprint.md');
    writeFileSync(path, bytes);

    const file = await readDocument(path);
    expect(file.text.startsWith('\uFEFF# Sprint 4  \r\n')).toBe(true);
    expect(file.bytes).toBe(bytes.length);
    expect(file.hash).toBe(sha256Hex(bytes));
    expect(file.path).toBe(path);

    await writeDocument(file, file.text);
    expect(readFileSync(path).equals(bytes)).toBe(true);

    // an actual change also keeps everything it did not touch
    await writeDocument(file, file.text.replace('- [ ] tâche', '- [x] tâche'));
    const after = readFileSync(path);
    expect(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(after.toString('utf8')).toBe('\uFEFF# Sprint 4  \r\n\r\n- [x] tâche   \r\n- [x] done\t\r\nno final newline  ');
  });

  it('sync and async variants agree', async () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'hello\n');
    const a = await readDocument(path);
    const b = readDocumentSync(path);
    expect(b).toEqual(a);
  });

  it('refuses a binary file', async () => {
    const path = join(dir, 'image.md');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const err = await failure(readDocument(path));
    expect(err.kind).toBe('io');
    expect(err.message).toBe(`cannot read ${path}: looks like a binary file`);
    expect(failureSync(() => readDocumentSync(path)).message).toBe(err.message);
  });

  it('refuses invalid UTF-8 and says where', async () => {
    const path = join(dir, 'latin1.md');
    writeFileSync(path, Buffer.concat([Buffer.from('caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    const err = await failure(readDocument(path));
    expect(err.message).toBe(`cannot read ${path}: is not valid UTF-8 (byte offset 3)`);
  });

  it('finds the offset of overlong, surrogate and truncated sequences', async () => {
    const cases: Array<[number[], number]> = [
      [[0x61, 0xc0, 0xaf], 1], // overlong '/'
      [[0x61, 0x62, 0xed, 0xa0, 0x80], 2], // UTF-16 surrogate
      [[0xe2, 0x82, 0xac, 0x61, 0xe2, 0x82], 4], // '€a' then a cut-off '€'
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    ];
    for (const [bytes, offset] of cases) {
      const path = join(dir, `bad-${offset}.md`);
      writeFileSync(path, Buffer.from(bytes));
      const err = await failure(readDocument(path));
      expect(err.message).toBe(`cannot read ${path}: is not valid UTF-8 (byte offset ${offset})`);
    }
  });

  it('refuses UTF-16 with a specific message', async () => {
    const path = join(dir, 'utf16.md');
    writeFileSync(path, Buffer.from('\uFEFFhi', 'utf16le'));
    const err = await failure(readDocument(path));
    expect(err.message).toBe(`cannot read ${path}: is UTF-16 encoded, not UTF-8`);
  });

  it('refuses a directory', async () => {
    const path = join(dir, 'docs');
    mkdirSync(path);
    const err = await failure(readDocument(path));
    expect(err.message).toBe(`cannot read ${path}: is a directory`);
    expect(failureSync(() => readDocumentSync(path)).message).toBe(err.message);
  });

  it('refuses a missing file', async () => {
    const path = join(dir, 'nope.md');
    const err = await failure(readDocument(path));
    expect(err.kind).toBe('io');
    expect(err.message).toBe(`cannot read ${path}: no such file`);
    expect(failureSync(() => readDocumentSync(path)).message).toBe(err.message);
  });

  it.skipIf(isRoot)('refuses an unreadable file (permission denied)', async () => {
    const path = join(dir, 'secret.md');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    const err = await failure(readDocument(path));
    expect(err.message).toBe(`cannot read ${path}: permission denied`);
  });

  it('accepts an empty file', async () => {
    const path = join(dir, 'empty.md');
    writeFileSync(path, '');
    const file = await readDocument(path);
    expect(file.text).toBe('');
    expect(file.bytes).toBe(0);
  });
});

describe('writeDocument', () => {
  it('refuses when the file changed on disk and leaves it untouched', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, '- [ ] a\n');
    const file = await readDocument(path);
    writeFileSync(path, '- [ ] a\n- [ ] b (added by a teammate)\n');

    const err = await failure(writeDocument(file, '- [x] a\n'));
    expect(err.kind).toBe('conflict');
    expect(err.message).toBe(`${path} changed on disk since it was read; nothing was written`);
    expect(readFileSync(path, 'utf8')).toBe('- [ ] a\n- [ ] b (added by a teammate)\n');
  });

  it('refuses a same-size change (decided by hash, not size or mtime)', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, '- [ ] a\n');
    const file = await readDocument(path);
    writeFileSync(path, '- [x] a\n');
    const err = await failure(writeDocument(file, '- [ ] A\n'));
    expect(err.kind).toBe('conflict');
    expect(readFileSync(path, 'utf8')).toBe('- [x] a\n');
  });

  it('refuses when the file vanished', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, 'x\n');
    const file = await readDocument(path);
    rmSync(path);
    const err = await failure(writeDocument(file, 'y\n'));
    expect(err.kind).toBe('io');
    expect(err.message).toBe(`${path} no longer exists; nothing was written`);
    expect(readdirSync(dir)).toEqual([]);
  });

  // A file with no write bit is refused even for root (chmod alone does not stop root writing).
  it('refuses a read-only file and leaves it untouched', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, 'x\n');
    chmodSync(path, 0o444);
    const file = await readDocument(path);
    const err = await failure(writeDocument(file, 'y\n'));
    expect(err.kind).toBe('io');
    expect(err.message).toBe(`${path} is read-only`);
    expect(readFileSync(path, 'utf8')).toBe('x\n');
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['sprint.md']);
  });

  // Root ignores directory permissions, so this case can only be observed as a normal user.
  it.skipIf(isRoot)('refuses when the folder is read-only (the atomic rename needs it) and leaves the file', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, 'x\n');
    const file = await readDocument(path);
    chmodSync(dir, 0o555);
    const err = await failure(writeDocument(file, 'y\n'));
    expect(err.kind).toBe('io');
    expect(err.message).toMatch(/^cannot write .*sprint\.md: permission denied/);
    chmodSync(dir, 0o755);
    expect(readFileSync(path, 'utf8')).toBe('x\n');
    expect(readdirSync(dir)).toEqual(['sprint.md']);
  });

  it('writes through a hard link in place, so every name sees the new text', async () => {
    const path = join(dir, 'sprint.md');
    const other = join(dir, 'linked.md');
    writeFileSync(path, 'x\nold tail that is longer\n');
    linkSync(path, other);
    await writeDocument(await readDocument(path), 'y\n');
    expect(readFileSync(path, 'utf8')).toBe('y\n');
    expect(readFileSync(other, 'utf8')).toBe('y\n');
    expect(statSync(path).ino).toBe(statSync(other).ino);
    expect(readdirSync(dir).sort()).toEqual(['linked.md', 'sprint.md']);
  });

  it('keeps the file mode and leaves no temp file behind', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, 'x\n');
    chmodSync(path, 0o640);
    const file = await readDocument(path);
    expect(file.mode).toBe(0o640);
    await writeDocument(file, 'y\n');
    expect(readFileSync(path, 'utf8')).toBe('y\n');
    expect(statSync(path).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['sprint.md']);
  });

  it('writes an executable-bit file back with the same mode', async () => {
    const path = join(dir, 'tasks.md');
    writeFileSync(path, 'x\n');
    chmodSync(path, 0o755);
    const file = await readDocument(path);
    await writeDocument(file, 'z\n');
    expect(statSync(path).mode & 0o7777).toBe(0o755);
  });

  it('does not touch the file when the text is unchanged', async () => {
    const path = join(dir, 'sprint.md');
    writeFileSync(path, 'x\n');
    const file = await readDocument(path);
    const before = statSync(path).ino;
    await writeDocument(file, 'x\n');
    expect(statSync(path).ino).toBe(before);
  });
});
