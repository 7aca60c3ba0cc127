/**
 * Headings in the walk: each one closes the sections it ends, opens its own on the context stack,
 * and may be a work item, an acceptance-criteria owner, a standup person or a standup question.
 */
import type { HeadingBlock } from '../parse/outline.js';
import { recognizeId } from '../parse/recognize/id.js';
import { hasTemplateSlot, SERIES_NUMBER } from '../parse/recognize/text.js';
import { newDraft, type Draft } from './draft.js';
import { parseFieldLine } from './fields.js';
import { readHeading, type HeadingInfo } from './headings.js';
import {
  bucketStatus,
  cleanTitle,
  currentDate,
  enclosingTask,
  headingPath,
  inCriteriaSection,
  inStandup,
  type Frame,
  type WalkContext,
} from './walk-context.js';
import { readField } from './walk-fields.js';
import { isStandupQuestion, standupFieldOf } from './walk-standups.js';

/** Reads a heading: updates the context stack and records its section (and work item, if any). */
export function readHeadingBlock(ctx: WalkContext, h: HeadingBlock): void {
  while (ctx.stack.length > 0 && ctx.stack[ctx.stack.length - 1]!.depth >= h.depth) closeFrame(ctx, ctx.stack.pop()!, h.span.start);
  if (h.depth >= 2) ctx.seenH2 = true;
  const read = readHeading(h.content.plain, h.depth, ctx.vocab, ctx.opts.legend);
  const template = read.role === 'task' && hasTemplateSlot(h.content.text);
  const info = template || outlineSection(read, ctx.stack[ctx.stack.length - 1]) ? { ...read, role: 'plain' as const, id: null } : read;
  readHeadingField(ctx, h);
  if (h.depth === 1 && ctx.out.title === null) ctx.out.title = info.title;
  let date: string | null = null;
  if (info.dateText) date = ctx.opts.dateOf(info.dateText);
  if (!date && info.dayNumber !== null && info.role === 'day') date = ctx.opts.dayDate(info.dayNumber);
  const frame: Frame = { depth: h.depth, info, span: h.span, task: null, date, fieldStatus: null, sectionIndex: ctx.out.sections.length };
  ctx.stack.push(frame);
  ctx.person = null;
  ctx.standupField = null;
  ctx.out.sections.push({
    title: info.title,
    depth: h.depth,
    path: headingPath(ctx),
    span: h.span,
    end: -1,
    status: info.status?.status ?? null,
    role: info.role,
    date,
    estimate: null,
  });
  // "## Sprint 9 Overview" in a document titled "Sprint 9 …" is about this document's own sprint.
  const ownSprint = info.role === 'task' && info.id !== null && ctx.out.title !== null && recognizeId(ctx.out.title, ctx.vocab)?.key === info.id.key;
  if (ownSprint) {
    frame.info = { ...info, role: 'plain' };
    ctx.out.sections[ctx.out.sections.length - 1]!.role = 'plain';
  } else if (info.role === 'task' && !inCriteriaSection(ctx)) {
    frame.task = headingTask(ctx, h, info);
    // A numbered status-marked heading ("### 2. Setup Room ✅") is one of a series: the number is no part of its title.
    if (SERIES_NUMBER.test(frame.task.title) && info.id === null) numberedStep(frame.task);
  } else if (info.role === 'task' && inCriteriaSection(ctx)) frame.task = headingTask(ctx, h, info, true);
  else if (isNumberedBreakdown(ctx, h, info)) {
    frame.task = headingTask(ctx, h, info);
    numberedStep(frame.task);
  } else if (inStandup(ctx) && h.depth >= 3 && info.role === 'plain' && !isStandupQuestion(ctx, info.title)) ctx.person = info.title;
  else if (isStandupQuestion(ctx, info.title)) ctx.standupField = standupFieldOf(ctx, info.title);
}

/**
 * Rule: a heading numbered under its parent heading's number ("## 3. Schema" → "### 3.1 Diagram")
 * is a numbered section of the document's outline, not a work item: its number is no ID. A status
 * or estimate of its own still makes it one.
 */
function outlineSection(info: HeadingInfo, parent: Frame | undefined): boolean {
  if (info.role !== 'task' || !info.id || info.status || info.estimate || !parent) return false;
  const m = /^(\d+(?:\.\d+)*)\.\d+$/.exec(info.id.id);
  return m !== null && new RegExp(`^${m[1]!.replace(/\./g, '\\.')}(?:\\.|\\s|$)`).test(parent.info.title.trim());
}

