/**
 * Planning `done` / `start` / `block` / `reopen` on one task: which tasks change (the task; with
 * `done`, its open subtasks; its parents when all their children become done or stop being all
 * done), and the edit of every place each of them writes its status, in the document's own
 * vocabulary. Pure: text and model in, edits out. A request that cannot be carried out (the status
 * lives in a bucket heading, a checkbox cannot say "blocked") is refused with the reason.
 */
import type { Edit } from '../edit/edit.js';
import { usageError } from '../errors.js';
import type { Sprint, Status, Task } from '../model/schema.js';
import { isBlankish } from '../parse/recognize/text.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import { cellEdit } from './cell-padding.js';
import { legendOf } from './legend-samples.js';
import { cardHome, moveCard } from './move-card.js';
import { placesOf, type PlaceContext, type StatusPlace } from './status-places.js';
import { rewritePlace, statusWord, type PlaceChange } from './status-rewrite.js';
import { collectSamples } from './status-vocabulary.js';

/** What a status command asks for. */
export interface StatusRequest {
  task: Task;
  target: Status;
  /** `block --reason`: written where the document keeps reasons (a Blocked By column), if it has one. */
  reason?: string;
  /** The day a done date is written for, in a document that records done dates (`✅ 2025-01-09`). */
  today?: string;
  /** `reopen`: the document as it was in the last commit where the task was not done, with its text. */
  earlier?: { sprint: Sprint; text: string };
}

/** One place that changed, for the report: `file:line  id  BEFORE → AFTER`. */
export interface ChangedPlace {
  task: Task;
  line: number;
  before: string;
  after: string;
  /** Why a task other than the requested one changed ("all subtasks done"), or null. */
  because: string | null;
}

/** The planned change: edits on the original text, what they change, and what the model must say after. */
export interface StatusChangePlan {
  edits: Edit[];
  changed: ChangedPlace[];
  /** Things the user should know (a place left as it was, a reason not written). */
  notes: string[];
  /** The status each changed task must read as after the write (checked on the rebuilt model). */
  expected: Map<string, Status>;
  /** Set when there is nothing to do ("4.3 is already done"). */
  nothingToDo: string | null;
}

