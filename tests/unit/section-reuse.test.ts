/**
 * Re-reading a document after an edit reuses the parse trees of sections whose text did not change
 * (parse/markdown.ts). The outline must be exactly what a fresh parse gives: for every fixture,
 * seed and corpus document, edited in the middle (a line inserted, which moves every later
 * section, and a character changed inside a section), the outline read after the original equals
 * the outline read with reuse off.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOutline, reuseSectionTrees } from '../../src/parse/markdown.js';
import { documentPaths } from '../helpers/documents.js';

const files = documentPaths({ seeds: true });

/** The offset of the start of the line nearest the middle of the text. */
function middleLine(text: string): number {
  const at = text.indexOf('\n', Math.floor(text.length / 2));
  return at < 0 ? text.length : at + 1;
}

function edits(text: string): string[] {
  const mid = middleLine(text);
  const inserted = `${text.slice(0, mid)}An inserted line with **bold** text.\n\n${text.slice(mid)}`;
  const at = text.slice(mid).search(/[A-Za-z]/);
  const changed = at < 0 ? text : `${text.slice(0, mid + at)}Q${text.slice(mid + at + 1)}`;
  return [inserted, changed];
}

function fresh(text: string): string {
  reuseSectionTrees(false);
  const outline = JSON.stringify(parseOutline(text));
  reuseSectionTrees(true);
  return outline;
}

afterAll(() => reuseSectionTrees(true));

describe('reusing unchanged sections when a document is read again', () => {
  for (const path of files) {
    it(`gives the outline of a fresh parse: ${path.split('/').at(-1)}`, () => {
      const text = readFileSync(path, 'utf8');
      for (const edited of edits(text)) {
        const expected = fresh(edited);
        parseOutline(text);
        expect(JSON.stringify(parseOutline(edited))).toBe(expected);
      }
    });
  }

  it('reuses nothing across a change inside a section', () => {
    const text = '# A\n\nSome *text*.\n\n# B\n\n- [ ] item\n';
    parseOutline(text);
    const edited = text.replace('Some *text*', 'Some **text**');
    expect(JSON.stringify(parseOutline(edited))).toBe(fresh(edited));
  });
});
