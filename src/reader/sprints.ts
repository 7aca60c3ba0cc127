/**
 * The sprints a document covers. A sprint is named by a sprint word and a code
 * (`recognizeSprintName`), and the document names it in one of four ways:
 *
 * - a heading ("## Sprint 3: Checkout", "### ⏸️ SPRINT 4", "## スプリント1"): the section is the
 *   sprint, and the work items inside it are its tasks;
 * - a row of a table whose first column names sprints (`| Sprint | Dates | Goal |`): the row gives the
 *   sprint's dates, goal and status, and is not a task;
 * - a list item that names a sprint and then its goal ("- **Sprint #4**: Auth"): not a task either;
 * - a value of a task table's Sprint column: the rows that share it are that sprint's tasks.
 *
 * Places that name the same code are one sprint (a table of sprints above, their sections below).
 * A sprint heading that encloses headings of other sprints is a container, not a sprint, and rows
 * or items inside a sprint's section talk about that sprint, they do not define others. A document
 * that names fewer than two sprints is one sprint: the document itself, with its metadata's dates.
 */
import { positionOf } from '../parse/markdown.js';
import type { Block, Outline } from '../parse/outline.js';
import { parseDateRange, type DateContext } from '../parse/recognize/date.js';
import { findEstimate } from '../parse/recognize/estimate.js';
import { recognizeSprintName, type SprintName } from '../parse/recognize/sprint-name.js';
import { recognizeStatus, type Legend } from '../parse/recognize/status.js';
import { fold, normalizeForMatch, stripEmoji } from '../parse/recognize/text.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Metadata, Section, SprintPart, Table, Task } from '../model/schema.js';
import { fieldOfLabel, type FieldLine } from './fields.js';
import { readMetadata } from './metadata.js';

/** What finding sprints needs from the rest of the reader. */
export interface SprintSources {
  text: string;
  outline: Outline;
  sections: readonly Section[];
  tables: readonly Table[];
  tasks: Task[];
  fields: readonly FieldLine[];
  metadata: Metadata;
  vocab: Vocabulary;
  dates: DateContext;
  legend: Legend;
}

/** The sprints found, and the tasks that were really sprint rows or sprint items (to be dropped). */
export interface SprintReading {
  sprints: SprintPart[];
  /** Lines of table rows and list items that define a sprint: whatever the walk made of them is not a task. */
  sprintLines: ReadonlySet<number>;
}

interface Candidate extends SprintPart {
  code: string;
  /** Lines of the rows that belong to a Sprint-column sprint. */
  rowLines?: Set<number>;
}

/** Finds the document's sprints and assigns every task to its sprint (`task.sprint`). */
export function readSprints(src: SprintSources): SprintReading {
  const headings = headingSprints(src);
  const inside = (offset: number) => headings.some((h) => h.range && offset >= h.range.start && offset < h.range.end);
  const sprintLines = new Set<number>();
  const candidates: Candidate[] = [...headings];
  for (const c of [...tableSprints(src, inside, sprintLines), ...listSprints(src, inside)]) {
    candidates.push(c);
    sprintLines.add(c.line);
  }
  candidates.push(...columnSprints(src));
  const merged = mergeByCode(candidates);
  if (merged.length < 2) {
    for (const t of src.tasks) t.sprint = 0;
    return { sprints: [documentSprint(src, merged[0])], sprintLines };
  }
  assignTasks(src.tasks, merged);
  return { sprints: merged.map(({ rowLines: _rows, ...part }) => part), sprintLines };
}

/**
 * The heading depths at which two or more headings name sprints (a pre-pass of the walk): a section
 * beside them at that depth ("## Hardening Pass" between "## Sprint 4" and "## Sprint 5") is
 * sprint-level too, and its Status field does not make it a work item.
 */
export function sprintHeadingDepths(outline: Outline, vocab: Vocabulary): Set<number> {
  const counts = new Map<number, Set<string>>();
  for (const b of outline.blocks) {
    if (b.kind !== 'heading' || b.depth < 2) continue;
    const name = recognizeSprintName(b.content.plain, vocab);
    if (name?.titled) counts.set(b.depth, (counts.get(b.depth) ?? new Set()).add(name.code));
  }
  return new Set([...counts].filter(([, codes]) => codes.size >= 2).map(([depth]) => depth));
}

/** Heading sprints: each heading naming a sprint, less nested repeats of the same code and containers of other sprints. */
function headingSprints(src: SprintSources): Candidate[] {
  const found: Array<{ section: Section; name: SprintName }> = [];
  for (const section of src.sections) {
    const name = recognizeSprintName(section.title, src.vocab);
    if (name?.titled) found.push({ section, name });
  }
  const within = (a: Section, b: Section) => a.span.start >= b.span.start && a.end <= b.end && a !== b;
  const sprints = found.filter(({ section, name }) => !found.some((o) => within(o.section, section) && o.name.code !== name.code));
  return sprints
    .filter(({ section, name }) => !sprints.some((o) => within(section, o.section) && o.name.code === name.code))
    .map(({ section, name }) => headingCandidate(src, section, name));
}

