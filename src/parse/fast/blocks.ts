/**
 * Block structure read as micromark reads it, for the subset of Markdown sprint documents are
 * written in: ATX headings, paragraphs, fenced code, thematic breaks, HTML blocks, GFM tables,
 * lists (nested by indentation, task items) and block quotes. Setext headings, indented code,
 * link reference definitions, lazy continuation lines and other rarities decline (remark reads
 * the section). Every node gets the offsets remark-parse gives it.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { ATX_HEADING, DEFINITION, FENCE, htmlStart, isFenceOpen, listMarker, SETEXT_UNDERLINE, THEMATIC_BREAK } from './block-starts.js';
import { decline } from './decline.js';
import { parseInline } from './inline.js';
import type { ContentLine } from './inline-source.js';
import { contentEnd, indentOf, isBlank, joinLines, type Line } from './lines.js';
import { readList } from './lists.js';
import { position } from './position.js';
import { readQuote } from './quote.js';
import { endsInQuote } from './quote-ends.js';
import { isTableStart, readTable } from './tables.js';

/**
 * Options of one run of blocks: `taskItem` when they are a list item's content (its first
 * paragraph may open with `[ ]`); `inQuote` when they are inside a block quote at any depth.
 */
export interface BlockOptions {
  taskItem?: boolean;
  inQuote?: boolean;
}

/** The blocks of `lines` (the content of the section, a list item or a block quote). */
export function parseBlocks(src: string, lines: readonly Line[], options: BlockOptions = {}): RootContent[] {
  const out: RootContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(src, line)) {
      i++;
      continue;
    }
    // A lazy line can only continue a paragraph; one that would start a block here is not read.
    if (line.lazy) decline('lazy continuation line');
    const indent = indentOf(src, line);
    if (indent >= 4) decline('indented code');
    const at = line.start + indent;
    const text = src.slice(at, line.end);
    const read = readBlock(src, lines, i, at, text, out.length === 0 && options.taskItem === true, options.inQuote === true);
    out.push(read.node);
    i = read.next;
  }
  if (options.inQuote) endsInQuote(src, out, lines);
  return out;
}

/** One block starting at line `i` (content at offset `at`, text `text`): the node and the next line to read. */
function readBlock(
  src: string,
  lines: readonly Line[],
  i: number,
  at: number,
  text: string,
  taskItem: boolean,
  inQuote: boolean,
): { node: RootContent; next: number } {
  const c = text.charCodeAt(0);
  if (c === 35 /* # */) {
    const m = ATX_HEADING.exec(text);
    if (m) return { node: heading(src, lines[i]!, at, m[1]!.length), next: i + 1 };
  }
  if (c === 96 || c === 126) {
    const m = FENCE.exec(text);
    if (m) return fencedCode(src, lines, i, at, m[1]!, m[2]!);
  }
  if ((c === 45 || c === 42 || c === 95) && THEMATIC_BREAK.test(text)) {
    return { node: { type: 'thematicBreak', position: position(at, lines[i]!.end) }, next: i + 1 };
  }
  if (c === 62 /* > */) return readQuote(src, lines, i);
  if (c === 60 /* < */) {
    const kind = htmlStart(text);
    if (kind === 'other') decline('HTML block of kind 3–5');
    if (kind) return htmlBlock(src, lines, i, at, kind);
  }
  const marker = listMarker(text);
  if (marker) return readList(src, lines, i, marker, inQuote);
  if (c === 91 /* [ */ && DEFINITION.test(text)) decline('definition');
  if (isTableStart(src, lines, i)) return readTable(src, lines, i);
  return paragraph(src, lines, i, at, taskItem);
}

function heading(src: string, line: Line, at: number, depth: number): RootContent {
  let cs = at + depth;
  while (cs < line.end && src.charCodeAt(cs) === 32) cs++;
  let ce = contentEnd(src, line);
  // A closing run of `#` (after a space, or the whole content) is not content.
  let k = ce;
  while (k > cs && src.charCodeAt(k - 1) === 35) k--;
  if (k < ce && (k === cs || src.charCodeAt(k - 1) === 32)) {
    ce = k;
    while (ce > cs && src.charCodeAt(ce - 1) === 32) ce--;
  }
  const children = ce > cs ? parseInline(src, [{ start: cs, end: ce }]) : [];
  return { type: 'heading', depth: depth as 1, children, position: position(at, line.end) } as RootContent;
}

function fencedCode(src: string, lines: readonly Line[], i: number, at: number, fence: string, info: string): { node: RootContent; next: number } {
  if (fence[0] === '`' && info.includes('`')) return paragraph(src, lines, i, at, false);
  if (/[\\&]/.test(info)) decline('escape in a fence info string');
  const indent = at - lines[i]!.start;
  const body: Array<{ text: string; end: number }> = [];
  let j = i + 1;
  let end = lines[i]!.end;
  let closed = false;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.lazy) decline('lazy line after code');
    const ind = indentOf(src, line);
    const rest = src.slice(line.start + ind, line.end);
    if (ind < 4 && closesFence(rest, fence)) {
      end = line.end;
      closed = true;
      j++;
      break;
    }
    body.push({ text: src.slice(line.start + Math.min(ind, indent), line.end), end: line.end });
    end = line.end;
  }
  if (!closed) {
    // An unclosed fence runs to the end of its container; trailing blank lines are not part of it there.
    decline('unclosed code fence');
  }
  const words = info.trim().split(/ +/);
  const lang = words[0] ? words[0] : null;
  const meta = words.length > 1 ? info.trim().slice(words[0]!.length).trim() : null;
  return { node: { type: 'code', lang, meta, value: joinLines(src, body), position: position(at, end) }, next: j };
}

