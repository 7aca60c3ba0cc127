/**
 * The state one walk over a document shares between its readers (headings, paragraphs and
 * fields, tables, lists): the heading context stack, what has been collected so far, and the
 * few facts that carry from one block to the next. The queries below read the heading context.
 */
import type { Block, Outline, SourceLine } from '../parse/outline.js';
import { positionOf } from '../parse/markdown.js';
import { recognizeSprintName } from '../parse/recognize/sprint-name.js';
import type { Legend } from '../parse/recognize/status.js';
import { memoText, memoTextWith } from '../parse/recognize/memo.js';
import { fold, normalizeForMatch, stripEmoji } from '../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../parse/vocab/index.js';
import type { ChecklistItem, Diagnostic, Lane, Section, Span, Standup, Table } from '../model/schema.js';
import type { Draft } from './draft.js';
import type { BoardLane } from './board-lanes.js';
import type { FieldLine } from './fields.js';
import { startsWithWord, type HeadingInfo } from './headings.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** Everything the walk collects from one document. */
export interface WalkResult {
  drafts: Draft[];
  sections: Section[];
  tables: Table[];
  standups: Standup[];
  /** Kanban lanes (walk-kanban-table.ts, walk-board.ts). */
  lanes: Lane[];
  diagnostics: Diagnostic[];
  metaFields: FieldLine[];
  title: string | null;
  codeBlocks: Array<{ lines: SourceLine[]; section: string | null }>;
  /** Criteria checkboxes with no work item around them: the checklist of the sprint (or document) as a whole. */
  checklist: ChecklistItem[];
  /** Items of a "Blockers" section: they name tasks that are blocked. */
  /** Items of a blockers list: their visible text and the bold phrase they start with (the task they name). */
  blockerMentions: Array<{ text: string; bold: string | null; line: number }>;
  /** Every standup answer in document order, with its line and entry (reader/standup-work.ts reads work from them). */
  answers: StandupAnswer[];
}

/** One standup answer as the walk filed it. */
export interface StandupAnswer {
  field: StandupField;
  text: string;
  line: number;
  date: string | null;
  /** The person's entry for that day, which holds the day's other answers. */
  entry: Standup;
}

/** Context the walk needs from a pre-pass: the document's legend and how to date things. */
export interface WalkOptions {
  file: string;
  vocab: Vocabulary;
  legend: Legend;
  /** The lanes of an Obsidian Kanban board (empty for any other document). */
  boardLanes: readonly BoardLane[];
  /** What each checkbox character means in this document (reader/legend.ts checkboxMeanings). */
  checkboxes: Readonly<Record<string, StatusName>>;
  dateOf: (text: string) => string | null;
  dayDate: (n: number) => string | null;
  /** Heading depths at which the document names two or more sprints: sections there are sprint-level, not work items. */
  sprintDepths: ReadonlySet<number>;
  /** The status a table of sprints gives each sprint code ("| S1 | … | completed |"), for its section's plain bullets. */
  sprintStatus: ReadonlyMap<string, StatusName>;
}

/** A heading on the context stack. */
export interface Frame {
  depth: number;
  info: HeadingInfo;
  span: Span;
  task: Draft | null;
  date: string | null;
  /** Status given by a `**Status:**` field in the section body. */
  fieldStatus: StatusName | null;
  sectionIndex: number;
}

/** A `<!-- sprint: … -->` directive waiting for the table or list it applies to. */
export type Directive = 'ignore' | 'tasks' | 'criteria' | null;

/** The three questions of a standup, as the field a line answers. */
export type StandupField = 'yesterday' | 'today' | 'blockers';

/** A label line ("**Acceptance Criteria:**", "Status:") that names the list after it. */
export interface Label {
  text: string;
  field: FieldLine | null;
}

/** The walk's shared state: what every reader of a block may look at and update. */
export interface WalkContext {
  readonly outline: Outline;
  readonly opts: WalkOptions;
  readonly vocab: Vocabulary;
  readonly stack: Frame[];
  readonly out: WalkResult;
  directive: Directive;
  label: Label | null;
  /** A bold-paragraph work item ("**Deliverable 1: …** ✅") whose detail the next list is (walk-fields.ts). */
  paragraphTask: Draft | null;
  /** Whose standup lines are being read ("### Alice", "**dev1_front**:"). */
  person: string | null;
  /** Which standup question the lines being read answer. */
  standupField: StandupField | null;
  seenH2: boolean;
  /** Reads one block in place (readers hand nested blocks back to the walk). */
  block(block: Block, parentTask: Draft | null): void;
}

