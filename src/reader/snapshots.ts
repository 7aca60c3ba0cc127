/**
 * The dated measurements of progress a document records about itself, read into
 * `Sprint.snapshots`: "Completed: 7/75 points" lines in dated day sections, burn-down tables
 * (`Date | Remaining Points`, `Day | Date | Ideal Remaining | Actual Remaining`) and day logs in
 * code blocks (`Day | Planned | Actual | Δ` with `D1-2 | 14h | 14h`). Tables and code inside
 * generated blocks (`<!-- sprint:burndown -->`) are the program's own output and are skipped.
 * Task completion dates are not read here: what a done task is worth is a metrics question.
 */
import { addDays } from '../parse/calendar.js';
import { findGeneratedRegions, isInsideGeneratedRegion } from '../parse/generated-markers.js';
import type { Block, SourceLine } from '../parse/outline.js';
import { findEstimate, unitFromHeader } from '../parse/recognize/estimate.js';
import { fold, isBlankish, normalizeForMatch, stripEmoji } from '../parse/recognize/text.js';
import { startsWithWord } from './headings.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Diagnostic, Metadata, Section, Snapshot, Table } from '../model/schema.js';
import { fieldOfLabel, parseFieldLine } from './fields.js';
import { letterPattern, lettersRe, lettersReWith } from '../parse/recognize/letter-pattern.js';

/** What reading snapshots needs from the rest of the build. */
export interface SnapshotSources {
  text: string;
  file: string;
  lineStarts: readonly number[];
  /** The outline's top-level blocks (field lines are read with their phrasing). */
  blocks: readonly Block[];
  sections: readonly Section[];
  tables: readonly Table[];
  codeBlocks: ReadonlyArray<{ lines: SourceLine[]; section: string | null }>;
  metadata: Metadata;
  vocab: Vocabulary;
  /** Dates a cell or heading text with the document's year and order. */
  dateOf: (text: string) => string | null;
}

/** A snapshot's unit: one of the model's effort units, or a count of tasks. */
type SnapshotUnit = Snapshot['unit'];

/** Reads every dated progress measurement the document writes down, in document order. */
export function readSnapshots(src: SnapshotSources): { snapshots: Snapshot[]; diagnostics: Diagnostic[] } {
  const regions = findGeneratedRegions(src.text);
  const outside = (line: number) => !isInsideGeneratedRegion(regions, line);
  const diagnostics: Diagnostic[] = [];
  const snapshots = [
    ...daySectionSnapshots(src, outside),
    ...src.tables.filter((t) => t.kind === 'burndown' && outside(t.line)).flatMap((t) => burndownTableSnapshots(t, src, diagnostics)),
    ...src.codeBlocks.filter((c) => c.lines[0] !== undefined && outside(c.lines[0].line)).flatMap((c) => codeLogSnapshots(c.lines, src)),
  ];
  return { snapshots: snapshots.sort((a, b) => a.line - b.line), diagnostics };
}

// ------------------------------------------------------------------------------ day sections

const FRACTION_RE = letterPattern(String.raw`(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)(?:\s*([\p{L}]+(?:\s+points?)?))?`, 'u');

/** "Completed: 7/75 points" (or "Overall Progress: 0% (0/22 tasks complete)") in a dated day section. */
function daySectionSnapshots(src: SnapshotSources, outside: (line: number) => boolean): Snapshot[] {
  const out: Snapshot[] = [];
  const days = src.sections.filter((s) => s.role === 'day' && s.date !== null);
  days.forEach((day, k) => {
    // The day's own body: nested day sections report for their own dates. Days are in document
    // order, so the first nested one, if any, is the next day.
    const next = days[k + 1];
    const stop = next && next.span.start < day.end ? next.span.start : day.end;
    for (const line of linesBetween(src, day.span.end, stop)) {
      if (!outside(line.line)) continue;
      const f = parseFieldLine(line, src.vocab);
      if (!f || !isCompletionLabel(f.label, src.vocab)) continue;
      const m = FRACTION_RE.exec(normalizeForMatch(f.plain));
      if (!m) continue;
      const done = toNumber(m[1]!);
      const total = toNumber(m[2]!);
      if (done > total || total === 0) continue;
      out.push({
        date: day.date,
        label: day.title,
        done,
        remaining: tidy(total - done),
        total,
        unit: unitOfWord(m[3] ?? '', src),
        source: 'day-section',
        line: line.line,
      });
      break;
    }
  });
  return out;
}

