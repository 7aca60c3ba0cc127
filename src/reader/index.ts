/**
 * Builds the model of one document: outline (parse layer) → walk → merge occurrences →
 * hierarchy, statuses, dependencies → metadata and diagnostics. Pure: text in, model out.
 */
import { addDays } from '../parse/calendar.js';
import { parseOutline, positionOf } from '../parse/markdown.js';
import { inferDateOrder, inferYear, parseDate, type DateContext, type DateOrder } from '../parse/recognize/date.js';
import type { Legend } from '../parse/recognize/status.js';
import { firstMojibake } from '../parse/recognize/mojibake.js';
import { defaultVocabulary, type StatusName, type Vocabulary } from '../parse/vocab/index.js';
import type { Diagnostic, Metadata, Section, Sprint, Task } from '../model/schema.js';
import { startsWithWord } from './headings.js';
import { boardLanes } from './board-lanes.js';
import { locateStatusSites } from './status-sites.js';
import { checkboxMeanings, legendMap, readLegend } from './legend.js';
import { readMetadata } from './metadata.js';
import { applyStatedScope } from './stated-scope.js';
import { workFromStandups } from './standup-work.js';
import { mergeDrafts } from './merge.js';
import { fieldOfLabel, parseFieldLine } from './fields.js';
import { readFragments } from './fragments.js';
import { progressPlace } from './progress-place.js';
import { findGeneratedRegions } from '../parse/generated-markers.js';
import { encodingDiagnostics } from './encoding.js';
import { readSnapshots } from './snapshots.js';
import { isSprintWord, readSprints, sprintHeadingDepths, sprintOfCell } from './sprints.js';
import { walkOutline } from './walk.js';
import { idsMentioned } from '../parse/recognize/id.js';
import type { Draft } from './draft.js';
import { findPhrase, fold, isBlankish, normalizeForMatch, stripEmoji } from '../parse/recognize/text.js';
import { ownSprintCode } from '../parse/recognize/sprint-name.js';
import { recognizeStatus } from '../parse/recognize/status.js';
import type { Outline, TableBlock } from '../parse/outline.js';
import { chooseExpressionsFor, lettersRe } from '../parse/recognize/letter-pattern.js';

/** Options for reading a document. */
export interface BuildOptions {
  vocab?: Vocabulary;
}

/**
 * Reads one document's text into the model. Never throws for anything inside the document: should
 * a rule of the reader fail on some input all the same, the document reads as empty with an error
 * diagnostic naming the failure (exit 1), never as the program's internal error.
 */
export function buildSprint(text: string, file: string, options: BuildOptions = {}): Sprint {
  try {
    return readModel(text, file, options);
  } catch (err) {
    return unreadable(text, file, err instanceof Error ? err.message : String(err));
  }
}

/** The model of a document the reader could not read: no tasks, one error diagnostic. */
function unreadable(text: string, file: string, why: string): Sprint {
  const vocab = defaultVocabulary();
  const metadata = readMetadata([], null, vocab, { vocab: vocab.dates });
  return {
    schemaVersion: 1,
    file,
    metadata,
    sections: [],
    tasks: [],
    checklist: [],
    standups: [],
    lanes: [],
    tables: [],
    fragments: [],
    snapshots: [],
    legend: [],
    checkboxes: { ...vocab.checkboxMarkers },
    generatedBlocks: [],
    progressAt: null,
    sprints: [
      {
        code: null,
        title: '',
        line: 1,
        start: null,
        end: null,
        goal: null,
        status: null,
        declaredTotal: null,
        source: 'document',
        range: { start: 0, end: text.length },
      },
    ],
    diagnostics: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'unreadable',
        message: `the document could not be read (${why}); nothing in it was counted — please report this with the file`,
      },
    ],
  };
}

/**
 * What dates in the document are read with: its vocabulary, the year for dates written without
 * one (inferYear) and the order of ambiguous numeric dates (inferDateOrder), each worked out over
 * the whole text the first time a date needs it: a document whose dates all state their year
 * never scans for one, and one without an ambiguous `03/04/2025` never for the order.
 */
function datesOf(text: string, vocab: Vocabulary): DateContext {
  let year: number | null | undefined;
  let order: DateOrder | null | undefined;
  return {
    vocab: vocab.dates,
    get year() {
      if (year === undefined) year = inferYear(text);
      return year ?? undefined;
    },
    get order() {
      if (order === undefined) order = inferDateOrder(text);
      return order ?? undefined;
    },
  };
}