/** Plans the request on `text` (whose model is `sprint`); throws a usage error when it cannot be done. */
export function planStatusChange(text: string, sprint: Sprint, request: StatusRequest, vocab: Vocabulary): StatusChangePlan {
  const { task, target } = request;
  const ctx = placeContext(text, sprint, vocab);
  const places = new Map<string, StatusPlace[]>();
  const placesFor = (t: Task): StatusPlace[] => {
    let found = places.get(t.key);
    if (!found) {
      found = t.occurrences.flatMap((o) => placesOf(o, ctx));
      places.set(t.key, found);
    }
    return found;
  };
  const plan: StatusChangePlan = { edits: [], changed: [], notes: [], expected: new Map(), nothingToDo: null };
  const targets = taskTargets(sprint, task, target, (t) => placesFor(t).length > 0);
  if (request.earlier && target !== 'done') {
    restoreRolledUp(targets, task, request.earlier.sprint);
    restoreTicked(targets, sprint, task, request.earlier.sprint);
  }
  // A parent that follows its subtasks is reopened through them, as `done` ticks them.
  const throughChildren = task.statusFrom === 'children' && (target === 'done' || target === 'todo');
  if (throughChildren && task.status === target) {
    plan.nothingToDo = `${name(task)} is already ${statusWord(target)}; nothing to change`;
    return plan;
  }
  if (throughChildren && target === 'todo' && targets.size === 1) reopenSubtasks(targets, sprint, task);
  const added = placesFor(task).length === 0 ? addMarker(sprint, task, target, ctx) : null;
  if (placesFor(task).length === 0 && !added && !((target === 'done' || throughChildren) && targets.size > 1)) refuseNoPlace(sprint, task, target);
  if (added && targets.size === 1) return added;
  if (task.status === target && targets.size === 1) {
    plan.nothingToDo = `${name(task)} is already ${statusWord(target)}; nothing to change`;
    return plan;
  }

  const removed = request.earlier && target !== 'done' ? removeAddedMarker(text, task, placesFor(task), request.earlier, vocab) : null;
  const samples = collectSamples(sprint, ctx);
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  for (const [key, status] of targets) {
    const t = byKey.get(key)!;
    const because = key === task.key ? null : isAncestor(sprint, t, task) ? becauseOfChildren(status) : `with ${name(task)}`;
    let wrote = 0;
    const failures: string[] = [];
    if (removed && key === task.key) {
      plan.edits.push(...removed.edits);
      plan.changed.push(...removed.changed);
      plan.expected.set(key, removed.expected.get(key) ?? status);
      continue;
    }
    for (const place of placesFor(t)) {
      if (saysAlready(place, status, ctx)) continue;
      const outcome =
        place.kind === 'lane'
          ? moveCard(place, status, sprint, text, `status of ${name(t)}`, request.earlier ? cardHome(request.earlier, t.key) : null)
          : rewritePlace(place, status, `status of ${name(t)}`, {
              text,
              vocab,
              samples,
              legend: ctx.legend,
              checkboxes: sprint.checkboxes,
              ...(request.earlier ? { earlier: earlierWords(t, placesFor(t), request.earlier, vocab) } : {}),
            });
      if (!outcome.ok) {
        failures.push(outcome.why);
        continue;
      }
      if (outcome.change) {
        record(plan, t, outcome.change, because);
        wrote++;
      }
    }
    if (failures.length > 0) plan.notes.push(...failures.map((f) => `${name(t)}: ${f}`));
    if (wrote === 0 && failures.length > 0 && key === task.key) {
      throw usageError(`cannot mark ${name(task)} as ${statusWord(target)}: ${failures[0]}; nothing was written`, failures.slice(1));
    }
    if (wrote > 0 || t.status !== status) plan.expected.set(key, status);
  }
  if (added) {
    plan.edits.push(...added.edits);
    plan.changed.push(...added.changed);
    plan.expected.set(task.key, target);
  }
  if (request.reason !== undefined && target === 'blocked') writeReason(plan, text, sprint, task, request.reason, vocab);
  if (request.today !== undefined) writeDoneDates(plan, sprint, targets, request.today);
  if (plan.edits.length === 0) {
    // Every place already says it, yet the task reads otherwise: say why instead of "done".
    const why = task.blockedBy ? `it reads as blocked because of "${task.blockedBy}"` : `it reads as ${statusWord(task.status)}`;
    plan.nothingToDo = `${name(task)} is already written as ${statusWord(target)} everywhere; ${why}; nothing to change`;
  }
  return plan;
}

/**
 * The status every affected task gets: the task itself; with `done`, its open subtasks; then each
 * parent whose children become all done (→ done) or stop being all done (→ in progress, or todo if
 * none has started). Only tasks that write a status somewhere are included, but a parent whose
 * status follows its children is still walked through so the rule reaches the parents above it.
 */
