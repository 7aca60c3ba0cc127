/**
 * Block quotes: a run of lines opening with `>` (up to three spaces before it), each without its
 * `>` and one following space, read as blocks of their own. A following line without `>` that
 * would continue the quote's paragraph (a lazy continuation line) declines.
 */
import type { Blockquote, List, RootContent } from 'mdast';
import { ATX_HEADING, FENCE, listMarker, THEMATIC_BREAK } from './block-starts.js';
import { parseBlocks } from './blocks.js';
import { decline } from './decline.js';
import { indentOf, isBlank, type Line } from './lines.js';
import { position } from './position.js';

/** The block quote that starts at line `i`: its node and the line after it. */
export function readQuote(src: string, lines: readonly Line[], i: number): { node: RootContent; next: number } {
  const inner: Line[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const ind = indentOf(src, line);
    if (ind >= 4 || src.charCodeAt(line.start + ind) !== 62) break;
    let start = line.start + ind + 1;
    if (src.charCodeAt(start) === 32) start++;
    inner.push({ start, end: line.end });
  }
  const after = lines[j];
  if (after && !isBlank(src, after) && !opensBlock(src, after)) decline('lazy continuation of a block quote');
  const children = parseBlocks(src, inner);
  for (const child of children) if (child.type === 'list') extendOverBlankLines(src, child, inner);
  const first = lines[i]!;
  const node: Blockquote = {
    type: 'blockquote',
    children: children as Blockquote['children'],
    position: position(first.start + indentOf(src, first), lines[j - 1]!.end),
  };
  return { node, next: j };
}

/**
 * micromark ends a list inside a block quote after the blank quote lines (`>` alone) that follow
 * it, and with it each last item that ends in a nested list, and that list; the items' own text
 * keeps its end.
 */
function extendOverBlankLines(src: string, list: List, inner: readonly Line[]): void {
  const end = list.position!.end.offset!;
  let k = inner.findIndex((l) => l.end >= end);
  if (k < 0) return;
  const first = k + 1;
  for (k = first; k < inner.length && isBlank(src, inner[k]!); k++);
  if (k > first) extendTo(list, inner[k - 1]!.end);
}

function extendTo(list: List, end: number): void {
  list.position!.end.offset = end;
  const item = list.children.at(-1);
  const last = item?.children.at(-1);
  if (item && last?.type === 'list') {
    extendTo(last, end);
    item.position!.end.offset = end;
  }
}

function opensBlock(src: string, line: Line): boolean {
  const ind = indentOf(src, line);
  if (ind >= 4) return false;
  const text = src.slice(line.start + ind, line.end);
  return listMarker(text) !== null || THEMATIC_BREAK.test(text) || ATX_HEADING.test(text) || FENCE.test(text);
}
