/**
 * Container ends inside a block quote, where micromark ends lists and quotes later than their last
 * text (found by comparing with remark, over real documents and generated ones): a list or quote
 * followed by another list or quote ends where that one's line starts inside the containers
 * around it (after the `>` and indentation they take), a quote only when no blank line is between;
 * a list followed by blank lines and no container ends after the last of them. A list's last item that ends in a nested list ends there too, and
 * that list; the items' own text keeps its end. Outside block quotes none of this happens.
 */
import type { Blockquote, List, ListItem, RootContent } from 'mdast';
import { isBlank, type Line } from './lines.js';

/** Moves the ends of the lists and quotes among `children` (blocks of `lines`, inside a block quote). */
export function endsInQuote(src: string, children: readonly RootContent[], lines: readonly Line[]): void {
  children.forEach((child, n) => {
    if (child.type === 'list' || child.type === 'blockquote') containerEnd(src, child, children[n + 1], lines);
  });
}

function containerEnd(src: string, node: List | Blockquote, next: RootContent | undefined, lines: readonly Line[]): void {
  if (next?.type === 'list' || next?.type === 'blockquote') {
    const at = next.position!.start.offset!;
    const k = lines.findIndex((l) => l.start <= at && at <= l.end);
    if (k < 0) return;
    if (node.type === 'list') extendTo(node, lines[k]!.start);
    // A quote ends at a blank line; only one right above the next container ends on its line.
    else if (lines[k - 1] && lines[k - 1]!.end === node.position!.end.offset) extendTo(node, lines[k]!.start);
    return;
  }
  if (node.type === 'list') extendOverBlankLines(src, node, lines);
}

function extendOverBlankLines(src: string, list: List, inner: readonly Line[]): void {
  const end = list.position!.end.offset!;
  let k = inner.findIndex((l) => l.end >= end);
  if (k < 0) return;
  const first = k + 1;
  for (k = first; k < inner.length && isBlank(src, inner[k]!); k++);
  if (k > first) extendTo(list, inner[k - 1]!.end);
}

/** Ends `node` at `end`, and with it the list or quote that ends it (through a list's last item). */
function extendTo(node: List | Blockquote, end: number): void {
  node.position!.end.offset = end;
  const holder = node.type === 'list' ? node.children.at(-1) : node;
  const last = holder?.children.at(-1);
  if (holder && (last?.type === 'list' || last?.type === 'blockquote')) {
    extendTo(last, end);
    if (holder !== node) holder.position!.end.offset = end;
  }
}

/** Inside a block quote, blank lines after a list item that ends in a list or quote end that one and the item (as after a whole list). */
export function itemOverBlankLines(item: ListItem, blankEnd: number): void {
  const last = item.children.at(-1);
  if (last?.type !== 'list' && last?.type !== 'blockquote') return;
  extendTo(last, blankEnd);
  item.position!.end.offset = blankEnd;
}
