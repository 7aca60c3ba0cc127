/**
 * Lists as CommonMark builds them: an item's content is every following line indented at least as
 * far as the item's text (blank lines inside included), read as blocks of its own; items with the
 * same bullet character or ordered delimiter make one list. A line less indented, right after the
 * item's text, that opens no block is a lazy continuation line: it continues the paragraph open in
 * the item. An item whose first line is empty and text five or more spaces after the marker decline.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { type ListMarker, listMarker, opensBlock, THEMATIC_BREAK } from './block-starts.js';
import { parseBlocks } from './blocks.js';
import { decline } from './decline.js';
import { indentOf, isBlank, type Line, lazy, strip } from './lines.js';
import { position } from './position.js';
import { itemOverBlankLines } from './quote-ends.js';

/** The list that starts at line `i` with `first` as its first marker (`inQuote`: inside a block quote); the list node and the line after it. */
export function readList(src: string, lines: readonly Line[], i: number, first: ListMarker, inQuote: boolean): { node: RootContent; next: number } {
  const items: ListItem[] = [];
  let j = i;
  let marker: ListMarker | null = first;
  while (marker) {
    const blanks = j;
    while (isBlank(src, lines[j]!)) j++;
    if (inQuote && j > blanks && items.length > 0) itemOverBlankLines(items.at(-1)!, lines[j - 1]!.end);
    const read = readItem(src, lines, j, marker, inQuote);
    items.push(read.item);
    j = read.next;
    marker = nextMarker(src, lines, j, first.kind);
  }
  const start = items[0]!.position!.start.offset!;
  const end = items.at(-1)!.position!.end.offset!;
  const list: List = {
    type: 'list',
    ordered: first.ordered,
    start: first.ordered ? first.number : null,
    spread: false,
    children: items,
    position: position(start, end),
  };
  return { node: list, next: j };
}

/** The marker of a further item of the same list at line `j` (blank lines skipped), or null when the list ends there. */
function nextMarker(src: string, lines: readonly Line[], j: number, kind: string): ListMarker | null {
  let k = j;
  while (k < lines.length && isBlank(src, lines[k]!)) k++;
  return k < lines.length ? sameKind(src, lines[k]!, kind) : null;
}

function sameKind(src: string, line: Line, kind: string): ListMarker | null {
  const ind = indentOf(src, line);
  if (ind >= 4) return null;
  const text = src.slice(line.start + ind, line.end);
  if (THEMATIC_BREAK.test(text)) return null;
  const m = listMarker(text);
  return m && m.kind === kind ? m : null;
}

/** One item from line `i`: its content lines (indented to its text) read as blocks. */
function readItem(src: string, lines: readonly Line[], i: number, marker: ListMarker, inQuote: boolean): { item: ListItem; next: number } {
  if (marker.empty) decline('list item with an empty first line');
  if (marker.spaces > 4) decline('indented code in a list item');
  const line = lines[i]!;
  const markerAt = line.start + indentOf(src, line);
  const width = markerAt - line.start + marker.width + marker.spaces;
  const content: Line[] = [strip(line, width)];
  let j = i + 1;
  let lastText = i;
  for (; j < lines.length; j++) {
    const next = lines[j]!;
    if (isBlank(src, next)) {
      content.push(strip(next, width));
      continue;
    }
    if (indentOf(src, next) >= width && !next.lazy) {
      content.push(strip(next, width));
      lastText = j;
      continue;
    }
    // Right after the item's text, a line that opens no block continues the paragraph open there (if one is).
    if (lastText === j - 1 && !opensBlock(src, next)) {
      content.push(next.lazy ? next : lazy(next));
      lastText = j;
      continue;
    }
    break;
  }
  const kept = content.slice(0, lastText - i + 1);
  const children = parseBlocks(src, kept, { taskItem: true, inQuote });
  const end = children.length > 0 ? children.at(-1)!.position!.end.offset! : markerAt + marker.width;
  const item: ListItem = { type: 'listItem', spread: false, checked: null, children: children as ListItem['children'], position: position(markerAt, end) };
  return { item, next: lastText + 1 };
}
