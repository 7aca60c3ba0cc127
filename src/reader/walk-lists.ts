/**
 * Lists in the walk: standup answers, legends, blocker mentions, acceptance checklists and task
 * items (checkboxes, status-marked bullets, bullets with a delimited estimate, bullets under a
 * status bucket), with nesting and dotted IDs ("1." then "1.1") as hierarchy.
 */
import type { ListBlock, ListItem, SourceLine } from '../parse/outline.js';
import { firstVisible, plainText } from '../parse/phrasing.js';
import { dayLabelPattern } from './snapshots.js';
import { findEstimate, inMinuteUnits } from '../parse/recognize/estimate.js';
import { recognizeId } from '../parse/recognize/id.js';
import { recognizeSprintName } from '../parse/recognize/sprint-name.js';
import { fieldInsertAt, findDoneDate, readTaskFields } from '../parse/recognize/task-fields.js';
import { laneAt } from './board-lanes.js';
import { splitStatusMarker, statusFromWords } from '../parse/recognize/status.js';
import { fold, hasTemplateSlot, isBlankish, normalizeForMatch, stripEmoji } from '../parse/recognize/text.js';
import { SYMBOL_CHAR, type StatusName } from '../parse/vocab/index.js';
import { newDraft, type Draft } from './draft.js';
import { fieldOfLabel, parseFieldLine, type FieldLine } from './fields.js';
import { isBucket, startsWithWord } from './headings.js';
import {
  bucketStatus,
  cleanTitle,
  currentDate,
  diag,
  enclosingTask,
  headingPath,
  inActionItems,
  inCriteriaSection,
  inStandup,
  inDefinition,
  inSprintChecklistSection,
  inTargetSection,
  isCriteriaLabel,
  isSprintChecklistLabel,
  type Directive,
  type Label,
  type StandupField,
  type WalkContext,
} from './walk-context.js';
import { readField, readTaskField } from './walk-fields.js';
import { addStandup, isStandupQuestion, standupFieldOf } from './walk-standups.js';
import { letterPattern, lettersRe } from '../parse/recognize/letter-pattern.js';

/**
 * Reads a list: standup answers, a legend, blocker mentions, or items that may be tasks or an
 * acceptance checklist of the enclosing work item.
 */
export function readList(ctx: WalkContext, list: ListBlock, parentTask: Draft | null, directive: Directive, label: Label | null): void {
  if (directive === 'ignore') return;
  const labelText = label?.text ?? '';
  const labelField = label?.field?.field ?? null;
  const fieldItems = list.items.some((i) => i.lines[0] && parseFieldLine(i.lines[0], ctx.vocab)?.field);
  if (
    labelField === 'yesterday' ||
    labelField === 'today' ||
    labelField === 'blockers' ||
    (ctx.standupField && (inStandup(ctx) || underStandupQuestion(ctx)) && !fieldItems && !list.items.some((i) => i.checkbox))
  ) {
    const field = (labelField as StandupField | null) ?? ctx.standupField!;
    for (const item of list.items) readStandupItem(ctx, item, field);
    return;
  }
  // Inside a standup section, bullets answer the standup ("Completed:", "In Progress:", "Next 24h Plans:"): not tasks.
  if (directive !== 'tasks' && !parentTask && ctx.stack.some((f) => f.info.role === 'standup') && !list.items.some((i) => i.checkbox)) {
    const field = standupFieldOfLabel(ctx, labelText);
    for (const item of list.items) readStandupItem(ctx, item, field);
    return;
  }
  if (ctx.vocab.legendLabels.includes(fold(labelText)) || isLegendList(list, ctx.vocab) || underLegendHeading(ctx)) return;
  if (directive !== 'tasks' && !parentTask && inActionItems(ctx, labelText)) return;
  const owner = parentTask ?? enclosingTask(ctx);
  const targets = directive !== 'tasks' && owner === null && list.items.some((i) => i.checkbox) && inTargetSection(ctx, labelText);
  const criteria = targets || directive === 'criteria' || isCriteriaLabel(ctx, labelText) || (directive !== 'tasks' && inCriteriaSection(ctx));
  const sprintChecklist = targets || (directive !== 'tasks' && (isSprintChecklistLabel(ctx, labelText) || inSprintChecklistSection(ctx)));
  if (directive !== 'tasks' && !parentTask && inBlockersSection(ctx)) {
    for (const item of list.items) {
      const first = item.lines[0];
      const lead = first ? firstVisible(first.inline) : undefined;
      const bold = lead?.type === 'strong' ? plainText(lead.children ?? [], first!) : null;
      ctx.out.blockerMentions.push({ text: first?.plain ?? '', bold, line: item.span.line });
    }
    return;
  }
  // Bullets in a notes section ("Recommendations", "Lessons learned") are remarks, not work; checkboxes are still tasks.
  if (directive !== 'tasks' && !parentTask && ctx.stack.some((f) => f.info.notes) && !list.items.some((i) => i.checkbox)) {
    for (const item of list.items) for (const c of item.children) ctx.block(c, owner);
    return;
  }
  const marked = directive === 'tasks' || parentTask !== null || markedItemsAreTasks(ctx, list, labelText);
  const local = new Map<string, Draft>();
  for (const item of list.items)
    readListItem(ctx, item, owner, criteria, directive === 'tasks', local, labelText, marked, sprintChecklist, parentTask !== null);
}