/** The titles of the headings around the current block, outermost first. */
export function headingPath(ctx: WalkContext): string[] {
  return ctx.stack.map((f) => f.info.title);
}

/** The title of the innermost heading, where a table or code block is filed. */
export function currentSection(ctx: WalkContext): string | null {
  return ctx.stack.length ? ctx.stack[ctx.stack.length - 1]!.info.title : null;
}

/** The date of the nearest dated heading: what a task found here is dated. */
export function currentDate(ctx: WalkContext): string | null {
  for (let i = ctx.stack.length - 1; i >= 0; i--) if (ctx.stack[i]!.date) return ctx.stack[i]!.date;
  return null;
}

/** The nearest work-item heading: the parent of tasks found under it. */
export function enclosingTask(ctx: WalkContext): Draft | null {
  for (let i = ctx.stack.length - 1; i >= 0; i--) if (ctx.stack[i]!.task) return ctx.stack[i]!.task;
  return null;
}

/**
 * Status a plain item inherits: the nearest bucket heading's, unless a work-item heading is nearer.
 * A sprint's section whose status is written ("## Sprint 2 ✅", "Status: Complete" under it) is a
 * bucket too: the plain bullets it lists directly (not in a subsection such as "Files changed") are
 * that sprint's work, in the sprint's state.
 */
export function bucketStatus(ctx: WalkContext): StatusName | null {
  for (let i = ctx.stack.length - 1; i >= 0; i--) {
    const f = ctx.stack[i]!;
    if (f.task) return null;
    const innermost = i === ctx.stack.length - 1;
    // A document title that is a bucket ("# Sprint Backlog") speaks for the bullets right under it, not for its sections.
    if (f.info.role === 'bucket') return f.depth > 1 || innermost ? (f.info.status?.status ?? null) : null;
    if (innermost && f.depth >= 2) {
      const name = recognizeSprintName(f.info.title, ctx.vocab);
      // A table row's status speaks for the sprint's own section ("## Sprint 23: v1.3"), not for a
      // heading about the sprint ("### Sprint 23 Objectives").
      if (name) return f.fieldStatus ?? f.info.status?.status ?? (name.titled ? ctx.opts.sprintStatus.get(name.code) : undefined) ?? null;
    }
  }
  return null;
}

/** A label such as "Acceptance Criteria" / "Definition of Done": its checkboxes are a checklist. */
export function isCriteriaLabel(ctx: WalkContext, text: string): boolean {
  return CRITERIA_LABEL(text, ctx.vocab);
}

const CRITERIA_LABEL = memoTextWith((text: string, vocab: Vocabulary) => labelIn(text, vocab.criteriaLabels) || labelIn(text, vocab.sprintChecklistLabels));

/**
 * A label of a checklist of the sprint as a whole: "Execution Checklist", "Sign-off", "DoD", or
 * criteria that name the sprint ("Sprint acceptance criteria", "Критерии приёмки спринта").
 */
export function isSprintChecklistLabel(ctx: WalkContext, text: string): boolean {
  return SPRINT_CHECKLIST_LABEL(text, ctx.vocab);
}

const SPRINT_CHECKLIST_LABEL = memoTextWith((text: string, vocab: Vocabulary) => {
  if (labelIn(text, vocab.sprintChecklistLabels)) return true;
  const t = fold(stripEmoji(text));
  return labelIn(text, vocab.criteriaLabels) && vocab.sprintWords.some((w) => t.split(lettersRe`[^\p{L}\p{N}]+`).some((word) => word.startsWith(w)));
});

/** Under a sprint-checklist heading, where checkboxes outside every work item are the sprint's checklist. */
export function inSprintChecklistSection(ctx: WalkContext): boolean {
  return ctx.stack.some((f) => isSprintChecklistLabel(ctx, f.info.title));
}

