/**
 * Block quotes: a run of lines opening with `>` (up to three spaces before it), each without its
 * `>` and one following space, read as blocks of their own. A line without `>` right after the
 * quote's text that opens no block is a lazy continuation line: it continues the paragraph open
 * in the quote, and the quote goes on.
 */
import type { Blockquote, RootContent } from 'mdast';
import { opensBlock } from './block-starts.js';
import { parseBlocks } from './blocks.js';
import { indentOf, isBlank, type Line, lazy } from './lines.js';
import { position } from './position.js';

/** The block quote that starts at line `i`: its node and the line after it. */
export function readQuote(src: string, lines: readonly Line[], i: number): { node: RootContent; next: number } {
  const inner: Line[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const ind = indentOf(src, line);
    if (ind >= 4 || line.lazy || src.charCodeAt(line.start + ind) !== 62) {
      // A line without `>` right after the quote's text continues the paragraph open in it (if one is).
      if (isBlank(src, line) || opensBlock(src, line) || isBlank(src, inner.at(-1)!)) break;
      inner.push(line.lazy ? line : lazy(line));
      continue;
    }
    let start = line.start + ind + 1;
    if (src.charCodeAt(start) === 32) start++;
    inner.push({ start, end: line.end });
  }
  const children = parseBlocks(src, inner, { inQuote: true });
  const first = lines[i]!;
  const node: Blockquote = {
    type: 'blockquote',
    children: children as Blockquote['children'],
    position: position(first.start + indentOf(src, first), lines[j - 1]!.end),
  };
  return { node, next: j };
}