/** A closing fence: a run of the opening fence's character, at least as long, then only spaces. */
function closesFence(text: string, fence: string): boolean {
  let k = 0;
  while (text[k] === fence[0]) k++;
  return k >= fence.length && text.slice(k).trim() === '';
}

function htmlBlock(
  src: string,
  lines: readonly Line[],
  i: number,
  at: number,
  kind: 'comment' | 'raw' | 'blank' | 'lone',
): { node: RootContent; next: number } {
  if (kind === 'lone' && i > 0 && !isBlank(src, lines[i - 1]!)) decline('HTML tag line after text');
  const ends = kind === 'comment' ? /-->/ : kind === 'raw' ? /<\/(?:pre|script|style|textarea)>/i : null;
  const parts: Array<{ text: string; end: number }> = [];
  let j = i;
  let end = lines[i]!.end;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.lazy) decline('lazy line after HTML');
    if (!ends && isBlank(src, line)) break;
    parts.push({ text: src.slice(line.start, line.end), end: line.end }); // an HTML block keeps its indentation
    end = line.end;
    if (
      ends &&
      (j === i ? ends.test(src.slice(at + 4, line.end)) || (kind === 'raw' && ends.test(src.slice(at, line.end))) : ends.test(src.slice(line.start, line.end)))
    ) {
      j++;
      break;
    }
  }
  if (ends && j >= lines.length && !ends.test(parts.at(-1)?.text ?? '')) decline('unclosed HTML block');
  return { node: { type: 'html', value: joinLines(src, parts), position: position(lines[i]!.start, end) }, next: j };
}

/**
 * A paragraph from line `i`: it goes on until a blank line or a line that opens a block able to
 * interrupt it. `taskItem` reads a leading `[ ]`/`[x]` as the item's checkbox, outside the paragraph.
 */
function paragraph(src: string, lines: readonly Line[], i: number, at: number, taskItem: boolean): { node: RootContent; next: number } {
  const content: ContentLine[] = [{ start: at, end: lines[i]!.end }];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(src, line) || interrupts(src, lines, j)) break;
    const ind = indentOf(src, line);
    content.push({ start: line.start + ind, end: line.end });
  }
  const check = taskItem && isTaskCheck(src.slice(at, lines[i]!.end), content.length > 1);
  if (check) content[0] = { start: at + 3, end: content[0]!.end };
  const children = parseInline(src, content);
  let start = at;
  if (check) start = afterCheckbox(children, at);
  return { node: { type: 'paragraph', children, position: position(start, lines[j - 1]!.end) } as RootContent, next: j };
}

/**
 * micromark-extension-gfm-task-list-item's check: `[ ]`, `[x]` or `[X]` opening an item's first
 * paragraph, then a space and more text, or the end of the line when the paragraph goes on.
 */
function isTaskCheck(firstLine: string, more: boolean): boolean {
  const m = /^\[[ xX]\]( *)(.?)/.exec(firstLine);
  if (!m) return false;
  return m[2] !== '' ? m[1]!.length > 0 : more;
}

/**
 * mdast-util-gfm-task-list-item's edit of a task item's paragraph: the space after the checkbox
 * leaves the first text node, and the paragraph starts where that text then starts (at the
 * checkbox when the text is gone or the paragraph opens with other markup).
 */
function afterCheckbox(children: PhrasingContent[], checkbox: number): number {
  const head = children[0];
  if (head?.type !== 'text') return checkbox;
  head.value = head.value.slice(1);
  if (head.value.length === 0) {
    children.shift();
    return checkbox;
  }
  head.position!.start.offset! += 1;
  return head.position!.start.offset!;
}

/** True when line `j` ends the paragraph before it by opening a block (a setext underline declines). */
export function interrupts(src: string, lines: readonly Line[], j: number): boolean {
  const line = lines[j]!;
  const ind = indentOf(src, line);
  if (ind >= 4) return false;
  const text = src.slice(line.start + ind, line.end);
  if (SETEXT_UNDERLINE.test(text)) decline('setext heading');
  // micromark-extension-gfm-table: a header row and delimiter row end the paragraph above them.
  if (isTableStart(src, lines, j)) return true;
  const c = text.charCodeAt(0);
  if (c === 35 && ATX_HEADING.test(text)) return true;
  if ((c === 96 || c === 126) && FENCE.test(text)) return isFenceOpen(text);
  if (THEMATIC_BREAK.test(text)) return true;
  if (c === 62) return true;
  if (c === 60) {
    const kind = htmlStart(text);
    if (kind === 'other') decline('HTML block of kind 3–5');
    return kind !== null && kind !== 'lone';
  }
  const marker = listMarker(text);
  return marker !== null && !marker.empty && (!marker.ordered || marker.number === 1);
}