function taskTargets(sprint: Sprint, task: Task, target: Status, writable: (t: Task) => boolean): Map<string, Status> {
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  const next = new Map<string, Status>();
  const now = (t: Task): Status => next.get(t.key) ?? t.status;
  next.set(task.key, target);
  if (target === 'done') {
    const down = (t: Task): void => {
      for (const k of t.children) {
        const c = byKey.get(k);
        if (!c) continue;
        if (c.status !== 'done' && c.status !== 'cancelled') next.set(c.key, 'done');
        down(c);
      }
    };
    down(task);
  }
  for (let p = task.parent ? byKey.get(task.parent) : undefined; p; p = p.parent ? byKey.get(p.parent) : undefined) {
    const kids = p.children
      .map((k) => byKey.get(k))
      .filter((c): c is Task => c !== undefined)
      .map(now)
      .filter((s) => s !== 'cancelled');
    if (kids.length === 0) break;
    const allDone = kids.every((s) => s === 'done');
    const started = kids.some((s) => s === 'done' || s === 'in_progress');
    const current = now(p);
    if (p.statusFrom === 'children') next.set(p.key, allDone ? 'done' : kids.some((s) => s === 'blocked') ? 'blocked' : started ? 'in_progress' : 'todo');
    else if (allDone && current !== 'done' && current !== 'cancelled') next.set(p.key, 'done');
    else if (!allDone && current === 'done') next.set(p.key, started ? 'in_progress' : 'todo');
  }
  for (const key of [...next.keys()]) {
    const t = byKey.get(key)!;
    if (key !== task.key && (!writable(t) || t.statusFrom === 'children')) next.delete(key);
  }
  return next;
}

/** The task writes its status nowhere: say where it comes from instead. */
/**
 * A heading or bold item that writes no status yet gets a trailing marker, the emoji its siblings
 * write for that state ("#### 2. Add Correlation ID" → "#### 2. Add Correlation ID ✅" where the
 * other steps end in ✅). Null when the document writes no such marker to copy.
 */
function addMarker(sprint: Sprint, task: Task, target: Status, ctx: PlaceContext): StatusChangePlan | null {
  if (task.statusFrom !== 'default' && task.statusFrom !== 'section') return null;
  const o = task.occurrences.find((x) => x.markerAt !== undefined && x.kind === 'heading');
  if (!o || o.markerAt === undefined) return null;
  const trail = collectSamples(sprint, ctx).filter((s) => s.site === 'marker' && s.slot === 'trail' && s.status === target && s.emoji && !s.words);
  const emoji = (trail.find((s) => s.container.startsWith('heading:')) ?? trail[0])?.emoji;
  if (!emoji) return null;
  const edit = { start: o.markerAt, end: o.markerAt, text: ` ${emoji}`, expect: '', label: `status of ${name(task)}` };
  return {
    edits: [edit],
    changed: [{ task, line: o.span.line, before: '', after: emoji, because: null }],
    notes: [],
    expected: new Map([[task.key, target]]),
    nothingToDo: null,
  };
}

/** `reopen` from git history of an item whose only marker `done` added (addMarker): the marker goes again. */
function removeAddedMarker(
  text: string,
  task: Task,
  now: readonly StatusPlace[],
  earlier: { sprint: Sprint; text: string },
  vocab: Vocabulary,
): StatusChangePlan | null {
  const then = earlier.sprint.tasks.find((t) => t.key === task.key);
  if (!then || now.length !== 1) return null;
  const ctx = placeContext(earlier.text, earlier.sprint, vocab);
  if (then.occurrences.some((o) => placesOf(o, ctx).length > 0)) return null;
  const place = now[0]!;
  if (place.kind !== 'text' || place.slot !== 'trail' || !place.parts.emoji || place.parts.words) return null;
  const { start, end } = place.parts.emoji;
  const from = text[start - 1] === ' ' ? start - 1 : start;
  return {
    edits: [{ start: from, end, text: '', expect: text.slice(from, end), label: `status of ${name(task)}` }],
    changed: [{ task, line: place.line, before: text.slice(start, end), after: '', because: null }],
    notes: [],
    expected: new Map([[task.key, then.status]]),
    nothingToDo: null,
  };
}