/** The same context, trusting year-less numeric pairs (`16/12`), with the year and order still worked out on demand. */
function withBareSlash(dates: DateContext): DateContext {
  return {
    ...(dates.vocab ? { vocab: dates.vocab } : {}),
    allowBareSlash: true,
    get year() {
      return dates.year;
    },
    get order() {
      return dates.order;
    },
  };
}

function readModel(text: string, file: string, options: BuildOptions): Sprint {
  chooseExpressionsFor(text);
  const outline = parseOutline(text);
  const vocab = withOwnSprintCodes(options.vocab ?? defaultVocabulary(), outline);
  const dates = datesOf(text, vocab);
  const slashDates = withBareSlash(dates);
  const legendEntries = readLegend(outline, vocab);
  const legend: Legend = legendMap(legendEntries);
  const checkboxes = checkboxMeanings(text, legendEntries, vocab);
  const lanes = boardLanes(outline, vocab);
  // Pre-scan metadata so "Day N" headings can be dated from the sprint start.
  const preFields = [];
  for (const b of outline.blocks) {
    const lines =
      b.kind === 'paragraph'
        ? b.lines
        : b.kind === 'list'
          ? b.items.flatMap((i) => i.lines.slice(0, 1))
          : b.kind === 'blockquote'
            ? b.children.flatMap((c) => (c.kind === 'paragraph' ? c.lines : []))
            : [];
    for (const l of lines) {
      const f = parseFieldLine(l, vocab);
      if (f?.field === 'duration' || f?.field === 'start' || f?.field === 'end' || f?.field === 'sprint') preFields.push(f);
    }
  }
  const pre = readMetadata(preFields, null, vocab, dates);
  const dayDate = (n: number): string | null => (pre.start ? addDays(pre.start, n - 1) : null);
  const walk = walkOutline(outline, {
    file,
    vocab,
    legend,
    checkboxes,
    boardLanes: lanes,
    dateOf: (t) => parseDate(t, dates),
    dayDate,
    sprintDepths: sprintHeadingDepths(outline, vocab),
    sprintStatus: sprintRowStatuses(outline, vocab, legend),
  });
  const metadata = readMetadata(walk.metaFields, walk.title, vocab, dates);
  applyStatedScope(metadata, outline.blocks, vocab);
  datesFromDaySections(metadata, walk.sections);
  let merged = mergeDrafts(pruneBareHeadings(walk.drafts), metadata.asOf);
  // A standup log that lists no work of its own: the items its answers name are its work.
  if (merged.tasks.length === 0 && walk.answers.length > 0)
    merged = mergeDrafts(workFromStandups(walk.answers, outline.lineStarts, vocab, legend), metadata.asOf);
  keyByTitle(merged.tasks);
  const { sprints, sprintLines } = readSprints({
    text,
    outline,
    sections: walk.sections,
    tables: walk.tables,
    tasks: merged.tasks,
    fields: walk.metaFields,
    metadata,
    vocab,
    dates,
    legend,
  });
  // A row of a table of sprints, or an item naming a sprint, is the sprint, not one of its tasks.
  // In a document of several sprints the work is listed in the sprints: a plain bullet outside every
  // sprint that only takes a bucket heading's status ("What's Ready Now ✅", "Future Roadmap") restates it.
  const several = sprints.length > 1;
  const tasks = merged.tasks.filter(
    (t) => !t.occurrences.every((o) => sprintLines.has(o.span.line)) && !(several && t.sprint === null && t.statusFrom === 'section'),
  );
  dropRestatedSummaries(tasks, walk.tables, vocab);
  parentsByIdPrefix(tasks);
  applyBlockerMentions(tasks, walk.blockerMentions, vocab);
  finishTasks(tasks);
  locateStatusSites(text, outline.lineStarts, tasks, walk.sections, vocab, legend);
  const dependencyProblems = resolveDependencies(tasks, file);
  const declared = metadata.declaredTotal?.unit;
  metadata.unit = dominantUnit(tasks) ?? (declared && declared !== 'tasks' ? declared : null) ?? metadata.capacity?.unit ?? null;
  const diagnostics = walk.diagnostics;
  const recorded = readSnapshots({
    text,
    file,
    lineStarts: outline.lineStarts,
    blocks: outline.blocks,
    sections: walk.sections,
    tables: walk.tables,
    codeBlocks: walk.codeBlocks,
    metadata,
    vocab,
    dateOf: (t) => parseDate(t, slashDates),
  });
  diagnostics.push(...recorded.diagnostics);
  diagnostics.push(...dependencyProblems, ...encodingDiagnostics(text, file, outline.lineStarts));
  for (const run of outline.skipped) {
    const what = run.lines === 1 ? `line ${run.line}` : `lines ${run.line}-${run.line + run.lines - 1}`;
    diagnostics.push({ file, line: run.line, column: 1, severity: 'warning', code: 'too-deep', message: `${what} not read: ${run.reason}` });
  }
  const moji = firstMojibake(text);
  if (moji) {
    const at = positionOf(outline.lineStarts, moji.offset);
    diagnostics.push({
      file,
      line: at.line,
      column: at.column,
      severity: 'info',
      code: 'mojibake',
      message: `text is UTF-8 that was read as Windows-1252 ("${moji.raw}" for ${moji.repaired}); read as the intended characters, bytes left untouched`,
    });
  }
  const fragments = readFragments({ text, outline, sections: walk.sections, vocab });
  if (tasks.length === 0) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: 'info',
      code: 'no-tasks',
      message: 'no tasks found (no task tables, checklists or status-marked items)',
    });
  }
  return {
    schemaVersion: 1,
    file,
    metadata,
    sections: walk.sections,
    tasks,
    sprints,
    checklist: walk.checklist,
    standups: walk.standups,
    lanes: [...lanes.map(({ start: _s, end: _e, ...lane }) => lane), ...walk.lanes],
    tables: walk.tables,
    fragments,
    snapshots: recorded.snapshots,
    legend: legendEntries,
    checkboxes,
    generatedBlocks: findGeneratedRegions(text),
    progressAt: progressPlace(text, walk.sections, fragments, vocab),
    diagnostics,
  };
}