/** Inside a "Blockers" section (not a blockers *field* of a standup). */
function inBlockersSection(ctx: WalkContext): boolean {
  const top = ctx.stack[ctx.stack.length - 1];
  return top !== undefined && !inStandup(ctx) && startsWithWord(fold(top.info.title), ctx.vocab.blockerSectionWords);
}

/**
 * Status-marked bullets are tasks, except a list that only reports finished things
 * ("🎉 Achievements: - ✅ …") in a section that is not about work: every item marked done,
 * no task or status label before it, no bucket, day or sprint heading around it (a sprint's
 * section lists the sprint's work, finished or not).
 */
function markedItemsAreTasks(ctx: WalkContext, list: ListBlock, labelText: string): boolean {
  if (list.items.some((i) => i.checkbox)) return true;
  const statuses = list.items
    .map((i) => splitStatusMarker(i.lines.map((l) => l.text).join(' '), ctx.vocab, ctx.opts.legend).status?.status)
    .filter((x): x is StatusName => x !== undefined);
  if (statuses.length === 0) return true;
  if (statuses.some((st) => st !== 'done')) return true;
  const label = fold(labelText);
  // Rule: a list of finished things introduced by a sentence ("The feature is fully implemented
  // with:") under a heading of work still to do ("## Remaining Tasks") sums up what was done; the
  // heading's items would be open.
  const bucket = bucketStatus(ctx);
  if (bucket !== null && bucket !== 'done' && label.split(/\s+/).length >= 5) return false;
  if (label && (isBucket(label, ctx.vocab) || startsWithWord(label, ctx.vocab.workListLabels))) return true;
  const top = ctx.stack[ctx.stack.length - 1];
  if (top && top.depth >= 2 && recognizeSprintName(top.info.title, ctx.vocab)) return true;
  return ctx.stack.some((f) => f.info.role === 'bucket' || f.info.role === 'day');
}

/** A bracketed label at the start of a title: one short word, no spaces ("[P]", "[US1]", "[WIP]"). */
const LABEL = letterPattern(String.raw`^\[([\p{L}\p{N}_.-]{1,12})\]\s*`, 'u');

