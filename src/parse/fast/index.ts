/**
 * The fast Markdown parser: a block scanner and inline reader of our own that gives, for the
 * Markdown sprint documents are written in, the same mdast tree (types, offsets, values, URLs) as
 * unified + remark-parse + remark-gfm, at a fraction of the cost in time and memory. What it does
 * not read it declines, and ../markdown.ts has remark parse that section; tests/unit/fast-parser.test.ts
 * compares the two over every seed, fixture, corpus document and fuzz case.
 */
import type { Root } from 'mdast';
import { parseBlocks } from './blocks.js';
import { Decline } from './decline.js';
import { splitLines } from './lines.js';
import { position } from './position.js';

/** True when `src` holds a tab, a carriage return not before `\n`, or another control character (all left to remark). */
function hasControl(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 32 && c !== 10 && !(c === 13 && src.charCodeAt(i + 1) === 10)) return true;
  }
  return false;
}

/** The mdast tree of `src`, or the construct it holds that the fast parser does not read. */
export function fastParseOrWhy(src: string): Root | string {
  if (hasControl(src)) return 'control character or tab';
  // ../markdown.ts parses from after a byte order mark; remark's offsets around one are its own.
  if (src.charCodeAt(0) === 0xfeff) return 'byte order mark';
  try {
    const children = parseBlocks(src, splitLines(src));
    return { type: 'root', children, position: position(0, src.length) };
  } catch (e) {
    if (e instanceof Decline) return e.construct;
    throw e;
  }
}

/** The mdast tree of `src`, or null when remark must parse it. */
export function fastParse(src: string): Root | null {
  const tree = fastParseOrWhy(src);
  return typeof tree === 'string' ? null : tree;
}