/**
 * A heading that only carries an ID ("## Sprint 3" grouping a daily log) is a section, not a work
 * item: it needs a status, an estimate, criteria, sub-items, detail fields or another occurrence.
 */
function pruneBareHeadings(drafts: Draft[]): Draft[] {
  const hasChild = new Set(drafts.map((d) => d.parent).filter((p): p is Draft => p !== null));
  const keyCount = new Map<string, number>();
  for (const d of drafts) keyCount.set(d.key, (keyCount.get(d.key) ?? 0) + 1);
  const bare = (d: Draft) =>
    d.kind === 'heading' &&
    d.step !== true &&
    d.status === null &&
    d.estimate === null &&
    d.estimateFallback === null &&
    d.checklist.length === 0 &&
    !hasChild.has(d) &&
    d.assignee === null &&
    d.priority === null &&
    d.dependsOn.length === 0 &&
    keyCount.get(d.key) === 1;
  return drafts.filter((d) => !bare(d));
}

/**
 * Rule: a table of sprints states each sprint's status in its row ("| Sprint 2 | … | ✅ Complete |");
 * the plain bullets of that sprint's own section are its work in that state, as they are when the
 * section's heading or a Status field states it.
 */
function sprintRowStatuses(outline: Outline, vocab: Vocabulary, legend: Legend): Map<string, StatusName> {
  const out = new Map<string, StatusName>();
  for (const b of tablesOfSprints(outline, vocab)) {
    const statusAt = b.header.cells.findIndex((c) => fieldOfLabel(stripEmoji(c.plain), vocab) === 'status');
    if (statusAt < 0) continue;
    for (const row of b.rows) {
      const code = sprintOfCell(row.cells[0]?.plain ?? '', true, vocab)?.code;
      const status = recognizeStatus(row.cells[statusAt]?.plain ?? '', vocab, legend)?.status;
      if (code && status && !out.has(code)) out.set(code, status);
    }
  }
  return out;
}

/** The tables whose first column is headed by a sprint word: tables of sprints, for the pre-passes. */
function tablesOfSprints(outline: Outline, vocab: Vocabulary): TableBlock[] {
  return outline.blocks.filter((b): b is TableBlock => b.kind === 'table' && isSprintWord(b.header.cells[0]?.plain ?? '', vocab));
}