/** "Completed", "Progress", "Overall Progress", "Story Points Completed": labels of a cumulative count. */
function isCompletionLabel(label: string, vocab: Vocabulary): boolean {
  const field = fieldOfLabel(label, vocab);
  if (field === 'completed' || field === 'progress') return true;
  const words = fold(stripEmoji(label));
  return vocab.logWords.completion.includes(words.split(/\s+/).at(-1) ?? '');
}

// ------------------------------------------------------------------------------ burn-down tables

/** One snapshot per dated row of a burn-down table that has an actual remaining value. */
function burndownTableSnapshots(table: Table, src: SnapshotSources, diagnostics: Diagnostic[]): Snapshot[] {
  const fields = table.header.map((h) => fieldOfLabel(fold(stripEmoji(h)), src.vocab));
  const remainingCol = fields.indexOf('remaining');
  if (remainingCol < 0) return [];
  const dateCol = Math.max(0, fields.indexOf('date'));
  const dayCol = startsWithWord(fold(table.header[0] ?? ''), src.vocab.dayWords) ? 0 : -1;
  const headerUnit = unitFromHeader(table.header[remainingCol] ?? '', src.vocab);
  const out: Snapshot[] = [];
  let undated = 0;
  table.rows.forEach((row, i) => {
    const value = numberIn(row[remainingCol] ?? '', src);
    if (value === null) return;
    const label = row[dateCol] ?? row[0] ?? '';
    const date =
      src.dateOf(row[dateCol] ?? '') ??
      (dayCol >= 0 ? dayNumberDate(bareDay(row[dayCol] ?? ''), src.metadata, src.vocab) : null) ??
      dayNumberDate(label, src.metadata, src.vocab);
    if (date === null) undated++;
    out.push({
      date,
      label,
      done: null,
      remaining: value.value,
      total: null,
      unit: value.unit ?? headerUnit ?? documentUnit(src),
      source: 'burndown-table',
      line: table.line + 2 + i,
    });
  });
  if (undated > 0) {
    diagnostics.push({
      file: src.file,
      line: table.line,
      column: 1,
      severity: 'info',
      code: 'undated-burndown',
      message: `${undated} burn-down row(s) could not be dated (write the year, or the sprint's start date, in the document)`,
    });
  }
  return out;
}

// ------------------------------------------------------------------------------ code-block logs

/**
 * A `Day | Planned | Actual` log in a code block. Values are cumulative; a row still "in
 * progress" or without an actual value is not a measurement. "D1-2" is dated to its last day,
 * counted from the sprint start.
 */
function codeLogSnapshots(lines: readonly SourceLine[], src: SnapshotSources): Snapshot[] {
  const cells = (l: SourceLine) =>
    l.text
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((c) => c.trim());
  const headerAt = lines.findIndex((l) => l.text.includes('|'));
  if (headerAt < 0) return [];
  const header = cells(lines[headerAt]!).map((h) => fold(stripEmoji(h)));
  const words = src.vocab.logWords;
  if (!startsWithWord(header[0] ?? '', words.timeline)) return [];
  const col = (lead: readonly string[]) => header.findIndex((h) => startsWithWord(h, lead));
  const actualCol = col(words.actual);
  const remainingCol = header.findIndex((h) => fieldOfLabel(h, src.vocab) === 'remaining');
  const plannedCol = col(words.planned);
  if (actualCol < 0 && remainingCol < 0) return [];
  const rows = lines
    .slice(headerAt + 1)
    .filter((l) => l.text.includes('|') && !/^[\s|:-]+$/.test(l.text))
    .map((l) => ({ line: l, cells: cells(l) }));
  const planned = plannedCol >= 0 ? rows.map((r) => numberIn(r.cells[plannedCol] ?? '', src)?.value ?? 0) : [];
  const capacity = src.metadata.capacity ?? src.metadata.declaredTotal;
  const total = planned.length > 0 && Math.max(...planned) > 0 ? Math.max(...planned) : (capacity?.value ?? null);
  const out: Snapshot[] = [];
  for (const { line, cells: row } of rows) {
    if (row.some((c) => /\b(in progress|ongoing|wip|current|en curso|в работе)\b/i.test(c))) continue;
    const label = row[0] ?? '';
    const date = src.dateOf(label) ?? dayNumberDate(label, src.metadata, src.vocab);
    const actual = actualCol >= 0 ? numberIn(row[actualCol] ?? '', src) : null;
    const remaining = remainingCol >= 0 ? numberIn(row[remainingCol] ?? '', src) : null;
    if (!actual && !remaining) continue;
    const done = actual?.value ?? (total !== null && remaining ? tidy(total - remaining.value) : null);
    out.push({
      date,
      label,
      done,
      remaining: remaining?.value ?? (total !== null && done !== null ? tidy(total - done) : null),
      total,
      unit: actual?.unit ?? remaining?.unit ?? documentUnit(src),
      source: 'code-log',
      line: line.line,
    });
  }
  return out;
}