function refuseNoPlace(sprint: Sprint, task: Task, target: Status): never {
  const at = `${sprint.file}:${task.span.line}`;
  if (task.statusFrom === 'section') {
    const heading = sprint.sections
      .filter((s) => s.role === 'bucket' && task.occurrences.some((o) => s.span.start <= o.span.start && o.span.start < s.end))
      .sort((a, b) => b.span.start - a.span.start)[0];
    const where = heading ? ` from the heading "${heading.title}" at line ${heading.span.line}` : ' from the heading it sits under';
    throw usageError(
      `cannot mark ${name(task)} as ${statusWord(target)}: its status comes${where}, not from the item (${at}); move the item under another heading, or give it a status of its own; nothing was written`,
    );
  }
  if (task.statusFrom === 'children') {
    throw usageError(
      `cannot mark ${name(task)} as ${statusWord(target)}: it has no status of its own, it follows its subtasks (${at}); change those instead; nothing was written`,
    );
  }
  const how = task.statusRaw?.includes('struck') ? 'its status is written as strikethrough' : 'it writes no status anywhere';
  throw usageError(`cannot mark ${name(task)} as ${statusWord(target)}: ${how} (${at}); edit it by hand; nothing was written`);
}

/** `block --reason`: into the row's "Blocked By" cell when the table has one and it is empty. */
function writeReason(plan: StatusChangePlan, text: string, sprint: Sprint, task: Task, reason: string, vocab: Vocabulary): void {
  for (const o of task.occurrences) {
    if (o.kind !== 'table-row' || o.table === null) continue;
    const table = sprint.tables[o.table];
    const column = table?.columns.blockedBy;
    if (table === undefined || column === undefined) continue;
    const span = table.cells.find((r) => r.line === o.span.line)?.spans[column];
    if (!span) continue;
    const cell = { start: span[0], end: span[1] };
    const current = text.slice(cell.start, cell.end);
    if (!isBlankish(current, vocab.placeholders)) {
      plan.notes.push(`--reason not written: the Blocked By cell of ${name(task)} (line ${o.span.line}) already says "${current}"`);
      return;
    }
    const edit = cellEdit(text, cell.start, cell.end, reason, `reason for ${name(task)}`);
    plan.edits.push(edit);
    plan.changed.push({ task, line: o.span.line, before: current, after: reason, because: 'reason' });
    return;
  }
  plan.notes.push(`--reason not written: the document has no place for a reason next to ${name(task)} (no Blocked By column)`);
}

/**
 * Undoing a roll-up: a parent that `done` made done because its last child was, and that the
 * earlier version had in another state, gets that state back instead of the generic rule's.
 */
function restoreRolledUp(targets: Map<string, Status>, task: Task, earlier: Sprint): void {
  const before = new Map(earlier.tasks.map((t) => [t.key, t.status]));
  for (const [key, status] of targets) {
    const was = before.get(key);
    if (key !== task.key && status !== 'done' && was !== undefined && was !== 'done') targets.set(key, was);
  }
}

/**
 * Undoing `done` on a parent: the subtasks it ticked (done now, open in the earlier version) get
 * their earlier state back; subtasks that were already done stay done.
 */
/**
 * `reopen` of a parent that follows its subtasks, with no history to say which ones `done` ticked:
 * not started is every subtask not started (cancelled ones stay cancelled).
 */
function reopenSubtasks(targets: Map<string, Status>, sprint: Sprint, task: Task): void {
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  const down = (t: Task): void => {
    for (const k of t.children) {
      const c = byKey.get(k);
      if (!c) continue;
      if (c.status !== 'todo' && c.status !== 'cancelled') targets.set(k, 'todo');
      down(c);
    }
  };
  down(task);
}

function restoreTicked(targets: Map<string, Status>, sprint: Sprint, task: Task, earlier: Sprint): void {
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  const before = new Map(earlier.tasks.map((t) => [t.key, t.status]));
  const down = (t: Task): void => {
    for (const k of t.children) {
      const c = byKey.get(k);
      if (!c) continue;
      const was = before.get(k);
      if (c.status === 'done' && was !== undefined && was !== 'done') targets.set(k, was);
      down(c);
    }
  };
  down(task);
}

/**
 * What each place of `t` said in the earlier version: the places are matched in order when the
 * task writes its status in as many places of the same kinds there.
 */