/** Fields a heading may state about the section it stands in: dates, goal, length, effort. */
const HEADING_FIELDS: ReadonlySet<string> = new Set(['estimate', 'duration', 'start', 'end', 'date', 'goal', 'asOf', 'capacity', 'totalScope', 'sprint']);

/**
 * Rule: a heading written as a `Label: value` field about dates, goal, length or effort
 * ("### Estimated time: 1-2 days", "## Sprint Goal: Ship login") states that field for the
 * section it stands in, as a field line there would.
 */
function readHeadingField(ctx: WalkContext, h: HeadingBlock): void {
  const f = parseFieldLine(h.content, ctx.vocab);
  if (f?.field && HEADING_FIELDS.has(f.field) && f.plain.trim() !== '') readField(ctx, f);
}

/**
 * Rule: inside a work item's section, a numbered heading ("#### 1. Created sentry-edge.ts ✅",
 * "#### 2. Add Correlation ID") is one step of that item's breakdown, a subtask; it takes its
 * own status marker, else done when its item is done and not started otherwise. Numbered headings
 * outside any work item (how-to steps) stay sections, and so do notes and sprint containers.
 */
function isNumberedBreakdown(ctx: WalkContext, h: HeadingBlock, info: HeadingInfo): boolean {
  return info.role === 'plain' && !info.notes && !info.container && h.depth >= 3 && SERIES_NUMBER.test(info.title) && enclosingTask(ctx) !== null;
}

/**
 * A numbered heading read as a work item: inside another work item it is one of its steps (with no
 * marker of its own it is done when its item is done, else not known to have started); its title
 * drops the series number.
 */
function numberedStep(task: Draft): void {
  if (task.parent !== null) {
    task.step = true;
    if (task.status === null && task.parent.status === 'done') task.sectionStatus = 'done';
  }
  task.title = task.title.replace(SERIES_NUMBER, '').trim() || task.title;
}

function closeFrame(ctx: WalkContext, f: Frame, end: number): void {
  const s = ctx.out.sections[f.sectionIndex];
  if (s) s.end = end;
}

/**
 * The work item a heading stands for ("MON-001: … (4 points)", "Phase 1 ✅"); under a criteria
 * heading (`criteriaOwnerOnly`) it only owns a checklist and takes no status from its marker.
 */
export function headingTask(ctx: WalkContext, h: HeadingBlock, info: HeadingInfo, criteriaOwnerOnly = false): Draft {
  const d = newDraft('heading', h.span, info.id?.rest || info.title, headingPath(ctx).slice(0, -1));
  if (info.id) {
    d.id = info.id.id;
    d.key = info.id.key;
    d.strong = info.id.strong;
  }
  d.title = cleanTitle(info.id ? info.id.rest || info.title : info.title, info.estimate?.raw);
  if (info.status && !criteriaOwnerOnly) {
    d.status = info.status.status;
    d.statusRaw = info.marker || null;
    const at = h.content.text.indexOf(info.marker.split(' ')[0] ?? '');
    if (info.marker && at >= 0) d.site = null; // heading markers are rewritten by the writeback layer from the raw text
  }
  if (info.estimate) d.estimate = info.estimate;
  d.markerAt = h.content.end;
  d.sectionStatus = bucketStatus(ctx);
  d.date = currentDate(ctx);
  d.parent = enclosingTask(ctx);
  if (optionalRegex(ctx.vocab).test(info.title)) d.optional = true;
  if (criteriaOwnerOnly) d.kind = 'heading';
  ctx.out.drafts.push(d);
  return d;
}

const OPTIONAL_RE = new WeakMap<WalkContext['vocab'], RegExp>();

/** "(optional)", "(opcional)", … after a title: one regex over the vocabulary's words, built once. */
function optionalRegex(vocab: WalkContext['vocab']): RegExp {
  let re = OPTIONAL_RE.get(vocab);
  if (!re) {
    re = new RegExp(`\\(\\s*(?:${vocab.optionalWords.join('|')})\\s*\\)`, 'iu');
    OPTIONAL_RE.set(vocab, re);
  }
  return re;
}
