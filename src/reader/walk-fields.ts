/**
 * Paragraphs and `Key: value` field lines in the walk: a field sets a detail of the work item it
 * stands under, a section's status, a standup answer or document metadata, depending on where it
 * stands; a label line names the list that follows it.
 */
import type { HeadingBlock, ParagraphBlock, SourceLine } from '../parse/outline.js';
import { findEstimate, inMinuteUnits } from '../parse/recognize/estimate.js';
import { idsMentioned } from '../parse/recognize/id.js';
import { recognizeStatus, splitStatusMarker } from '../parse/recognize/status.js';
import { onlyStatusWords } from '../parse/recognize/status-parts.js';
import { firstVisible, plainBetween, plainText } from '../parse/phrasing.js';
import { findPhrase, fold, isBlankish, normalizeForMatch, SERIES_NUMBER } from '../parse/recognize/text.js';
import { SYMBOL_CHAR, type StatusName } from '../parse/vocab/index.js';
import { newDraft, type Draft } from './draft.js';
import { dayLabelPattern } from './snapshots.js';
import { fieldOfLabel, parseFieldLine, type FieldLine } from './fields.js';
import {
  bucketStatus,
  cellText,
  cleanTitle,
  currentDate,
  enclosingTask,
  headingPath,
  inActionItems,
  inStandup,
  isCriteriaLabel,
  isSprintChecklistLabel,
  type Label,
  type WalkContext,
} from './walk-context.js';
import { headingTask } from './walk-headings.js';
import { addStandup } from './walk-standups.js';
import { letterPattern, lettersRe } from '../parse/recognize/letter-pattern.js';

/** Reads a paragraph line by line: fields, standup names and answers, and the label it ends with. */
export function readParagraph(ctx: WalkContext, p: ParagraphBlock): void {
  if (p.lines.length === 1 && readBoldItem(ctx, p.lines[0]!)) return;
  let lastLabel: Label | null = null;
  for (const line of p.lines) {
    const f = parseFieldLine(line, ctx.vocab);
    if (f?.field === 'estimate' && readSectionEstimate(ctx, f)) continue;
    if (f?.field) {
      readField(ctx, f);
      lastLabel = { text: f.label, field: f };
      continue;
    }
    const plain = line.plain;
    const bold = boldOnly(line);
    // "**dev1_front**:" / "**Surya (Scrum Master)**" — a person's block in a standup.
    if (inStandup(ctx) && bold !== null && bold.length <= PERSON_NAME_MAX && !namesList(ctx, bold)) {
      ctx.person = bold;
      ctx.standupField = null;
      lastLabel = null;
      continue;
    }
    if (f && !f.field && f.value.trim() === '') {
      lastLabel = { text: f.label, field: f };
      continue;
    }
    if (ctx.standupField && f && !f.field && f.label.split(' ').length <= 3) {
      addStandup(ctx, f.label, ctx.standupField, f.plain, line.line);
      continue;
    }
    lastLabel = /[:：]$/.test(plain) || bold !== null ? { text: plain.replace(/[:：]\s*$/, ''), field: null } : null;
  }
  ctx.label = lastLabel;
}

/** A bold line that names a kind of list ("**Action Items**:", "**Acceptance Criteria**"), not a person. */
function namesList(ctx: WalkContext, bold: string): boolean {
  return inActionItems(ctx, bold) || isCriteriaLabel(ctx, bold) || isSprintChecklistLabel(ctx, bold);
}

/** The longest person's name a standup's bold line holds. */
const PERSON_NAME_MAX = 40;

/** The words of a line that is one bold phrase (a colon after it allowed), else null. */
function boldOnly(line: SourceLine): string | null {
  const visible = line.inline.filter((n) => !(n.type === 'text' && /^\s*[:：]?\s*$/.test(n.value ?? '')));
  if (visible.length !== 1 || visible[0]!.type !== 'strong') return null;
  return (
    plainText(visible[0]!.children ?? [], line)
      .replace(/[:：]$/, '')
      .trim() || null
  );
}

/**
 * An estimate paragraph ("**Estimated Time:** 1-2 days") in a section that is neither a work item,
 * inside one, nor a sprint estimates the work the section lists (see metrics/progress.ts).
 */
function readSectionEstimate(ctx: WalkContext, f: FieldLine): boolean {
  const top = ctx.stack[ctx.stack.length - 1];
  if (!top || top.depth < 2 || top.info.container || enclosingTask(ctx) !== null) return false;
  const section = ctx.out.sections[top.sectionIndex];
  const e = findEstimate(f.plain, ctx.vocab);
  if (!section || section.estimate !== null || !e) return false;
  section.estimate = { value: e.value, unit: e.unit, raw: e.raw, min: e.min, max: e.max };
  return true;
}