function headingCandidate(src: SprintSources, section: Section, name: SprintName): Candidate {
  const endLine = positionOf(src.outline.lineStarts, Math.max(section.span.start, section.end - 1)).line;
  const fields = src.fields.filter((f) => f.line > section.span.line && f.line <= endLine);
  const meta = readMetadata(fields, null, src.vocab, src.dates);
  // Dates are read from the heading as written: the title drops arrows and emoji ("27/02 → 05/03").
  const range = parseDateRange(src.text.slice(section.span.start, section.span.end), src.dates);
  return {
    code: name.code,
    title: section.title,
    line: section.span.line,
    start: range?.start ?? meta.start,
    end: range?.end ?? meta.end,
    goal: meta.goal ?? (name.rest || null),
    status: section.status ?? meta.status,
    declaredTotal: meta.declaredTotal ?? declaredEstimate(fields, src.vocab),
    source: 'heading',
    range: { start: section.span.start, end: section.end },
  };
}

/** An estimate field in a sprint's own section ("**Duración estimada:** 2-3 días") is the sprint's declared scope. */
function declaredEstimate(fields: readonly FieldLine[], vocab: Vocabulary): SprintPart['declaredTotal'] {
  for (const f of fields) {
    if (f.field !== 'estimate') continue;
    const e = findEstimate(f.plain, vocab);
    if (e) return { value: e.value, unit: e.unit };
  }
  return null;
}

/**
 * Rows of a table of sprints: its first column names sprints ("Sprint" header, or "Sprint N" in two
 * or more rows) and it has no task-title column. Every row of such a table is about sprints (a range
 * "Sprint 001-029" or "Q1 plan" row too), so none is a task (`rowLines`); rows naming one sprint are sprints.
 */
function tableSprints(src: SprintSources, inside: (offset: number) => boolean, rowLines: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  src.tables.forEach((table) => {
    const title = table.columns.title;
    if (title !== undefined && title !== 0 && fieldOfLabel(table.header[title] ?? '', src.vocab) === 'title') return;
    const headerIsSprint = isSprintWord(table.header[0] ?? '', src.vocab);
    const named = table.rows.map((row) => sprintOfCell(row[0] ?? '', headerIsSprint, src.vocab));
    if (!headerIsSprint && named.filter(Boolean).length < 2) return;
    const first = table.cells[0];
    if (!first || inside(src.outline.lineStarts[first.line - 1] ?? 0)) return;
    table.rows.forEach((row, i) => {
      const name = named[i];
      const at = table.cells[i];
      if (!at) return;
      rowLines.add(at.line);
      if (name) out.push(rowCandidate(src, table, row, name, at.line, headerIsSprint));
    });
  });
  return out;
}

function rowCandidate(src: SprintSources, table: Table, row: readonly string[], name: SprintName, line: number, headerIsSprint: boolean): Candidate {
  const col = (role: string) => (table.columns[role] !== undefined ? (row[table.columns[role]!] ?? null) : null);
  const others = row.slice(1).join(' | ');
  const range = parseDateRange(others, src.dates);
  const statusText = col('status');
  const goal = col('goal') ?? (name.rest || null);
  return {
    code: name.code,
    title: headerIsSprint && /^#?\s*\d/.test(row[0] ?? '') ? `${table.header[0] ?? 'Sprint'} ${name.name}` : name.name,
    line,
    start: range?.start ?? null,
    end: range?.end ?? null,
    goal: goal?.trim() ? goal.trim() : null,
    status: statusText ? (recognizeStatus(statusText, src.vocab, src.legend)?.status ?? null) : null,
    declaredTotal: null,
    source: 'table-row',
    range: null,
  };
}

/** List items that name a sprint and then say what it is for: "- **Sprint #4**: Auth básico". */
function listSprints(src: SprintSources, inside: (offset: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'blockquote') visit(b.children);
      if (b.kind !== 'list') continue;
      for (const item of b.items) {
        const first = item.lines[0];
        if (first && !inside(item.span.start)) {
          const name = namedThenSeparated(first.plain, src.vocab);
          if (name) out.push(itemCandidate(src, name, first.line));
        }
        visit(item.children);
      }
    }
  };
  visit(src.outline.blocks);
  return out;
}

function itemCandidate(src: SprintSources, name: SprintName, line: number): Candidate {
  const range = parseDateRange(name.rest, src.dates);
  const status = recognizeStatus(name.rest, src.vocab, src.legend);
  return {
    code: name.code,
    title: name.name,
    line,
    start: range?.start ?? null,
    end: range?.end ?? null,
    // "Sprint 1: September 15 - October 5 (15 working days)" gives dates, not a goal.
    goal: range ? null : stripEmoji(name.rest) || null,
    status: status?.status ?? null,
    declaredTotal: null,
    source: 'list-item',
    range: null,
  };
}

