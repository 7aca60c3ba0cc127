/**
 * Moving a kanban card: on a board the status is the lane, so `done` takes the card out of its
 * lane and puts it into the done lane: a deletion and an insertion on a board's lines (the card's
 * box ticked or unticked with it), or emptying its cell and filling the done column's first empty
 * cell (a new row at the table's end when there is none) on a kanban table. Nothing else moves.
 */
import type { Edit } from '../edit/edit.js';
import type { Lane, Sprint, Status } from '../model/schema.js';
import { cellEdit } from './cell-padding.js';
import { lineBounds } from './text-lines.js';
import type { LanePlace } from './status-places.js';
import { statusWord, type PlaceOutcome } from './status-rewrite.js';

/**
 * Where a card sat in an earlier version (`reopen` from git history): its lane's status, its
 * position there (index among the lane's cards, or row of a table) and its line as written, so
 * moving it back puts back the very bytes.
 */
export interface CardHome {
  status: Status;
  index: number;
  column: number | null;
  /** The card's line (a board) or its row's line (a table) as it was. */
  line: string;
  /** Table cards: the card was the only one on its row. */
  alone: boolean;
}

/** Where the card of task `key` sat in `earlier`, or null when it was not a card there. */
export function cardHome(earlier: { sprint: Sprint; text: string }, key: string): CardHome | null {
  const task = earlier.sprint.tasks.find((t) => t.key === key);
  const o = task?.occurrences.find((x) => x.site?.kind === 'lane');
  if (!task || !o?.site) return null;
  const site = o.site;
  if (o.table === null) {
    const index = laneCards(earlier.sprint, o.statusRaw).filter((s) => s < site.start).length;
    return { status: task.status, index, column: null, line: site.raw, alone: false };
  }
  const rows = earlier.sprint.tables[o.table]?.cells ?? [];
  const index = rows.findIndex((r) => r.spans.some(([st]) => st === site.start));
  const row = rows[index];
  if (!row) return null;
  const column = row.spans.findIndex(([st]) => st === site.start);
  const [ls, le] = lineBounds(earlier.text, site.start);
  const alone = row.spans.every(([st, en], i) => i === column || st === en);
  return { status: task.status, index, column, line: earlier.text.slice(ls, le), alone };
}

/** The start offsets of a board lane's cards (the lane named `title`), in order. */
function laneCards(sprint: Sprint, title: string | null): number[] {
  return sprint.tasks
    .flatMap((t) => t.occurrences)
    .filter((o) => o.site?.kind === 'lane' && o.table === null && o.statusRaw === title)
    .map((o) => o.site!.start)
    .sort((a, b) => a - b);
}

/** The edits that move the card at `place` into the lane of `target` (back to `home` when it is in that lane). */
export function moveCard(place: LanePlace, target: Status, sprint: Sprint, text: string, label: string, home: CardHome | null = null): PlaceOutcome {
  const lanes = sprint.lanes.filter((l) => l.table === place.table);
  const into = lanes.find((l) => l.status === target);
  if (!into) return { ok: false, why: `the board (line ${lanes[0]?.line ?? place.line}) has no lane for ${statusWord(target)}; the card stays where it is` };
  const from = place.table === null ? null : lanes.find((l) => l.column === place.column);
  if (from === into) return { ok: true, change: null };
  const back = home?.status === target ? home : null;
  // New lines take the document's line ending (CRLF where it uses CRLF).
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = place.table === null ? boardEdits(place, into, target, sprint, label, back, eol) : tableEdits(place, into, sprint, text, label, back, eol);
  if (!edits) return { ok: false, why: `no place to put the card in the ${into.title} lane` };
  const [edit, ...extra] = edits;
  return { ok: true, change: { edit: edit!, extra, before: place.laneTitle, after: into.title, line: place.line } };
}