/** A recognized `Key: value` line, routed by where it stands. */
export function readField(ctx: WalkContext, f: FieldLine): void {
  const field = f.field!;
  const task = ctx.stack.length > 0 ? ctx.stack[ctx.stack.length - 1]!.task : null;
  if (field === 'yesterday' || field === 'today' || field === 'blockers') {
    ctx.standupField = field;
    if (f.plain) addStandup(ctx, ctx.person, field, f.plain, f.line);
    return;
  }
  const top = ctx.stack[ctx.stack.length - 1];
  if (task) {
    readTaskField(ctx, task, f);
    return;
  }
  if (field === 'status' && top && top.depth >= 2) {
    const s = statusValue(ctx, f.plain);
    if (s) {
      // The first section's status is the document's, unless that section names a sprint or milestone of its own.
      const firstSection = !top.info.container && ctx.out.drafts.length === 0 && ctx.out.sections.filter((x) => x.depth >= 2).length <= 1;
      if (firstSection) {
        ctx.out.metaFields.push(f);
        return;
      }
      const overview = ctx.stack.some((f) => f.depth >= 2 && ctx.vocab.overviewWords.some((w) => findPhrase(fold(f.info.title), w) >= 0));
      // A notes or checklist section ("## Notes" … "**Status**: Ready for implementation") is never a work item.
      const checklist = isCriteriaLabel(ctx, top.info.title) || isSprintChecklistLabel(ctx, top.info.title);
      if (top.info.role === 'plain' && !top.info.container && !top.info.notes && !checklist && !ctx.opts.sprintDepths.has(top.depth) && !overview) {
        const h: HeadingBlock = {
          kind: 'heading',
          depth: top.depth,
          span: top.span,
          content: { text: top.info.title, plain: top.info.title, inline: [], start: top.span.start, end: top.span.end, line: top.span.line },
          inline: [],
        };
        top.task = headingTask(ctx, h, { ...top.info, role: 'task' });
        adoptSectionItems(ctx, top.task, top.span.start);
        readTaskField(ctx, top.task, f);
        return;
      }
      top.fieldStatus = s;
      const sec = ctx.out.sections[top.sectionIndex];
      if (sec && sec.status === null) sec.status = s;
      return;
    }
  }
  if (!ctx.seenH2 || !top || top.depth <= 2 || ctx.vocab.metadataSectionWords.some((w) => fold(top.info.title).includes(w))) {
    ctx.out.metaFields.push(f);
  }
}

/** A value whose first non-letter run holds a status symbol (vocab SYMBOL_CHAR). */
const SYMBOL_BEFORE_WORDS = letterPattern(String.raw`^\P{L}*${SYMBOL_CHAR}`, 'u');