/** A sprint name followed directly by a colon or a dash ("**Sprint #4**: …"); "Sprint 4 status: …" is a field, not a sprint. */
function namedThenSeparated(plain: string, vocab: Vocabulary): SprintName | null {
  const text = stripEmoji(normalizeForMatch(plain));
  const name = recognizeSprintName(text, vocab);
  if (!name) return null;
  const after = text.slice(text.indexOf(name.name) + name.name.length);
  return /^\s*[:：–—-]\s*\S/u.test(after) ? name : null;
}

/** Task tables with a Sprint column: the rows sharing a value are one sprint's tasks. */
function columnSprints(src: SprintSources): Candidate[] {
  const out: Candidate[] = [];
  for (const table of src.tables) {
    const column = table.columns.sprint;
    if (table.kind !== 'tasks' || column === undefined) continue;
    table.rows.forEach((row, i) => {
      const name = sprintOfCell(row[column] ?? '', true, src.vocab);
      const line = table.cells[i]?.line;
      if (!name || line === undefined) return;
      let c = out.find((o) => o.code === name.code);
      if (!c) {
        c = {
          code: name.code,
          title: /^#?\s*\d/.test(name.name) ? `Sprint ${name.code}` : name.name,
          line,
          start: null,
          end: null,
          goal: null,
          status: null,
          declaredTotal: null,
          source: 'column',
          range: null,
          rowLines: new Set(),
        };
        out.push(c);
      }
      c.rowLines!.add(line);
    });
  }
  return out;
}

/** A cell naming a sprint: "Sprint 3", or a bare code ("3", "#3") under a Sprint header. */
export function sprintOfCell(cell: string, bareCodes: boolean, vocab: Vocabulary): SprintName | null {
  const text = stripEmoji(normalizeForMatch(cell));
  const named = recognizeSprintName(text, vocab);
  if (named) return named;
  const bare = bareCodes ? /^#?\s*(\d{1,4}[A-Za-z]?)\+?$/.exec(text) : null;
  return bare ? { code: bare[1]!.toUpperCase(), name: text, rest: '', titled: true } : null;
}

/** A header cell that is a sprint word ("Sprint", "Iteration", "Спринт"): the column names sprints. */
export function isSprintWord(header: string, vocab: Vocabulary): boolean {
  const h = fold(stripEmoji(header)).replace(/[#:]/g, '').trim();
  return vocab.sprintWords.includes(h);
}

/** One sprint per code, in order of first mention; later mentions fill in what the first left open. */
function mergeByCode(candidates: Candidate[]): Candidate[] {
  const byCode = new Map<string, Candidate>();
  for (const c of [...candidates].sort((a, b) => a.line - b.line)) {
    const seen = byCode.get(c.code);
    if (!seen) {
      byCode.set(c.code, { ...c });
      continue;
    }
    // The sprint's own section names it best: its heading gives the title, place and goal.
    if (c.source === 'heading' && seen.source !== 'heading') {
      seen.title = c.title;
      seen.line = c.line;
      seen.source = 'heading';
      seen.goal = c.goal ?? seen.goal;
      seen.start = c.start ?? seen.start;
      seen.end = c.end ?? seen.end;
    }
    seen.start ??= c.start;
    seen.end ??= c.end;
    seen.goal ??= c.goal;
    seen.status ??= c.status;
    seen.declaredTotal ??= c.declaredTotal;
    seen.range ??= c.range;
    if (c.rowLines) seen.rowLines = new Set([...(seen.rowLines ?? []), ...c.rowLines]);
  }
  return [...byCode.values()].sort((a, b) => a.line - b.line);
}

/** Each task goes to the sprint whose section holds it, or whose Sprint-column rows include it. */
function assignTasks(tasks: Task[], sprints: readonly Candidate[]): void {
  for (const t of tasks) {
    t.sprint = null;
    const index = sprints.findIndex((s) =>
      s.rowLines ? t.occurrences.some((o) => s.rowLines!.has(o.span.line)) : s.range !== null && t.span.start >= s.range.start && t.span.start < s.range.end,
    );
    if (index >= 0) t.sprint = index;
  }
}

/** The document as its one sprint: its metadata's dates and goal, the title of the sprint it names if any. */
function documentSprint(src: SprintSources, only: Candidate | undefined): SprintPart {
  const m = src.metadata;
  return {
    code: only?.code ?? null,
    title: m.title ?? only?.title ?? '',
    line: 1,
    start: m.start ?? only?.start ?? null,
    end: m.end ?? only?.end ?? null,
    goal: m.goal ?? only?.goal ?? null,
    status: m.status ?? only?.status ?? null,
    declaredTotal: m.declaredTotal,
    source: 'document',
    range: { start: 0, end: src.text.length },
  };
}