function earlierWords(
  t: Task,
  now: readonly StatusPlace[],
  earlier: { sprint: Sprint; text: string },
  vocab: Vocabulary,
): (place: StatusPlace) => string | null {
  const then = earlier.sprint.tasks.find((e) => e.key === t.key);
  if (!then) return () => null;
  const ctx = placeContext(earlier.text, earlier.sprint, vocab);
  const old = then.occurrences.flatMap((o) => placesOf(o, ctx));
  if (old.length !== now.length || old.some((p, i) => p.kind !== now[i]!.kind)) return () => null;
  return (place) => {
    const p = old[now.indexOf(place)];
    if (!p) return null;
    if (p.kind === 'checkbox') return p.char;
    if (p.kind === 'lane') return null;
    const { emoji, words } = p.parts;
    if (!emoji && !words) return null;
    return earlier.text.slice(Math.min(emoji?.start ?? Infinity, words?.start ?? Infinity), Math.max(emoji?.end ?? -1, words?.end ?? -1));
  };
}

/**
 * Done dates follow the status in a document that records them (Obsidian Tasks' `✅ 2025-01-09`,
 * Dataview's `[completion:: …]`): a checklist item made done gets today's date at the end of its
 * line, written the way the document writes most of them; one made anything else loses its date
 * (as Obsidian Tasks does), so `done` then `reopen` gives back the original bytes.
 */
function writeDoneDates(plan: StatusChangePlan, sprint: Sprint, targets: ReadonlyMap<string, Status>, today: string): void {
  const forms = sprint.tasks.flatMap((t) => t.occurrences.flatMap((o) => (o.doneDate ? [o.doneDate.form] : [])));
  if (forms.length === 0) return;
  const form = mostCommon(forms);
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  for (const [key, status] of targets) {
    const t = byKey.get(key)!;
    for (const o of t.occurrences) {
      if (o.fieldsAt === undefined || o.fieldsAt === null) continue;
      if (status === 'done' && !o.doneDate) {
        const text = form.endsWith(':: ]') ? ` ${form.slice(0, -1)}${today}]` : ` ${form}${today}`;
        plan.edits.push({ start: o.fieldsAt, end: o.fieldsAt, text });
      } else if (status !== 'done' && o.doneDate) plan.edits.push({ start: o.doneDate.start, end: o.doneDate.end, text: '' });
    }
  }
}

/** The value written most often (the first of equals). */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** What locating a document's status places needs, from its text and model. */
function placeContext(text: string, sprint: Sprint, vocab: Vocabulary): PlaceContext {
  return { text, sections: sprint.sections, vocab, legend: legendOf(sprint), checkboxes: sprint.checkboxes, tables: sprint.tables };
}

function record(plan: StatusChangePlan, task: Task, change: PlaceChange, because: string | null): void {
  plan.edits.push(change.edit, ...(change.extra ?? []));
  plan.changed.push({ task, line: change.line, before: change.before, after: change.after, because });
}

function saysAlready(place: StatusPlace, target: Status, ctx: PlaceContext): boolean {
  if (place.kind === 'checkbox') return ctx.checkboxes?.[place.char] === target;
  if (place.kind === 'lane') return false; // moveCard knows when the card is already in its lane
  // The reader recorded what each place says (StatusParts.status): no second reading of the text.
  return place.parts.status === target;
}

function isAncestor(sprint: Sprint, maybe: Task, of: Task): boolean {
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  for (let p = of.parent ? byKey.get(of.parent) : undefined; p; p = p.parent ? byKey.get(p.parent) : undefined) if (p.key === maybe.key) return true;
  return false;
}

function becauseOfChildren(status: Status): string {
  return status === 'done' ? 'all its subtasks are done' : 'not all its subtasks are done';
}

/** "4.3" or the title, for messages. */
export function name(task: Task): string {
  return task.id ?? `"${task.title}"`;
}