/** The status a `Status:` value starts with ("✅ COMPLETED (95%)", "Partially implemented"); "Phase 1 Complete" is not one. */
function statusValue(ctx: WalkContext, value: string): StatusName | null {
  const v = normalizeForMatch(value);
  const head = (v.split(/\s[-–—(]\s?|[,;]/)[0] ?? v).trim();
  const s = recognizeStatus(head, ctx.vocab, ctx.opts.legend);
  if (!s) return null;
  if (s.via === 'emoji' || s.via === 'legend') return SYMBOL_BEFORE_WORDS.test(head) ? s.status : null;
  const lead = fold(head).replace(lettersRe`^[^\p{L}\p{N}]+`, '');
  return ctx.vocab.statusPhrases.some(({ phrase }) => lead.startsWith(phrase) && findPhrase(lead, phrase) === 0) ? s.status : null;
}

/** A detail field of a work item (status, estimate, assignee, …) set on its draft. */
export function readTaskField(ctx: WalkContext, task: Draft, f: FieldLine): void {
  switch (f.field) {
    case 'status': {
      const s = statusValue(ctx, f.plain);
      if (s) {
        task.status = s;
        task.statusRaw = f.plain;
        task.site = { kind: 'field', start: f.valueStart, end: f.valueEnd, raw: f.value };
      }
      return;
    }
    case 'estimate':
    case 'duration': {
      const e = findEstimate(f.plain, ctx.vocab);
      if (e) {
        if (f.field === 'estimate') task.estimate ??= e;
        else task.estimateFallback ??= e;
      }
      return;
    }
    case 'assignee':
      task.assignee ??= cellText(f.plain);
      return;
    case 'priority':
      task.priority ??= cellText(f.plain);
      return;
    case 'dependencies':
      task.dependsOn.push(...idsMentioned(f.plain, ctx.vocab));
      return;
    case 'blockedBy':
      if (!isBlankish(f.plain, ctx.vocab.placeholders)) task.blockedBy = cellText(f.plain);
      return;
    case 'description':
      if (task.title === '' || /^#?\d+$/.test(task.title) || task.title === task.id) task.title = cellText(f.plain).replace(/\.$/, '');
      return;
    case 'completed': {
      // Rule: a completion field that says when — a date, or a day of the sprint ("Completed: Day 2")
      // — makes a work item that states no status of its own done, on that day when it is known.
      const day = dayLabelPattern(ctx.vocab).exec(fold(f.plain));
      const d = ctx.opts.dateOf(f.plain) ?? (day ? ctx.opts.dayDate(Number(day[1])) : null);
      if (d) task.completedOn = d;
      if ((d || day) && task.status === null) {
        task.status = 'done';
        task.statusRaw = f.plain;
      }
      return;
    }
    default:
      return;
  }
}

/**
 * A heading that turns out to be a work item (its Status field comes after its list) is the parent of
 * the items already read in its section, as it would have been had the field come first.
 */
function adoptSectionItems(ctx: WalkContext, task: Draft, sectionStart: number): void {
  for (const d of ctx.out.drafts) if (d !== task && d.parent === null && d.span.start > sectionStart) d.parent = task;
}

/** The length limits of a bold item: the phrase (3–120 characters) and the marker after it (up to 41). */
const BOLD_PHRASE = { min: 3, max: 120 };
const MARKER_AFTER = 41;
/** Punctuation and symbols that may decorate a bold item's estimate ("⏱️ 1 day", "(2h)"). */
const DECORATION = new RegExp(`[\\s.,;:!?–—()\\[\\]|-]|${SYMBOL_CHAR}`, 'gu');

/**
 * Rule: a paragraph that is one bold phrase followed by nothing but a status marker and/or an
 * estimate ("**Deliverable 1: SQL Migration Criada** ✅", "**Task 3 – Docs** ⏳ IN PROGRESS",
 * "**2. Setup Room Database** ⏱️ 2 days") is a work item, as a heading would be; the list right
 * under it is its detail (fields, components, subtasks). A bold phrase ending in a colon, or
 * followed by one (`**Sprint 21 Status**: ✅ COMPLETE`), or one that is a field label
 * (`**Story Points** 5`) is a field.
 */
function readBoldItem(ctx: WalkContext, line: SourceLine): boolean {
  const lead = firstVisible(line.inline);
  if (lead?.type !== 'strong' || inStandup(ctx)) return false;
  const phrase = plainText(lead.children ?? [], line);
  const marker = plainBetween(line.inline, lead.end, line.end, line);
  if (phrase.length < BOLD_PHRASE.min || phrase.length > BOLD_PHRASE.max || !marker || marker.length > MARKER_AFTER) return false;
  if (/[:：]$/.test(phrase) || /^[:：]/.test(marker) || fieldOfLabel(fold(phrase), ctx.vocab)) return false;
  // The estimate is found and cut out of one and the same normalized text, so its offsets fit.
  const norm = normalizeForMatch(marker);
  const found = findEstimate(norm, ctx.vocab);
  const estimate = found && !inMinuteUnits(found.raw, ctx.vocab) ? found : null;
  const rest = estimate ? `${norm.slice(0, estimate.index)} ${norm.slice(estimate.index + estimate.raw.length)}` : marker;
  const split = splitStatusMarker(rest, ctx.vocab, ctx.opts.legend);
  // What is left may only be punctuation and symbols that decorate the estimate ("⏱️ 1 day").
  const left = split.title.replace(DECORATION, '');
  if (!split.status && !estimate) return false;
  if (left !== '' && !onlyStatusWords(split.title, ctx.vocab)) return false;
  const span = { start: line.start, end: line.end, line: line.line, column: line.start - (ctx.outline.lineStarts[line.line - 1] ?? line.start) + 1 };
  // A series number ("**2. Setup Room**") is no part of the title.
  const title = cleanTitle(phrase).replace(SERIES_NUMBER, '').trim() || cleanTitle(phrase);
  const d = newDraft('heading', span, title, headingPath(ctx));
  if (estimate) d.estimate = estimate;
  if (split.status) {
    // Words beat emoji ("⏳ QUEUED" is to do), as everywhere.
    d.status = (recognizeStatus(rest, ctx.vocab, ctx.opts.legend) ?? split.status).status;
    d.statusRaw = rest.trim();
  }
  d.parent = enclosingTask(ctx);
  d.sectionStatus = bucketStatus(ctx);
  d.date = currentDate(ctx);
  d.markerAt = line.start + line.text.trimEnd().length;
  ctx.out.drafts.push(d);
  ctx.paragraphTask = d;
  ctx.label = null;
  return true;
}
