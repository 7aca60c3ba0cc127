/**
 * Every place one occurrence of a task writes its status, located in the text: the status part of
 * a table cell or a `**Status:**` value, the character inside `[ ]`, and the markers of a heading
 * or list-item line. Places carry a `container` (the table, the list's section, the heading level)
 * so that a new status can copy what the sibling places already write.
 */
import type { Legend } from '../parse/recognize/status.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Occurrence, Section, Sprint, Status } from '../model/schema.js';
import { sectionAt } from '../model/section-at.js';
import type { Range, StatusParts } from '../parse/recognize/status-parts.js';
import { lineOf } from './text-lines.js';

/** A status written as text: emoji and/or words (a cell, a field value, a heading or list marker). */
export interface TextPlace {
  kind: 'text';
  site: 'cell' | 'field' | 'marker';
  /** Siblings that share a vocabulary: "table:3", "field", "heading:2", "list:12". */
  container: string;
  /** Which part of the line: 'cell', 'field', or a marker slot ('lead', 'trail', 'paren', …). */
  slot: string;
  /** The status parts; both null for a blank cell or a value that is not a status yet. */
  parts: StatusParts;
  /** For cells and fields: the whole content span (a blank cell is filled here). */
  content: Range | null;
  line: number;
}

/** The character inside `- [ ]`. */
export interface CheckboxPlace {
  kind: 'checkbox';
  container: string;
  offset: number;
  char: string;
  line: number;
}

/** A kanban card: its lane is its status, so the card itself is what moves. */
export interface LanePlace {
  kind: 'lane';
  /** The card's span: a cell's content, or a board item's whole line (line ending included). */
  start: number;
  end: number;
  raw: string;
  /** The kanban table (index into Sprint.tables) and column, or null for a board's list lane. */
  table: number | null;
  column: number | null;
  laneTitle: string;
  line: number;
}

/** Any place a status is written. */
export type StatusPlace = TextPlace | CheckboxPlace | LanePlace;

/** What locating places needs: the exact text, the document's sections, and how to read statuses. */
export interface PlaceContext {
  text: string;
  sections: readonly Section[];
  vocab: Vocabulary;
  legend?: Legend;
  /** The document's checkbox meanings (Sprint.checkboxes). */
  checkboxes?: Readonly<Record<string, Status>>;
  /** The document's tables (Sprint.tables), for the columns of kanban cards. */
  tables?: Sprint['tables'];
}

/**
 * The places an occurrence writes its status. An occurrence whose status is inherited or
 * derived (`status === null`) writes none, except a blank status cell of a task table.
 */
export function placesOf(o: Occurrence, ctx: PlaceContext): StatusPlace[] {
  const out: StatusPlace[] = [];
  const line = o.span.line;
  const site = o.site;
  if (site?.kind === 'cell' || site?.kind === 'field') {
    const parts = site.parts ?? { emoji: null, words: null };
    if (site.kind === 'cell' || o.status !== null) {
      out.push({
        kind: 'text',
        site: site.kind,
        container: site.kind === 'cell' ? `table:${o.table ?? -1}` : 'field',
        slot: site.kind,
        parts,
        content: { start: site.start, end: site.end },
        line: lineOf(ctx.text, site.start),
      });
    }
  }
  if (site?.kind === 'lane') {
    out.push({ kind: 'lane', start: site.start, end: site.end, raw: site.raw, table: o.table, column: laneColumn(o, ctx), laneTitle: o.statusRaw ?? '', line });
    return out;
  }
  if (site?.kind === 'checkbox') out.push({ kind: 'checkbox', container: listContainer(o, ctx), offset: site.start, char: site.raw, line });
  // Markers on the occurrence's own line: the only place for list items and headings without a
  // site, and a second place for "- [x] … ✅ (COMPLETE)" and "### Story 4 ✅" with a Status field.
  if (o.status !== null && (o.kind === 'heading' || o.kind === 'list-item')) {
    let tokens = o.markers ?? [];
    // On a checkbox line the box is the status; a marker is rewritten with it only when it carries an
    // emoji ("- [x] … ✅ (COMPLETE)"), not a worded note ("- [ ] … - Aguardando Feb 8").
    if (site?.kind === 'checkbox' && !tokens.some((t) => t.parts.emoji !== null)) tokens = [];
    const depth = o.kind === 'heading' ? (sectionAt(ctx.sections, o.span.start)?.depth ?? 0) : 0;
    for (const token of tokens) {
      out.push({
        kind: 'text',
        site: 'marker',
        container: o.kind === 'heading' ? `heading:${depth}` : listContainer(o, ctx),
        slot: token.slot,
        parts: token.parts,
        content: null,
        line,
      });
    }
  }
  return out;
}

/** The column of a kanban table's card: the cell whose span it is. */
function laneColumn(o: Occurrence, ctx: PlaceContext): number | null {
  const table = o.table === null ? undefined : ctx.tables?.[o.table];
  const row = table?.cells.find((r) => r.line === o.span.line);
  const column = row?.spans.findIndex(([s]) => s === o.site?.start) ?? -1;
  return column >= 0 ? column : null;
}

/** List items of one section share a vocabulary ("- ✅ …" siblings). */
function listContainer(o: Occurrence, ctx: PlaceContext): string {
  return `list:${sectionAt(ctx.sections, o.span.start)?.span.start ?? -1}`;
}
