/**
 * Rewriting one table cell without disturbing the table's look. Only the cell's content changes;
 * when the table is padded so its pipes line up (corpus 02's wide story table), the spaces after
 * the content are adjusted so the cell keeps its width (never fewer than one space). A table that
 * is not aligned keeps its spacing exactly as it was.
 */
import type { Edit } from '../edit/edit.js';
import { lineBounds } from './text-lines.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** The edit that puts `content` in the cell whose content spans [start, end). */
export function cellEdit(text: string, start: number, end: number, content: string, label: string): Edit {
  const plain: Edit = { start, end, text: content, expect: text.slice(start, end), label };
  const [lineStart, lineEnd] = lineBounds(text, start);
  const row = text.slice(lineStart, lineEnd);
  const pipe = nextPipe(row, end - lineStart);
  if (pipe < 0) return plain;
  const padEnd = lineStart + pipe;
  const trailing = text.slice(end, padEnd);
  if (!/^ *$/.test(trailing) || !isAligned(text, lineStart, lineEnd)) return plain;
  const slot = displayWidth(text.slice(start, end)) + trailing.length;
  const pad = Math.max(1, slot - displayWidth(content));
  return { start, end: padEnd, text: content + ' '.repeat(pad), expect: text.slice(start, padEnd), label };
}

/** Terminal columns a string takes: wide East Asian characters and emoji count 2, joiners and selectors 0. */
export function displayWidth(s: string): number {
  let width = 0;
  const chars = [...s];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    if (lettersRe`[\p{M}\u200b-\u200f\ufe00-\ufe0f]`.test(ch)) return;
    if (/\p{Emoji_Presentation}/u.test(ch) || (/\p{Extended_Pictographic}/u.test(ch) && chars[i + 1] === '\ufe0f')) width += 2;
    else if (isWide(cp)) width += 2;
    else width += 1;
  });
  return width;
}

/**
 * True when the table is laid out in columns: the row's pipes sit at the same columns as the
 * header's and the delimiter row's (an aligned table pads those too; rows that merely happen to
 * have equal widths do not make a table aligned).
 */
function isAligned(text: string, lineStart: number, lineEnd: number): boolean {
  const mine = pipeColumns(text.slice(lineStart, lineEnd));
  if (mine.length < 2) return false;
  const above: string[] = [];
  for (let s = lineStart; s > 0; ) {
    const [ps, pe] = lineBounds(text, s - 1);
    const line = text.slice(ps, pe);
    if (!/^\s*\|/.test(line)) break;
    above.unshift(line);
    s = ps;
  }
  const [header, delimiter] = above;
  if (header === undefined || delimiter === undefined) return false;
  return sameColumns(pipeColumns(header), mine) && sameColumns(pipeColumns(delimiter), mine);
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Display columns of the unescaped pipes of a table row. */
function pipeColumns(row: string): number[] {
  const out: number[] = [];
  let col = 0;
  let code = false;
  const chars = [...row];
  chars.forEach((ch, i) => {
    if (ch === '`') code = !code;
    if (ch === '|' && !code && chars[i - 1] !== '\\') out.push(col);
    col += displayWidth(ch + (chars[i + 1] === '\ufe0f' ? '\ufe0f' : ''));
  });
  return out;
}

/** Offset in `row` of the first unescaped pipe at or after `from`, or -1. */
function nextPipe(row: string, from: number): number {
  for (let i = from; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') return i;
  return -1;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
