/**
 * The reader's fast paths over whole documents: every fixture, seed and corpus document reads to
 * the same model with the text memos and the Latin twins of the Unicode-class patterns on (as
 * `sprint` runs) and off (as `--no-cache` runs for the memos; the originals only for the
 * patterns). With the memos off nothing in the plain reading comes from them.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useLatinTwins } from '../../src/parse/recognize/letter-pattern.js';
import { rememberTexts } from '../../src/parse/recognize/memo.js';
import { buildSprint } from '../../src/reader/index.js';
import { documentPaths } from '../helpers/documents.js';

/** The model of `text` with the fast paths on or off, as JSON. */
function read(text: string, file: string, fast: boolean): string {
  rememberTexts(fast);
  useLatinTwins(fast);
  return JSON.stringify(buildSprint(text, file));
}

describe('fast paths over whole documents', () => {
  afterAll(() => {
    rememberTexts(true);
    useLatinTwins(true);
  });
  const paths = documentPaths({ seeds: true });

  it('has documents to read', () => expect(paths.length).toBeGreaterThan(20));

  for (const path of paths) {
    it(`${basename(path)} reads the same with and without them`, () => {
      const text = readFileSync(path, 'utf8');
      const plain = read(text, path, false);
      expect(read(text, path, true)).toBe(plain);
      // A second fast reading, answered partly from the memos the first one filled.
      expect(read(text, path, true)).toBe(plain);
    });
  }
});
