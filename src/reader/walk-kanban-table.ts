/**
 * Kanban tables: `| To Do | In Progress | Done |` with one card per cell. Rule: a table whose
 * every header cell (two or more) is exactly a status phrase of the vocabulary is a board; each
 * non-empty cell is a work item with its column's status, and its status site is the card itself
 * (kind `lane`), so `done` moves it into the done column instead of rewriting a word.
 */
import type { TableBlock } from '../parse/outline.js';
import { fold, isBlankish, normalizeForMatch, stripEmoji } from '../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../parse/vocab/index.js';
import type { Lane } from '../model/schema.js';
import { newDraft } from './draft.js';
import { cleanTitle, currentDate, headingPath, type WalkContext } from './walk-context.js';

/** The status a lane's title names when the whole title is one status phrase ("Doing", "✅ Done"), else null. */
export function laneStatus(title: string, vocab: Vocabulary): StatusName | null {
  const t = fold(stripEmoji(title))
    .replace(/[:：]$/, '')
    .trim();
  return vocab.statusPhrases.find((p) => p.phrase === t)?.status ?? null;
}

/** Each column's status when the header is a board's, else null. */
export function kanbanColumns(header: readonly string[], vocab: Vocabulary): StatusName[] | null {
  if (header.length < 2) return null;
  const statuses = header.map((h) => laneStatus(h, vocab));
  return statuses.every((s): s is StatusName => s !== null) ? statuses : null;
}

/** Reads the cards of a kanban table (recorded as table `tableIndex`) and its lanes. */
export function readKanbanTable(ctx: WalkContext, t: TableBlock, statuses: readonly StatusName[], tableIndex: number): Lane[] {
  for (const row of t.rows) {
    row.cells.forEach((cell, column) => {
      const title = cleanTitle(normalizeForMatch(cell.plain));
      const status = statuses[column];
      if (!status || isBlankish(title, ctx.vocab.placeholders)) return;
      const span = { start: cell.start, end: cell.end, line: row.span.line, column: row.span.column + (cell.start - row.span.start) };
      const d = newDraft('table-row', span, title, headingPath(ctx));
      d.table = tableIndex;
      d.date = currentDate(ctx);
      d.status = status;
      d.statusRaw = t.header.cells[column]!.plain;
      d.site = { kind: 'lane', start: cell.start, end: cell.end, raw: cell.raw };
      ctx.out.drafts.push(d);
    });
  }
  return statuses.map((status, column) => ({
    title: t.header.cells[column]!.plain,
    status,
    line: t.span.line,
    table: tableIndex,
    column,
    insertAt: null,
  }));
}