/** Under a Definition of Done or of Ready label or heading (vocab DEFINITION_LABELS). */
export function inDefinition(ctx: WalkContext, label: string): boolean {
  return labelIn(label, ctx.vocab.definitionLabels) || ctx.stack.some((f) => labelIn(f.info.title, ctx.vocab.definitionLabels));
}

/**
 * Rule: under a heading or label of what the sprint is measured against ("## Success Metrics",
 * "**Sprint Goals:**"), checkboxes outside every work item are the sprint's checklist, not tasks.
 * The heading must be only that: "Objetivos Completados" names finished work, a bucket of tasks.
 */
export function inTargetSection(ctx: WalkContext, label: string): boolean {
  const only = (text: string) => labelIs(text, ctx.vocab.targetSectionWords);
  return only(label) || ctx.stack.some((f) => f.depth >= 2 && only(f.info.title));
}

/** The label (emoji, emphasis, a trailing colon or parenthesis removed) is exactly one of `labels`. */
const labelIs = memoTextWith((text: string, labels: readonly string[]) => labels.includes(bareLabel(text)));

/** The label (emoji, emphasis, a trailing colon or parenthesis removed) is one of `labels`, or starts or ends with one. */
const labelIn = memoTextWith((text: string, labels: readonly string[]) => {
  const t = bareLabel(text);
  return labels.some((l) => t === l || t.startsWith(`${l} `) || t.endsWith(` ${l}`));
});

/** A label's words: emoji, emphasis, a trailing colon or parenthesis removed, folded. */
const bareLabel = memoText((text: string) =>
  fold(stripEmoji(text))
    .replace(/[:：]\s*$/, '')
    .replace(/\s*\(.*\)\s*$/, '')
    .trim(),
);

/**
 * Rule: under an "Action Items" heading or label a meeting's follow-ups are listed: they are not the
 * sprint's work items (a standup's "- [ ] dev1: complete Story 0.1 by Day 2" restates work).
 */
export function inActionItems(ctx: WalkContext, labelText: string): boolean {
  return ACTION_LABEL(labelText, ctx.vocab) || ctx.stack.some((f) => ACTION_LABEL(f.info.title, ctx.vocab));
}

const ACTION_LABEL = memoTextWith((text: string, vocab: Vocabulary) =>
  startsWithWord(
    fold(stripEmoji(text))
      .replace(/[:：]\s*$/, '')
      .trim(),
    vocab.actionItemWords,
  ),
);

/** Under a criteria heading, where work-item headings and checkboxes belong to a checklist. */
export function inCriteriaSection(ctx: WalkContext): boolean {
  // A work item's own heading is no criteria label ("Phase 10: Sort Ideas by Different Criteria").
  return ctx.stack.some((f) => f.info.role !== 'task' && isCriteriaLabel(ctx, f.info.title));
}

/** The nearest dated day or standup heading: the day standup lines are filed under. */
export function standupDateFrame(ctx: WalkContext): Frame | null {
  for (let i = ctx.stack.length - 1; i >= 0; i--) {
    const f = ctx.stack[i]!;
    if ((f.info.role === 'day' || f.info.role === 'standup') && f.date) return f;
  }
  return null;
}

/** Inside a standup or a dated day section, where names and questions are standup lines. */
export function inStandup(ctx: WalkContext): boolean {
  return ctx.stack.some((f) => f.info.role === 'standup') || standupDateFrame(ctx) !== null;
}

/** Records a diagnostic at a source offset of the document being walked. */
export function diag(ctx: WalkContext, severity: Diagnostic['severity'], code: string, offset: number, message: string): void {
  const p = positionOf(ctx.outline.lineStarts, offset);
  ctx.out.diagnostics.push({ file: ctx.opts.file, line: p.line, column: p.column, severity, code, message });
}

/** A cell's or field value's visible text, normalized for matching. */
export function cellText(plain: string): string {
  return normalizeForMatch(plain);
}

/** Removes dangling separators and a parenthesized estimate from a title (its visible text). */
export function cleanTitle(title: string, estimateRaw?: string): string {
  let t = title;
  if (estimateRaw) t = t.replace(`(${estimateRaw})`, '').replace(estimateRaw, '');
  t = t
    .replace(/\(\s*\)/g, '')
    .replace(/^[\s:|–—-]+|[\s:|–—,-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t;
}
