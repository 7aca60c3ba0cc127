/**
 * Which tables are task tables, and what each column means. A table is a task table when its
 * header names a title/ID column together with a status or estimate column, or when it has a
 * status column and nothing marks it as goals, metrics, risks, gates, people, events, files…
 * `<!-- sprint: tasks -->` / `<!-- sprint: ignore -->` before a table override the rule.
 */
import { unitFromHeader } from '../parse/recognize/estimate.js';
import { fold, stripEmoji } from '../parse/recognize/text.js';
import type { FieldName, UnitName, Vocabulary } from '../parse/vocab/index.js';
import { fieldOfLabel } from './fields.js';
import { startsWithWord } from './headings.js';
import { letterPattern } from '../parse/recognize/letter-pattern.js';

/** What a table is and, for task tables, which column holds what. */
export interface TableShape {
  kind: string;
  columns: Partial<Record<FieldName, number>>;
  estimateUnit: UnitName | null;
}

/**
 * Classifies a table from its header cells and, where the header is silent, its first column's
 * cells (`firstColumn`, the visible text of each body row's first cell).
 */
export function classifyTable(header: readonly string[], vocab: Vocabulary, forced: 'tasks' | null, firstColumn: readonly string[] = []): TableShape {
  const names = header.map((h) => fold(stripEmoji(h)));
  const columns: Partial<Record<FieldName, number>> = {};
  names.forEach((n, i) => {
    const f = fieldOfLabel(n, vocab) ?? fuzzyField(n, vocab);
    if (f && columns[f] === undefined) columns[f] = i;
  });
  if (columns.id === undefined && !Object.values(columns).includes(0) && codesOnly(firstColumn, vocab)) columns.id = 0;
  // Rule: "#" or "No." numbers the rows when another column names the ID ("# | ID | Story").
  if (columns.id !== undefined && vocab.rowNumberHeaders.includes(names[columns.id]!)) {
    const named = names.findIndex((n, i) => i !== columns.id && !vocab.rowNumberHeaders.includes(n) && fieldOfLabel(n, vocab) === 'id');
    if (named >= 0) columns.id = named;
  }
  // Rule: of two title columns, the one naming the finest level of work is the title ("User Story |
  // Task": the task); the other groups the rows and is no title.
  const finer = names.findIndex((n, i) => i !== columns.title && vocab.taskLevelTitles.includes(n) && fieldOfLabel(n, vocab) === 'title');
  if (columns.title !== undefined && finer > columns.title && !vocab.taskLevelTitles.includes(names[columns.title]!)) columns.title = finer;
  // A "Sprint" / "Phase" column of a table of sprints identifies its rows.
  if (columns.id === undefined && columns.title === undefined && columns.sprint !== undefined) {
    columns.id = columns.sprint;
    delete columns.sprint;
  }
  const estimateUnit = columns.estimate !== undefined ? unitFromHeader(header[columns.estimate]!, vocab) : null;
  if (forced === 'tasks') {
    if (columns.title === undefined) columns.title = firstFreeColumn(names.length, columns);
    return { kind: 'tasks', columns, estimateUnit };
  }
  const first = names[0] ?? '';
  const hasRemaining = columns.remaining !== undefined || columns.ideal !== undefined;
  if (hasRemaining && (columns.date !== undefined || startsWithWord(first, vocab.logWords.timeline))) {
    return { kind: 'burndown', columns, estimateUnit };
  }
  const figures = (n: string) => n.split(/\s+/).some((w) => vocab.logWords.velocity.includes(w));
  if (startsWithWord(first, vocab.logWords.period) && names.some(figures) && columns.status === undefined) {
    return { kind: 'velocity', columns, estimateUnit };
  }
  for (const { header: h, kind } of vocab.nonTaskTables) if (first === h || first.startsWith(`${h} `)) return { kind, columns, estimateUnit };
  if (names.slice(1).some((n) => vocab.targetHeaders.includes(n))) return { kind: 'metrics', columns, estimateUnit };
  // Rule: a Capacity column lists the team (who has how much time), not work.
  if (columns.capacity !== undefined) return { kind: 'people', columns, estimateUnit };
  const hasTitle = columns.title !== undefined || columns.id !== undefined;
  const hasState = columns.status !== undefined || columns.estimate !== undefined;
  if (hasTitle && hasState) return { kind: 'tasks', columns: withTitle(columns, names.length), estimateUnit };
  if (columns.status !== undefined && names.length >= 2) return { kind: 'tasks', columns: withTitle(columns, names.length), estimateUnit };
  return { kind: 'other', columns, estimateUnit };
}

function withTitle(columns: Partial<Record<FieldName, number>>, n: number): Partial<Record<FieldName, number>> {
  if (columns.title !== undefined) return columns;
  // A Description column says what the row is when no column names its title.
  if (columns.description !== undefined) return { ...columns, title: columns.description };
  return { ...columns, title: firstFreeColumn(n, columns) };
}

function firstFreeColumn(n: number, columns: Partial<Record<FieldName, number>>): number {
  const used = new Set(Object.values(columns));
  for (let i = 0; i < n; i++) if (!used.has(i)) return i;
  return 0;
}

/**
 * A header that is not a field label but names its role by its words: a trailing ID word ("Task
 * ID"), leading words ("Task Description", "% Complete"), or a word stem ("Horas Estimadas").
 * The words are vocabulary (vocab/fields.ts headerWords).
 */
function fuzzyField(n: string, vocab: Vocabulary): FieldName | null {
  const { lead, stems, trail } = vocab.headerWords;
  const words = n.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  for (const [field, ends] of Object.entries(trail)) if (words.length > 1 && ends.includes(last)) return field as FieldName;
  for (const [field, starts] of Object.entries(lead)) if (startsWithWord(n, starts)) return field as FieldName;
  for (const [field, prefixes] of Object.entries(stems)) if (words.some((w) => prefixes.some((p) => w.startsWith(p)))) return field as FieldName;
  return null;
}

/** A code that identifies a row: "1", "#12", "2.1", "OPT-1", "US12", "T-003". */
const ROW_CODE = letterPattern(String.raw`^(?:#?\d{1,4}(?:\.\d{1,3})*|[\p{L}]{1,6}[-_]?\d{1,4}(?:\.\d{1,3})*)$`, 'u');

/**
 * Rule: a first column whose header names no role ("OPT", "Ref", "N") and whose every cell, summary
 * rows and blanks aside, is a short code identifies the rows: it is the ID column.
 */
function codesOnly(cells: readonly string[], vocab: Vocabulary): boolean {
  const body = cells.map((c) => c.replace(/[*_`]/g, '').trim()).filter((c) => c !== '' && !vocab.summaryRowWords.includes(fold(c)));
  return body.length >= 2 && body.every((c) => ROW_CODE.test(c));
}
