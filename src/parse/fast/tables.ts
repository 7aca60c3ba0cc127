/**
 * GFM tables: a header row, a delimiter row with as many cells (`---`, `:--:`), then body rows up
 * to a blank line. Cells are cut at unescaped pipes (inside code spans too, as GFM says); a cell's
 * node runs from its pipe to the next, the last one taking the closing pipe, as micromark's do.
 * A header and delimiter whose cell counts differ, a body line without a pipe and one that opens
 * another block decline.
 */
import type { RootContent, Table, TableCell, TableRow } from 'mdast';
import { decline } from './decline.js';
import { parseInline } from './inline.js';
import { listMarker, opensBlock } from './block-starts.js';
import { contentEnd, indentOf, isBlank, type Line } from './lines.js';
import { position } from './position.js';

const DELIMITER_ROW = /^\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/;

/** True when line `i` is a table's header row: the next line is a delimiter row with a pipe and as many cells (the header needs no pipe). */
export function isTableStart(src: string, lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next || isBlank(src, lines[i]!)) return false;
  const ind = indentOf(src, next);
  if (ind >= 4) return false;
  const text = src.slice(next.start + ind, next.end);
  if (!text.includes('|') || !DELIMITER_ROW.test(text)) return false;
  if (next.lazy) decline('lazy line under a table header');
  if (/^[| ]*$/.test(src.slice(lines[i]!.start, lines[i]!.end))) decline('table header of pipes only');
  // `- |` is a list item before it is a delimiter row.
  const item = listMarker(text);
  if (item && !item.empty) return false;
  if (cellsOf(src, lines[i]!).length !== cellsOf(src, next).length) decline('table header and delimiter row of different widths');
  return true;
}

function lineHasPipe(src: string, line: Line): boolean {
  const k = src.indexOf('|', line.start);
  return k >= 0 && k < line.end;
}

/** The table whose header row is line `i`: the node and the line after it. */
export function readTable(src: string, lines: readonly Line[], i: number): { node: RootContent; next: number } {
  const rows: TableRow[] = [row(src, lines[i]!)];
  let j = i + 2;
  for (; j < lines.length && !isBlank(src, lines[j]!); j++) {
    if (!lineHasPipe(src, lines[j]!) || indentOf(src, lines[j]!) >= 4) decline('table row without a pipe');
    if (opensBlock(src, lines[j]!)) decline('block under a table');
    if (lines[j]!.lazy) decline('lazy line after a table'); // a table takes no lazy lines
    rows.push(row(src, lines[j]!));
  }
  // A table without body rows ends with its delimiter row.
  const end = rows.length > 1 ? rows.at(-1)!.position!.end.offset! : contentEnd(src, lines[i + 1]!);
  const table: Table = { type: 'table', align: [], children: rows, position: position(rows[0]!.position!.start.offset!, end) };
  return { node: table, next: j };
}

function row(src: string, line: Line): TableRow {
  const cells: TableCell[] = cellsOf(src, line).map(([s, e]) => {
    let cs = s;
    if (src.charCodeAt(cs) === 124) cs++;
    while (cs < e && src.charCodeAt(cs) === 32) cs++;
    let ce = e;
    if (ce > cs && src.charCodeAt(ce - 1) === 124 && src.charCodeAt(ce - 2) !== 92) ce--;
    while (ce > cs && src.charCodeAt(ce - 1) === 32) ce--;
    const children = ce > cs ? parseInline(src, [{ start: cs, end: ce }], true) : [];
    return { type: 'tableCell', children, position: position(s, e) } as TableCell;
  });
  // The last cell and the row run to the end of the line, trailing spaces included.
  if (cells.length > 0) cells.at(-1)!.position!.end.offset = line.end;
  return { type: 'tableRow', children: cells, position: position(line.start + indentOf(src, line), line.end) };
}

/** The [start, end) of each cell of a row line: from its pipe (or the row's start) to the next pipe; the last takes the closing pipe. */
function cellsOf(src: string, line: Line): Array<[number, number]> {
  const start = line.start + indentOf(src, line);
  const end = contentEnd(src, line);
  const pipes: number[] = [];
  for (let k = start; k < end; k++) {
    const c = src.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 124) pipes.push(k);
  }
  const bounds = [start, ...pipes.filter((p) => p > start)];
  const cells: Array<[number, number]> = [];
  for (let n = 0; n < bounds.length; n++) {
    const s = bounds[n]!;
    const e = n + 1 < bounds.length ? bounds[n + 1]! : end;
    if (n === bounds.length - 1 && n > 0 && s === end - 1 && src.charCodeAt(s) === 124) {
      cells[cells.length - 1]![1] = end; // the closing pipe belongs to the last cell
      break;
    }
    cells.push([s, e]);
  }
  return cells;
}