/** A board: the card's lines leave its lane and go after the last card of the other one. */
function boardEdits(place: LanePlace, into: Lane, target: Status, sprint: Sprint, label: string, home: CardHome | null, eol: string): Edit[] | null {
  if (into.insertAt === null) return null;
  if (home) {
    const cards = laneCards(sprint, into.title);
    const at = home.index < cards.length ? cards[home.index]! : into.insertAt;
    return [
      { start: place.start, end: place.end, text: '', expect: place.raw, label },
      { start: at, end: at, text: home.line.endsWith('\n') ? home.line : `${home.line}${eol}`, expect: '', label },
    ];
  }
  let card = place.raw.endsWith('\n') ? place.raw : `${place.raw}${eol}`;
  // The box says done in a done lane and not done elsewhere, as the Kanban plugin keeps it.
  card = card.replace(/^([ \t]*[-*+][ \t]+\[)(.)\]/, (whole, open: string, box: string) => {
    if (target === 'done') return `${open}x]`;
    return box === 'x' || box === 'X' ? `${open} ]` : whole;
  });
  return [
    { start: place.start, end: place.end, text: '', expect: place.raw, label },
    { start: into.insertAt, end: into.insertAt, text: card, expect: '', label },
  ];
}

/** The edit that removes the whole line holding `offset`, its line break included. */
function deleteLine(text: string, offset: number, label: string): Edit {
  const [start, end] = lineBounds(text, offset);
  // The line goes with its own line ending (CRLF or LF); the last line of the file gives up the break before it instead.
  const ending = text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0;
  const before = start >= 2 && text.startsWith('\r\n', start - 2) ? 2 : start >= 1 ? 1 : 0;
  const [s, e] = ending > 0 ? [start, end + ending] : [start - before, end];
  return { start: s, end: e, text: '', expect: text.slice(s, e), label };
}

/** Empties a cell: `| card |` becomes `| |` (an aligned table keeps its padding instead). */
function emptyCell(text: string, start: number, end: number, label: string): Edit {
  const plain = cellEdit(text, start, end, '', label);
  if (plain.text === '' && text[start - 1] === ' ' && text[plain.end] === ' ') return { ...plain, start: start - 1, expect: text.slice(start - 1, plain.end) };
  return plain;
}

/** Writes a card into an empty cell, whose span sits against a pipe on one side: the card gets a space on that side. */
function fillCell(text: string, start: number, end: number, card: string, label: string): Edit {
  return cellEdit(text, start, end, `${text[start - 1] === ' ' ? '' : ' '}${card}${text[end] === ' ' ? '' : ' '}`, label);
}

/** A kanban table: the cell is emptied and the card written in the target column's first empty cell, or a new row. */
function tableEdits(place: LanePlace, into: Lane, sprint: Sprint, text: string, label: string, home: CardHome | null, eol: string): Edit[] | null {
  const table = sprint.tables[place.table!];
  const column = into.column;
  if (!table || column === null) return null;
  const card = text.slice(place.start, place.end);
  const row = table.cells.find((r) => r.spans.some(([s]) => s === place.start));
  const empty = (span: [number, number] | undefined): span is [number, number] => span !== undefined && span[0] === span[1];
  // Where the card goes: back home; else across its own row; else the column's first empty cell; else a new row.
  let dest: Edit | null = null;
  let sameRow = false;
  const homeRow = home && home.column === column ? table.cells[home.index] : undefined;
  if (home && home.column === column && !home.alone && empty(homeRow?.spans[column])) {
    const [s, e] = homeRow!.spans[column]!;
    dest = fillCell(text, s, e, card, label);
    sameRow = homeRow === row;
  } else if (home && home.column === column && home.alone) {
    const at = homeRow ? lineBounds(text, homeRow.spans[0]?.[0] ?? 0)[0] : table.end;
    if (at !== undefined) dest = { start: at, end: at, text: homeRow ? `${home.line}${eol}` : `${eol}${home.line}`, expect: '', label };
  } else if (empty(row?.spans[column])) {
    const [s, e] = row!.spans[column]!;
    dest = fillCell(text, s, e, card, label);
    sameRow = true;
  } else {
    const free = table.cells.find((r) => empty(r.spans[column]));
    if (free) dest = fillCell(text, free.spans[column]![0], free.spans[column]![1], card, label);
    else if (table.end !== undefined) {
      const cells = table.header.map((_, i) => (i === column ? card : ''));
      dest = { start: table.end, end: table.end, text: `${eol}|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`, expect: '', label };
    }
  }
  if (!dest) return null;
  // A row the card leaves empty goes (the inverse of the row a move appended); else the cell is emptied to "| |".
  const rowEmptied = !sameRow && (row?.spans.every(([s, e]) => s === place.start || s === e) ?? false);
  return [rowEmptied ? deleteLine(text, place.start, label) : emptyCell(text, place.start, place.end, label), dest];
}
