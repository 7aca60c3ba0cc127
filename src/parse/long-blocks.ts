/**
 * Long tables and lists are parsed in pieces, so no single parse holds all of them: micromark and
 * mdast keep every event and node of a parse alive at once, and one 600 KB table costs 700 MB.
 * A table with more than `ROWS_PER_PIECE` body rows is cut between rows, and each later piece is
 * parsed with the table's header and delimiter rows in front (then dropped), so its rows read as
 * rows of the same table; a list with more than `ITEMS_PER_PIECE` top-level items is cut before a
 * top-level item. `markdown.ts` joins the pieces back into one table or list block. The pieces
 * change nothing a reader sees: the outline is the same as from one parse (tests/unit/long-blocks.test.ts).
 */

/** Body rows per table piece. */
export const ROWS_PER_PIECE = 250;
/** Top-level items per list piece. */
export const ITEMS_PER_PIECE = 250;

/** A range of the text to parse on its own; `header` is text to parse in front of it (a table's first two lines). */
export interface Piece {
  start: number;
  end: number;
  /** Text parsed before the piece and then dropped: the header and delimiter rows of the table it continues. */
  header: string;
  /** The piece continues the table or list the previous piece ended with. */
  continues: 'table' | 'list' | null;
}

const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const TOP_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Cuts [start, end) into pieces at long tables and lists (one piece when there are none). */
export function splitLongBlocks(text: string, start: number, end: number, rows = ROWS_PER_PIECE, items = ITEMS_PER_PIECE): Piece[] {
  const lines = linesOf(text, start, end);
  const cuts: Array<{ at: number; header: string; continues: 'table' | 'list' }> = [];
  let inFence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (fence) {
      if (inFence === null) inFence = fence[1]!;
      else if (fence[1]![0] === inFence[0] && fence[1]!.length >= inFence.length) inFence = null;
      continue;
    }
    if (inFence !== null) continue;
    // A table: a row with a pipe, then its delimiter row, then rows with pipes.
    if (line.text.includes('|') && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1]!.text) && (i === 0 || lines[i - 1]!.text.trim() === '')) {
      const header = text.slice(line.start, lines[i + 1]!.next);
      let j = i + 2;
      let count = 0;
      while (j < lines.length && lines[j]!.text.includes('|') && lines[j]!.text.trim() !== '') {
        count++;
        if (count > rows && (count - 1) % rows === 0) cuts.push({ at: lines[j]!.start, header, continues: 'table' });
        j++;
      }
      i = j - 1;
      continue;
    }
    // A list: top-level items at the start of the line, with their indented or blank continuation lines.
    if (TOP_ITEM.test(line.text) && (i === 0 || lines[i - 1]!.text.trim() === '' || !TOP_ITEM.test(lines[i - 1]!.text))) {
      let j = i;
      let count = 0;
      while (j < lines.length) {
        const t = lines[j]!.text;
        if (TOP_ITEM.test(t)) {
          count++;
          if (count > items && (count - 1) % items === 0 && lines[j - 1]!.text.trim() !== '') cuts.push({ at: lines[j]!.start, header: '', continues: 'list' });
        } else if (t.trim() !== '' && !/^[ \t]/.test(t)) break;
        else if (t.trim() === '' && !(j + 1 < lines.length && (TOP_ITEM.test(lines[j + 1]!.text) || /^[ \t]/.test(lines[j + 1]!.text)))) break;
        j++;
      }
      i = Math.max(i, j - 1);
    }
  }
  if (cuts.length === 0) return [{ start, end, header: '', continues: null }];
  const pieces: Piece[] = [];
  let from = start;
  let header = '';
  let continues: Piece['continues'] = null;
  for (const cut of cuts) {
    pieces.push({ start: from, end: cut.at, header, continues });
    from = cut.at;
    header = cut.header;
    continues = cut.continues;
  }
  pieces.push({ start: from, end, header, continues });
  return pieces;
}

function linesOf(text: string, start: number, end: number): Array<{ text: string; start: number; next: number }> {
  const out: Array<{ text: string; start: number; next: number }> = [];
  let pos = start;
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol >= end) eol = end;
    const next = Math.min(end, eol + 1);
    out.push({ text: text.slice(pos, eol).replace(/\r$/, ''), start: pos, next });
    pos = next;
  }
  return out;
}