/** A file name at the start of a title ("report.md", "src/app.ts (new)"). */
const FILE_NAME = /^[\w./-]*\w\.[a-z][a-z0-9]{0,4}(?=$|[\s(,:;])/i;

/**
 * Rule: an item that names an epic or a milestone by its code ("- [ ] #1 - Epic 1: Foundation
 * (epic, tracking only)", "- Milestone 2: Beta") groups work, as such a heading does: it is no
 * work item; what is nested under it is still read.
 */
function namesGroup(title: string, vocab: WalkContext['vocab']): boolean {
  const t = fold(title).replace(/^[\s:–—-]+/u, '');
  return vocab.milestoneWords.some((w) => t.startsWith(w) && lettersRe`^(?:\s*#?\s*\p{N}|\s+[a-z](?:$|[\s:.)\]–—-]))`.test(t.slice(w.length)));
}

/**
 * Rule: a marked bullet that opens with inline code after its status symbol, alone or before a
 * description ("- ✅ `calculateBMR()` - Harris-Benedict", "- ✅ `UserDao.kt`"), names a piece of
 * code that was made: an artifact of the work, as a file name is, not a work item ("- ✅ `auth`
 * module" is work). Checkboxes are never artifacts.
 */
function namesCode(line: SourceLine): boolean {
  const at = line.inline.findIndex((n) => !(n.type === 'text' && LEAD_MARK_ONLY.test(n.value ?? '')));
  if (at < 0 || line.inline[at]!.type !== 'inlineCode') return false;
  // The code is the item's name when a description follows it ("`calculateBMR()` - …") or nothing does;
  // "`auth` module" is a title that only quotes code.
  const next = line.inline[at + 1];
  return next === undefined || (next.type === 'text' && /^\s*(?:$|[-–—:(])/.test(next.value ?? ''));
}

/** Text that holds nothing but status symbols, spaces and a dash: what may precede an artifact's code. */
const LEAD_MARK_ONLY = new RegExp(`^(?:\\s|[-–—:]|${SYMBOL_CHAR})*$`, 'u');

/**
 * Rule: a label followed by a count of work items ("✅ **Завершено**: 4 задачи (code quality)",
 * "🔄 **Перенесено**: 20 задач", "Done: 12 tasks so far") sums up work; it is a rollup, not an item.
 */
function countsWork(text: string, vocab: WalkContext['vocab']): boolean {
  const t = normalizeForMatch(text);
  const isWorkNoun = (w: string): boolean => vocab.countItemNouns.includes(w) || vocab.workListLabels.includes(w);
  const m = lettersRe`^\P{L}*([\p{L}\s]{2,40}):\s*[~≈]?\d+\s+(\p{L}+)`.exec(t);
  if (m !== null && isWorkNoun(fold(m[2]!))) return true;
  // Rule: a line that opens with a number of work items, a total word allowed before it ("✅ All 6
  // maintenance stories (15 pts)", "12 tasks moved"), sums up work as well.
  const q = lettersRe`^\P{L}*(?:(\p{L}+)\s+)?\d+\s+((?:\p{L}+\s*){1,3})`.exec(t);
  if (q === null || (q[1] !== undefined && !vocab.countWords.total.includes(fold(q[1])))) return false;
  return fold(q[2]!)
    .split(/\s+/)
    .some((w) => isWorkNoun(w));
}

/** A title that is one question: it opens with a question word and ends with a question mark. */
function asksQuestion(title: string, vocab: WalkContext['vocab']): boolean {
  const t = fold(title.replace(/[*_`]/g, '')).trim();
  if (!/[?？]$/.test(t)) return false;
  return vocab.standupQuestions.questions.some((q) => t.startsWith(`${q} `));
}

/** The nearest heading asks a standup question ("### What did you do yesterday?"): its lists answer it. */
function underStandupQuestion(ctx: WalkContext): boolean {
  const top = ctx.stack[ctx.stack.length - 1];
  return top !== undefined && isStandupQuestion(ctx, top.info.title);
}

/** Which standup question a label answers: a blockers label, else done work is yesterday's, and the rest is today's. */
function standupFieldOfLabel(ctx: WalkContext, label: string): StandupField {
  const field = label ? fieldOfLabel(label, ctx.vocab) : null;
  if (field === 'yesterday' || field === 'today' || field === 'blockers') return field;
  return statusFromWords(fold(label), ctx.vocab) === 'done' ? 'yesterday' : (ctx.standupField ?? 'today');
}

/** A line that starts with a status symbol (vocab SYMBOL_CHAR). */
const LEADING_SYMBOL = new RegExp(`^${SYMBOL_CHAR}`, 'u');
/**
 * An estimate closes its part of the line when the line ends, or a new part starts: a pipe, a
 * status symbol ("(4h) ✅ COMPLETE"), a spaced dash ("- 5 SP - ⬜ Not Started", "(2 SP) — blocked
 * by infra") or a comma ("(5h), owner Ana").
 */
const PART_ENDS_AFTER = new RegExp(String.raw`^\s*[)\]]?\s*:?\s*(?:$|\|.*$|[,;]?\s*${SYMBOL_CHAR}.*$|[,;]\s.*$|\s[-–—]\s.*$)`, 'u');

/**
 * Rule: the lists of a legend section ("## Completion Legend", "### Leyenda de estados") explain
 * the document's marks ("- 🟨 **FOUNDATION ONLY**: models, no API"); they hold no work.
 */
function underLegendHeading(ctx: WalkContext): boolean {
  const top = ctx.stack[ctx.stack.length - 1];
  if (!top) return false;
  const words = fold(stripEmoji(top.info.title))
    .replace(/[:：]\s*$/, '')
    .trim();
  // A short label ("key") only as the whole heading: "### Rotate API key" is work.
  return ctx.vocab.legendLabels.some((l) => words === l || (l.length > 3 && (words.startsWith(`${l} `) || words.endsWith(` ${l}`))));
}

// A legend item: a mark of one to three characters, an optional colour or note in brackets, a
// separator, and its meaning in words ("✅ = Done", "`|` (Orange) - Ongoing").
const LEGEND_ITEM = letterPattern(String.raw`^(\S{1,3})\s*(?:\([^)]{1,20}\)\s*)?(?:[=:\-–—]\s*)?([\p{L} /]{2,30})$`, 'u');

/**
 * Rule: a list that explains marks, not one that holds work: every item is a mark (a status
 * symbol, or any one to three signs that are not letters or digits: `*`, `|`, `✓`) and then a
 * meaning, and at least two in three meanings are status words ("- ✅ = Done", "- `✗` (Red) - Not
 * Done", one "- `*` - Team focus" among them). "- ✅ Login page" is work: its words are no status;
 * so is a checklist ("- [ ] `✓` (Green) - Done": implement that mark).
 */
function isLegendList(list: ListBlock, vocab: WalkContext['vocab']): boolean {
  if (list.items.length < 2) return false;
  let statuses = 0;
  for (const i of list.items) {
    const line = normalizeForMatch(i.lines[0]?.plain ?? '').trim();
    const m = LEGEND_ITEM.exec(line);
    if (i.checkbox || !m || !(LEADING_SYMBOL.test(line) || lettersRe`^[^\p{L}\p{N}]{1,3}$`.test(m[1]!))) return false;
    if (statusFromWords(m[2]!.split('/')[0]!, vocab) !== null) statuses++;
  }
  return statuses * 3 >= list.items.length * 2;
}

/** True when `text` opens with a day label and a separator, a part of the day allowed between ("Day 2:", "Día 3 -", "Day 1 Afternoon:"). */
function opensWithDayLabel(text: string, vocab: WalkContext['vocab']): boolean {
  const t = fold(text);
  const m = dayLabelPattern(vocab).exec(t);
  if (m === null) return false;
  const rest = t.slice(m[0].length);
  return /^\s*[:–—-]/.test(rest) || lettersRe`^\s*\(?[\p{L}]{1,12}\)?\s*:`.test(rest);
}

/** The words of the inline code an item's first line opens with (`` `✓` (Green) - Done ``), or ''. */
function leadingCode(first: SourceLine | undefined): string {
  const lead = first ? firstVisible(first.inline) : undefined;
  return lead?.type === 'inlineCode' ? normalizeForMatch(lead.value ?? '').trim() : '';
}

/**
 * Rule: a mark written in inline code at the start of an item is the item's words, not its status
 * marker (``- [ ] `✓` (Green) - Done`` is the work of drawing that mark); markers are read after it.
 */
function splitAfterCode(text: string, code: string, ctx: WalkContext): ReturnType<typeof splitStatusMarker> {
  if (code === '' || !text.startsWith(code)) return splitStatusMarker(text, ctx.vocab, ctx.opts.legend);
  const rest = splitStatusMarker(text.slice(code.length), ctx.vocab, ctx.opts.legend);
  return { ...rest, title: `${code} ${rest.title}`.trim() };
}

/**
 * One standup answer (and its nested answers), filed under the current or named person. Rule: an
 * item that opens with a standup question ("- **Today**: …") answers that question, and so do the
 * items nested under it; one that opens with another known field ("- **Notes**: …") is that field,
 * not an answer.
 */
function readStandupItem(ctx: WalkContext, item: ListItem, field: StandupField): void {
  const own: string[] = [];
  let answers = field;
  for (const [i, l] of item.lines.entries()) {
    const f = parseFieldLine(l, ctx.vocab);
    const question = i === 0 && f ? standupFieldOf(ctx, f.label) : null;
    if (question) {
      answers = question;
      own.push(f!.plain);
    } else if (f?.field) {
      readField(ctx, f);
      if (i === 0) return;
    } else own.push(l.plain);
  }
  const text = normalizeForMatch(own.join(' '));
  const pm = lettersRe`^([\p{Lu}][\p{L}.'-]{1,20}(?:\s[\p{Lu}][\p{L}.'-]{1,20})?)\s*:\s*(.+)$`.exec(text);
  if (pm && !ctx.person) addStandup(ctx, pm[1]!, answers, pm[2]!, item.span.line);
  else addStandup(ctx, ctx.person, answers, text, item.span.line);
  for (const c of item.children) if (c.kind === 'list') for (const sub of c.items) readStandupItem(ctx, sub, answers);
}

/**
 * One list item: a field, a checklist entry of `owner`, a task (with its nested items and detail
 * fields), or a note whose nested lists may still hold tasks. `local` maps list numbers to drafts
 * for dotted-ID hierarchy.
 */
function readListItem(
  ctx: WalkContext,
  item: ListItem,
  owner: Draft | null,
  criteria: boolean,
  forced: boolean,
  local: Map<string, Draft>,
  labelText: string,
  marked: boolean,
  sprintChecklist = false,
  nested = false,
): void {
  const first = item.lines[0];
  // Lazy continuation lines that are fields ("**Blockers**: None" right under a list) are fields, not title.
  const titleLines: SourceLine[] = [];
  for (const [i, l] of item.lines.entries()) {
    const f = i > 0 ? parseFieldLine(l, ctx.vocab) : null;
    if (f?.field) readField(ctx, f);
    else titleLines.push(l);
  }
  const rawText = titleLines.map((l) => l.text).join(' ');
  // The words of the item: its lines' visible text (markup read by the parser, not re-read here).
  const text = normalizeForMatch(titleLines.map((l) => l.plain).join(' '));
  // A "Key: value" item (task detail field, metadata, standup) is not a task.
  const firstField = first ? parseFieldLine(first, ctx.vocab) : null;
  if (first && !item.checkbox) {
    const f = firstField;
    if (f?.field) {
      readField(ctx, f);
      if (f.value.trim() === '') ctx.label = { text: f.label, field: f };
      for (const c of item.children) ctx.block(c, owner);
      return;
    }
  }
  const marker = item.checkbox ? (ctx.opts.checkboxes[item.checkbox.char] ?? null) : null;
  // Rule: an unknown capital letter in brackets ("- [P] tasks = different files") is a label, as
  // Spec Kit writes [P] and [US1]; the item is a bullet, not a checkbox.
  const labelBox = item.checkbox !== null && marker === null && lettersRe`^\p{Lu}$`.test(item.checkbox.char);
  if (item.checkbox && marker === null && !labelBox) {
    diag(ctx, 'warning', 'unknown-checkbox', item.checkbox.offset, `checkbox marker "[${item.checkbox.char}]" not understood; read as open`);
  }
  const isCheck = item.checkbox !== null && !labelBox;
  const title0 = text.replace(/^\[[^\]]\]\s*/, '');
  if (isCheck && title0.replace(/[*\s]/g, '') === '') {
    return; // an empty "- [ ]" placeholder
  }
  // Rule: a checkbox that asks a question ("- [ ] Are there any imports that could be removed?",
  // "- [ ] Quel risque doit être testé ?") is a review question to answer, a checklist item, not work.
  if (isCheck && !forced && asksQuestion(title0, ctx.vocab)) {
    (owner ? owner.checklist : ctx.out.checklist).push({
      text: cleanTitle(title0),
      done: marker === 'done',
      line: item.span.line,
      markerOffset: item.checkbox!.offset,
    });
    return;
  }
  if (hasTemplateSlot(rawText)) {
    for (const c of item.children) ctx.block(c, owner);
    return;
  }
  if (criteria && isCheck && (owner || sprintChecklist)) {
    // Criteria of the nearest work item; with none around, a review / DoD / sign-off list is the sprint's own checklist.
    const into = owner ? owner.checklist : ctx.out.checklist;
    into.push({ text: cleanTitle(title0), done: marker === 'done', line: item.span.line, markerOffset: item.checkbox!.offset });
    for (const c of item.children) if (c.kind === 'list') readList(ctx, c, owner, 'criteria', null);
    return;
  }
  const leadCode = leadingCode(first);
  const split = splitAfterCode(text.replace(/^\*\s/, ''), leadCode, ctx);
  const leadEmoji = leadCode === '' && LEADING_SYMBOL.test(normalizeForMatch(first?.plain ?? ''));
  const estimate = findEstimate(text, ctx.vocab);
  // Minutes ("TTL (5 minutes)") are durations of things, not effort estimates of a bullet.
  const inMinutes = estimate !== null && inMinuteUnits(estimate.raw, ctx.vocab);
  const delimitedEstimate = estimate !== null && !inMinutes && isDelimitedEstimate(text, estimate.index, estimate.raw);
  const bucket = bucketStatus(ctx);
  // Rule: under a bucket heading a plain bullet takes the bucket's state; a plain bullet nested
  // under an item is a detail of that item ("- Login" / "  - uses JWT"), not a subtask.
  const plainTask = !isCheck && !split.status && !delimitedEstimate && bucket !== null && !nested && !isCriteriaLabel(ctx, labelText);
  if (criteria && (owner || sprintChecklist) && split.status && leadEmoji) {
    // Rule: a status-marked bullet of a Definition of Done states the definition; its mark ticks nothing.
    if (inDefinition(ctx, labelText)) return;
    (owner ? owner.checklist : ctx.out.checklist).push({
      text: cleanTitle(split.title),
      done: split.status.status === 'done',
      line: item.span.line,
      markerOffset: item.span.start,
    });
    return;
  }
  // "Documentation: 0/4 tasks (0%)" is a rollup line; "Validation: Tabletop … (deferred)" is a labelled note.
  const plainText = text;
  const rollupLine =
    lettersRe`\b\d+(?:[.,]\d+)?\s*\/\s*\d+(?:[.,]\d+)?\s*\p{L}*\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)`.test(text) ||
    (lettersRe`^\P{L}*[\p{L}\s]{2,30}:\s*\d+(?:[.,]\d+)?\s*\p{L}*\s*$`.test(plainText) && statusFromWords(plainText.split(':')[0]!, ctx.vocab) !== null) ||
    countsWork(plainText, ctx.vocab);
  // "**📋 Focus**: …": an emoji inside a bold label decorates the label; the item is a labelled note, not status-marked.
  const labelled = (!leadEmoji && lettersRe`^[\p{L}][\p{L}\s/&-]{0,30}:\s`.test(text)) || (first !== undefined && emojiInBoldLabel(first, firstField));
  // "✅ `E25-COMPLETION.md` (existing)": an item that names a file is an artifact, not a piece of work.
  const artifact = !isCheck && (FILE_NAME.test(split.title) || (leadEmoji && first !== undefined && namesCode(first)));
  // A plain list inside a work item that has acceptance criteria restates them ("Pending Items"): its checklist is its breakdown.
  const restatesCriteria = owner !== null && owner.checklist.length > 0 && !split.status && !isCheck;
  // Rule: an item that opens with a day of the sprint and a colon logs that day ("- Day 2: completed
  // registration (7 pts)"); even with points in it, it is no work item unless a checkbox or a status mark makes it one.
  const dayLog = !isCheck && split.status === null && opensWithDayLabel(text, ctx.vocab);
  const isTask =
    !artifact &&
    !restatesCriteria &&
    !dayLog &&
    !(!isCheck && countsWork(plainText, ctx.vocab)) &&
    (forced ||
      isCheck ||
      (marked && !rollupLine && !(labelled && !delimitedEstimate) && split.status !== null && (leadEmoji || split.marker.length > 0)) ||
      Boolean(delimitedEstimate) ||
      plainTask ||
      (item.strike && !isCheck));
  if (!isTask) {
    // Not a task; its nested lists may still hold tasks ("**Backend:**" → "- [ ] …").
    for (const c of item.children) ctx.block(c, owner);
    return;
  }
  let title = isCheck ? split.title.replace(/^\[[^\]]\]\s*/, '') : split.title;
  // Kiro marks an optional task "- [ ]* …": the star right after the checkbox.
  const optional = isCheck && /^\s*\*\s/.test(rawText);
  if (/^\*\s/.test(title)) title = title.slice(2);
  // A placeholder ("- None yet" under "Removed Stories", "- TBD") is no item.
  if (isBlankish(title, ctx.vocab.placeholders)) {
    for (const c of item.children) ctx.block(c, owner);
    return;
  }
  const d = newDraft('list-item', item.span, title, headingPath(ctx));
  d.optional = optional;
  d.date = currentDate(ctx);
  d.sectionStatus = bucket;
  const id = recognizeId(title, ctx.vocab);
  if (id) {
    if (id.strong) {
      d.id = id.id;
      d.key = id.key;
      d.strong = true;
    } else d.localNumber = id.id;
    if (id.rest) title = id.rest;
  }
  if (namesGroup(id?.strong ? (id.rest ?? title) : title, ctx.vocab)) {
    for (const c of item.children) ctx.block(c, owner);
    return;
  }
  // "T003 [P] [US1] Create …" (Spec Kit): bracketed words after the ID are labels, not title.
  for (let m = LABEL.exec(title); m; m = LABEL.exec(title)) {
    d.labels.push(m[1]!);
    title = title.slice(m[0].length);
  }
  // Obsidian Tasks / Dataview fields at the end of a checklist item: done date, priority, id, dependencies.
  const inline = isCheck ? readTaskFields(title) : null;
  if (inline) {
    title = inline.title;
    const v = inline.values;
    if (v.done) d.completedOn = v.done;
    if (v.priority) d.priority = v.priority;
    if (v.id && !d.id) {
      d.id = v.id;
      d.key = v.id.toLowerCase();
      d.strong = true;
    }
    if (v.dependsOn) d.dependsOn.push(...v.dependsOn.split(/[,\s]+/).filter(Boolean));
  }
  if (delimitedEstimate && estimate) {
    d.estimate = estimate;
    // The estimate and what set it off go; a comma that followed it now follows the title ("Import, owner Ana").
    title = title.replace(new RegExp(`\\s*[-–—|(\\[]*\\s*${escapeRe(estimate.raw)}\\s*[)\\]]?(\\s*[,;])?`), (_m, comma?: string) =>
      comma ? `${comma.trim()} ` : ' ',
    );
  }
  const mention = TRAILING_MENTION.exec(title);
  if (mention && mention.index > 0) {
    d.assignee = mention[1]!.replace(/\s+/g, '');
    title = title.slice(0, mention.index);
  }
  d.title = cleanTitle(title.split(/\s\|\s/)[0]!);
  // "#19(3 days) => (2 days)": nothing but numbers and units is left; the ID names the item.
  if (d.id && !lettersRe`\p{L}{2,}`.test(d.title.replace(/\(\s*[~≈]?\d[^)]*\)/g, ''))) d.title = d.id;
  if (isCheck) {
    const s = marker ?? 'todo';
    d.status = s;
    d.statusRaw = `[${item.checkbox!.char}]`;
    d.site = { kind: 'checkbox', start: item.checkbox!.offset, end: item.checkbox!.offset + 1, raw: item.checkbox!.char };
    if (first) {
      const done = findDoneDate(first.text);
      d.doneDate = done ? { start: first.start + done.start, end: first.start + done.end, form: done.form } : null;
      d.fieldsAt = first.start + fieldInsertAt(first.text);
    }
    if (split.status && (split.status.status === 'blocked' || split.status.status === 'cancelled') && s !== 'done') d.status = split.status.status;
    // "- [ ] ~~Dark mode~~": an open box whose whole title is struck through was dropped; a ticked one stays done.
    if (item.strike && s !== 'done') d.status = 'cancelled';
    const lane = laneAt(ctx.opts.boardLanes, item.span.start);
    if (lane) {
      // A board's card: its lane is its status (a ticked card is done anywhere); moving it is the edit.
      if (s !== 'done') d.status = lane.status;
      d.statusRaw = lane.title;
      const start = ctx.outline.lineStarts[item.span.line - 1]!;
      const eol = ctx.outline.text.indexOf('\n', item.span.end);
      const end = eol < 0 ? ctx.outline.text.length : eol + 1;
      d.site = { kind: 'lane', start, end, raw: ctx.outline.text.slice(start, end) };
    }
  } else if (split.status) {
    d.status = split.status.status;
    d.statusRaw = split.marker || null;
  } else if (item.strike) {
    d.status = 'cancelled';
    d.statusRaw = '~~struck~~';
  } else if (delimitedEstimate && estimate && SPENT_AFTER.test(text.slice(estimate.index + estimate.raw.length))) {
    // The time actually spent is recorded ("(3 days) => (2 days)"): the item is finished.
    d.status = 'done';
  }
  if (item.strike && d.status === 'todo' && isCheck) d.status = 'cancelled';
  if (inline?.values.cancelled && d.status !== 'done') d.status = 'cancelled';
  // Hierarchy: nesting, or dotted IDs in a flat list ("1." then "1.1", Kiro tasks.md).
  const dotted = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(d.id ?? d.localNumber ?? '');
  const dottedParent = dotted ? local.get(dotted[1]!) : undefined;
  d.parent = dottedParent ?? owner;
  const num = d.id ?? d.localNumber;
  if (num) local.set(num, d);
  ctx.out.drafts.push(d);
  for (const c of item.children) {
    if (c.kind === 'list') readList(ctx, c, d, null, null);
    else if (c.kind === 'paragraph') {
      for (const l of c.lines) {
        const f = parseFieldLine(l, ctx.vocab);
        if (f?.field) readTaskField(ctx, d, f);
      }
    } else ctx.block(c, d);
  }
}

/** The line starts with a bold label that holds an emoji and a colon follows ("**🚀 Goal**: …"). */
function emojiInBoldLabel(line: SourceLine, field: FieldLine | null): boolean {
  const lead = firstVisible(line.inline);
  if (lead?.type !== 'strong' || !LEADING_SYMBOL.test(plainText(lead.children ?? [], line))) return false;
  return field !== null && field.value.trim() !== '';
}

/** An estimate set off from the title: "(4h)", "- 6 hours |", "[3 SP]", at the end of the text. */
function isDelimitedEstimate(text: string, index: number, raw: string): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  const after = text.slice(index + raw.length);
  const delimitedBefore = /[([]\s*[~≈]?\s*$/.test(before) || /\s[-–—|]\s*[~≈]?\s*$/.test(before);
  // The estimate must close its part of the line: "(4h)", "- 6 hours | Sep 16", "(4h) ✅ COMPLETE", "(2 SP) — blocked".
  const delimitedAfter = PART_ENDS_AFTER.test(after) || SPENT_AFTER.test(after);
  return delimitedBefore && (delimitedAfter || wrapped(before, after));
}

/**
 * Rule: an estimate wrapped whole in brackets or parentheses is set off by them when what follows
 * is a remark in parentheses or a few words ("[1 SP] (depends on #2)", "(2h) before release"); a
 * rate is not wrapped whole ("(46.67 SP/sprint)" goes on after the unit), and a wrapped number
 * that a colon and a sentence follow explains that sentence ("**BUFFER** (20.3hs): Garantiza …").
 */
function wrapped(before: string, after: string): boolean {
  const open = /([([])\s*[~≈]?\s*$/.exec(before)?.[1];
  const close = open === '(' ? ')' : ']';
  if (open === undefined || !after.trimStart().startsWith(close)) return false;
  const rest = after
    .trimStart()
    .slice(1)
    .replace(/\([^()]*\)/g, ' ')
    .trim();
  return !rest.startsWith(':') && rest.split(/\s+/).filter(Boolean).length <= WRAPPED_TAIL_WORDS;
}

/** How many words may follow a wrapped estimate on its line. */
const WRAPPED_TAIL_WORDS = 4;

/**
 * "Payment retries — @kim", "Upload (@ana, @luis)": @-mentions that close a bullet, set off by a
 * spaced dash, a comma or parentheses, name who has the item; they leave the title.
 */
const TRAILING_MENTION = letterPattern(String.raw`(?:\s[-–—]\s*|\s*,\s*|\s*\(\s*)(@[\p{L}\p{N}_.-]+(?:\s*,\s*@[\p{L}\p{N}_.-]+)*)\s*\)?\s*$`, 'u');

/** "(3 days) => (2 days)": after the estimate, an arrow and the time actually spent, closing the line. */
const SPENT_AFTER = letterPattern(String.raw`^\s*[)\]]?\s*(?:=>|->|→|⇒)\s*\(?\s*[~≈]?\d+(?:[.,]\d+)?\s*\p{L}+\.?\s*\)?\s*$`, 'u');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