// ------------------------------------------------------------------------------ helpers

/** The date of "Day 3", "D1-2" (its last day) or "Día 4" counted from the sprint start. */
function dayNumberDate(label: string, metadata: Metadata, vocab: Vocabulary): string | null {
  if (!metadata.start) return null;
  const m = dayLabelPattern(vocab).exec(fold(label));
  if (!m) return null;
  const n = Number(m[2] ?? m[1]);
  return n >= 1 && n <= 366 ? addDays(metadata.start, n - 1) : null;
}

/** A Day column's cell: "3" is day 3, as is "Day 3". */
function bareDay(cell: string): string {
  return /^\s*\d/.test(cell) ? `day ${cell}` : cell;
}

const DAY_LABEL = new WeakMap<Vocabulary, RegExp>();

/** "Day 3", "D1-2", "Día 4" at the start of a label, from the vocabulary's day label words (longest first). */
export function dayLabelPattern(vocab: Vocabulary): RegExp {
  let re = DAY_LABEL.get(vocab);
  if (!re) {
    const words = [...vocab.dayLabelWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`^\\s*(?:${words.join('|')})\\s*(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?(?!\\d)`, 'u');
    DAY_LABEL.set(vocab, re);
  }
  return re;
}

/** A number with an optional unit ("13", "14h", "2.5 points"); null for "-", "TBD", text. */
function numberIn(cell: string, src: SnapshotSources): { value: number; unit: SnapshotUnit | null } | null {
  const text = normalizeForMatch(cell);
  if (isBlankish(text, src.vocab.placeholders)) return null;
  const est = findEstimate(text, src.vocab);
  if (est && est.index === 0) return { value: est.value, unit: est.unit };
  const m = lettersReWith('iu')`^~?\s*(\d+(?:[.,]\d+)?)(?:\s*(tasks?|stories|items|tareas|задач\p{L}*))?\s*$`.exec(text);
  if (!m) return null;
  return { value: toNumber(m[1]!), unit: m[2] ? 'tasks' : null };
}

/** The unit a word after a fraction names ("points", "hours", "tasks"); the document's unit otherwise. */
function unitOfWord(word: string, src: SnapshotSources): SnapshotUnit {
  const w = fold(word);
  if (lettersRe`^(tasks?|stories|story|items?|tareas?|задач\p{L}*|issues?)$`.test(w)) return 'tasks';
  const est = w ? findEstimate(`1 ${w}`, src.vocab) : null;
  return est?.unit ?? documentUnit(src);
}

/** The document's own unit, else a count of tasks. */
function documentUnit(src: SnapshotSources): SnapshotUnit {
  return src.metadata.declaredTotal?.unit ?? src.metadata.unit ?? src.metadata.capacity?.unit ?? 'tasks';
}

/** The prose lines (paragraphs, list items, block quotes; not code) whose start lies in [from, to), with their phrasing. */
function linesBetween(src: SnapshotSources, from: number, to: number): SourceLine[] {
  const out: SourceLine[] = [];
  const take = (b: Block): void => {
    if (b.span.end <= from || b.span.start >= to) return;
    if (b.kind === 'paragraph') out.push(...b.lines.filter((l) => l.start >= from && l.start < to));
    else if (b.kind === 'blockquote') b.children.forEach(take);
    else if (b.kind === 'list')
      for (const item of b.items) {
        out.push(...item.lines.filter((l) => l.start >= from && l.start < to));
        item.children.forEach(take);
      }
  };
  // Top-level blocks are in document order and do not overlap: start at the first one that ends
  // after `from` (binary search), so a history of many day sections costs linear time, not quadratic.
  const blocks = src.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.span.end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < blocks.length && blocks[i]!.span.start < to; i++) take(blocks[i]!);
  return out;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}
