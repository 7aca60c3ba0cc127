import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SprintError } from '../../src/errors.js';
import { readDocumentRelativeSync } from '../../src/io/read-relative.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprint-read-relative-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readDocumentRelativeSync', () => {
  it("reads relative to the given folder and keeps the caller's spelling", () => {
    writeFileSync(join(dir, 'a.md'), '# A\n');
    const loaded = readDocumentRelativeSync('a.md', dir);
    expect(loaded.text).toBe('# A\n');
    expect(loaded.path).toBe('a.md');
  });

  it('names the file as spelled in errors', () => {
    writeFileSync(join(dir, 'b.md'), Buffer.from([0x41, 0x00]));
    for (const [file, reason] of [
      ['missing.md', 'no such file'],
      ['b.md', 'binary'],
    ] as const) {
      try {
        readDocumentRelativeSync(file, dir);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(SprintError);
        expect((err as SprintError).message).toContain(`cannot read ${file}: `);
        expect((err as SprintError).message).toContain(reason);
        expect((err as SprintError).message).not.toContain(dir);
      }
    }
  });
});