/**
 * Rule: a table whose first column is headed by a sprint word ("| Sprint | Theme | Status |") and
 * holds two or more codes of letters and a number ("S1", "S2", "S13.1") gives the document's own
 * names of its sprints: a heading that starts with one ("### S1: Foundation") is that sprint's
 * section. The vocabulary for this document gets those codes (a copy; the default stays as it is).
 */
function withOwnSprintCodes(vocab: Vocabulary, outline: Outline): Vocabulary {
  const codes = new Set<string>();
  for (const b of tablesOfSprints(outline, vocab)) {
    const found = b.rows.map((r) => ownSprintCode(r.cells[0]?.plain ?? '')).filter((c): c is string => c !== null);
    if (found.length >= 2) for (const c of found) codes.add(c);
  }
  return codes.size === 0 ? vocab : { ...vocab, sprintCodes: codes };
}

/**
 * Rule: a document that writes no sprint dates but keeps dated day sections (a standup log: "###
 * 2024-01-15 (Day 1)" … "### 2024-01-26 (Day 10)") spans from its first day to its last.
 */
function datesFromDaySections(metadata: Metadata, sections: readonly Section[]): void {
  if (metadata.start !== null || metadata.end !== null) return;
  const days = sections
    .filter((s) => s.role === 'day' || s.role === 'standup')
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort();
  if (days.length < 2) return;
  metadata.start = days[0]!;
  metadata.end = days[days.length - 1]!;
}

/**
 * A task table under a summary heading ("Progress Summary", "Overview") restates the work the
 * document details elsewhere: when other work items exist, the rows that appear only there are not tasks.
 */
function dropRestatedSummaries(tasks: Task[], tables: readonly Sprint['tables'][number][], vocab: Vocabulary): void {
  const summary = (i: number | null) => {
    const title = i === null ? null : tables[i]?.section;
    return title ? vocab.summarySectionWords.some((w) => findPhrase(fold(title), w) >= 0) : false;
  };
  const onlyInSummary = (t: Task) => t.occurrences.length > 0 && t.occurrences.every((o) => o.kind === 'table-row' && summary(o.table));
  if (!tasks.some((t) => !onlyInSummary(t))) return;
  const kept = tasks.filter((t) => !onlyInSummary(t));
  tasks.splice(0, tasks.length, ...kept);
}

/**
 * Identity of tasks without an ID: their title (folded), with the ordinal among tasks of the same
 * title in document order ("t:write docs", "t:write docs#2"). A line-based key would change when
 * text is inserted above the task (a generated block, a new task), and the self-check before
 * writing compares tasks by key; a title does not move.
 */
function keyByTitle(tasks: Task[]): void {
  const renamed = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const t of tasks) {
    if (t.id !== null || !/^L\d+:\d+$/.test(t.key)) continue;
    const base = `t:${fold(t.title)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = n === 1 ? base : `${base}#${n}`;
    renamed.set(t.key, key);
    t.key = key;
  }
  for (const t of tasks) if (t.parent !== null) t.parent = renamed.get(t.parent) ?? t.parent;
}

/**
 * A compound ID names its parent: `US1-T01` and `US1.2` belong to the item called `US1` — by that ID,
 * or by the name it abbreviates (`User Story 1`: the initials of its words and its number) — when
 * nothing else gives them a parent.
 */
