/**
 * Long tables and lists are parsed in pieces (parse/long-blocks.ts); the pieces change nothing:
 * the outline of every fixture, seed and corpus document is identical whether a table or list is
 * parsed whole or two rows at a time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLongBlocks } from '../../src/parse/long-blocks.js';
import { parseOutline } from '../../src/parse/markdown.js';
import { documentPaths } from '../helpers/documents.js';

const files = documentPaths({ seeds: true });

describe('long tables and lists in pieces', () => {
  it('cuts a long table between rows and a long list before a top-level item', () => {
    const table = `| A | B |\n|---|---|\n${Array.from({ length: 5 }, (_, i) => `| ${i} | x |`).join('\n')}\n`;
    expect(splitLongBlocks(table, 0, table.length, 2, 2).map((p) => p.continues)).toEqual([null, 'table', 'table']);
    const list = `${Array.from({ length: 5 }, (_, i) => `- item ${i}\n  more`).join('\n')}\n`;
    expect(splitLongBlocks(list, 0, list.length, 2, 2).map((p) => p.continues)).toEqual([null, 'list', 'list']);
  });

  for (const path of files) {
    it(`gives the same outline, two rows or items at a time: ${path.split('/').at(-1)}`, () => {
      const text = readFileSync(path, 'utf8');
      expect(JSON.stringify(parseOutline(text, { rows: 2, items: 2 }).blocks)).toBe(JSON.stringify(parseOutline(text).blocks));
    });
  }
});