function parentsByIdPrefix(tasks: Task[]): void {
  const byAlias = new Map<string, Task>();
  for (const t of tasks) {
    if (!t.id) continue;
    byAlias.set(t.id.toLowerCase().replace(/[\s#]/g, ''), t);
    const named = lettersRe`^(\p{L}+(?:\s+\p{L}+)+)\s*#?\s*(\d+)$`.exec(t.id);
    if (named)
      byAlias.set(
        `${named[1]!
          .split(/\s+/)
          .map((w) => w[0])
          .join('')}${named[2]}`.toLowerCase(),
        t,
      );
  }
  for (const t of tasks) {
    const m = t.id && t.parent === null ? lettersRe`^([\p{L}]+\d+)[-.]\S`.exec(t.id) : null;
    const parent = m ? byAlias.get(m[1]!.toLowerCase()) : undefined;
    if (parent && parent !== t) t.parent = parent.key;
  }
}

/** Children lists, derived parent statuses, and "Blocked By" turning an open task blocked. */
function finishTasks(tasks: Task[]): void {
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  for (const t of tasks) {
    if (t.parent === t.key || (t.parent && !byKey.has(t.parent))) t.parent = null;
  }
  // Break any parent cycle a merge could create.
  for (const t of tasks) {
    const seen = new Set<string>([t.key]);
    let p = t.parent;
    while (p) {
      if (seen.has(p)) {
        t.parent = null;
        break;
      }
      seen.add(p);
      p = byKey.get(p)?.parent ?? null;
    }
  }
  for (const t of tasks) if (t.parent) byKey.get(t.parent)!.children.push(t.key);
  const open = (t: Task) => t.status !== 'done' && t.status !== 'cancelled';
  for (const t of tasks) {
    if (t.blockedBy && open(t)) {
      t.status = 'blocked';
      t.statusFrom = 'blocked-by';
    }
  }
  // Open subtasks of a blocked task cannot proceed either.
  const blockDown = (t: Task) => {
    for (const k of t.children) {
      const c = byKey.get(k)!;
      if (open(c) && c.status !== 'blocked') {
        c.status = 'blocked';
        c.statusFrom = 'blocked-by';
        c.blockedBy ??= t.blockedBy;
      }
      blockDown(c);
    }
  };
  for (const t of tasks) if (t.status === 'blocked' && !t.parent) blockDown(t);
  // A parent that writes no status of its own takes it from its children.
  const derive = (t: Task): StatusName => {
    if (t.children.length === 0 || t.statusFrom === 'written' || t.statusFrom === 'blocked-by') return t.status;
    const kids = t.children.map((k) => derive(byKey.get(k)!)).filter((s) => s !== 'cancelled');
    let s: StatusName = 'todo';
    if (kids.length > 0 && kids.every((k) => k === 'done')) s = 'done';
    else if (kids.some((k) => k === 'blocked')) s = 'blocked';
    else if (kids.some((k) => k === 'in_progress' || k === 'done')) s = 'in_progress';
    t.status = s;
    t.statusFrom = 'children';
    return s;
  };
  for (const t of tasks) derive(t);
}

/** A "Blockers" item naming a task ("**CRON Setup** - Requires pg_cron …") marks that task blocked. */
function applyBlockerMentions(tasks: Task[], mentions: ReadonlyArray<{ text: string; bold: string | null; line: number }>, vocab: Vocabulary): void {
  for (const m of mentions) {
    const text = normalizeForMatch(m.text);
    if (isBlankish(text, vocab.placeholders) || startsWithWord(fold(text), vocab.noBlockerWords)) continue;
    const bold = m.bold?.trim().toLowerCase();
    const ids = idsMentioned(text, vocab);
    const hit = tasks.find((t) => (bold && t.title.toLowerCase() === bold) || (t.id && ids.includes(t.id.toLowerCase())));
    if (hit && hit.status !== 'done' && hit.status !== 'cancelled') hit.blockedBy ??= text.replace(/^\d+[.)]\s*/, '');
  }
}

/** Keeps only dependencies that name a task of this document (by merge key or ID). */
function resolveDependencies(tasks: Task[], file: string): Diagnostic[] {
  const keys = new Map<string, string>();
  for (const t of tasks) {
    keys.set(t.key.toLowerCase(), t.key);
    if (t.id) keys.set(t.id.toLowerCase(), t.key);
  }
  const unknown: Diagnostic[] = [];
  for (const t of tasks) {
    const missing = t.dependsOn.filter((d) => !keys.has(d.toLowerCase()));
    if (missing.length > 0) {
      const what = `${t.id ?? `"${t.title}"`} depends on ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not a task of this document`;
      unknown.push({ file, line: t.span.line, column: t.span.column, severity: 'warning', code: 'unknown-dependency', message: what });
    }
    t.dependsOn = [...new Set(t.dependsOn.map((d) => keys.get(d.toLowerCase())).filter((k): k is string => k !== undefined && k !== t.key))];
  }
  return unknown;
}

/** The unit most leaf estimates use. */
function dominantUnit(tasks: readonly Task[]): Sprint['metadata']['unit'] {
  const counts = new Map<string, number>();
  for (const t of tasks) if (t.children.length === 0 && t.estimate) counts.set(t.estimate.unit, (counts.get(t.estimate.unit) ?? 0) + 1);
  let best: string | null = null;
  for (const [u, n] of counts) if (best === null || n > counts.get(best)!) best = u;
  return best as Sprint['metadata']['unit'];
}
