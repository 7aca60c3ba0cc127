/**
 * A status command on one document, as a pure function: the status edits (plan-status-change.ts),
 * then every rollup recomputed on the document as it will be, composed into one set of edits on
 * the original text — one write, one diff. The result is read again and must give the intended
 * statuses and leave every other written status alone.
 *
 * The rollups are first computed without reading the changed document: on the model as read, with
 * the statuses the plan sets, their edits carried past the status edits (edit/shift.ts). That
 * answer is kept only when the result, read again (the check every write passes anyway), is a
 * fixed point — every updater, run on it, finds nothing left to change — and its diagnostics can
 * be placed exactly; otherwise the changed document is read and the rollups computed on it, as
 * before. tests/corpus/status-change-routes.test.ts shows both give the same result on every task
 * of every fixture, seed and corpus document.
 */
import { composeEdits } from '../edit/compose.js';
import { applyEdits, lineOfOffset, offsetOfLine, type Edit } from '../edit/edit.js';
import { shiftEdits, shiftOffset } from '../edit/shift.js';
import { usageError } from '../errors.js';
import { buildSprint } from '../reader/index.js';
import type { Diagnostic, Sprint } from '../model/schema.js';
import { defaultVocabulary } from '../parse/vocab/index.js';
import { name, planStatusChange, type ChangedPlace, type StatusChangePlan, type StatusRequest } from './plan-status-change.js';
import { refuseBroken, runUpdaters } from './run-sync.js';
import { modelDifferences } from './self-check.js';
import { rewrittenLines, type ChangedLine } from './rewritten-lines.js';
import { statusWord } from './status-rewrite.js';
import type { UpdatePlan } from './updater.js';

/** What a status command does to one document. */
export interface StatusChangeOutcome {
  /** The document after the change (the same string when there was nothing to do). */
  text: string;
  /** The edits on the original text. */
  edits: Edit[];
  /** Status places that changed. */
  changed: ChangedPlace[];
  /** Derived lines (rollups) that changed with them. */
  rollups: ChangedLine[];
  /** Things the user should know. */
  notes: string[];
  /** What the updaters noticed (fragments left alone and why). */
  diagnostics: Diagnostic[];
  /** Why nothing changed ("4.3 is already done"), or null. */
  nothingToDo: string | null;
  /** The model of `text`: the self-check's reading of the changed document, or the model given when nothing changed. */
  model: Sprint;
  /** Where the rollups were computed: on the model as read ('model'), or on the changed document read again ('reread'); null when nothing changed. */
  rollupsFrom: RollupRoute | null;
}

/**
 * How the rollups are found: 'model' tries the model as read first (see the file header), 'reread'
 * always reads the changed document (the reference the other is tested against).
 */
export type RollupRoute = 'model' | 'reread';

/** Sets `task` (of `sprint`, the model of `text`) to `target` and updates what depends on it. */
export function changeStatus(
  text: string,
  sprint: Sprint,
  request: Omit<StatusRequest, 'today'>,
  today: string,
  route: RollupRoute = 'model',
): StatusChangeOutcome {
  refuseBroken(sprint);
  const vocab = defaultVocabulary();
  const plan = planStatusChange(text, sprint, { ...request, today }, vocab);
  if (plan.edits.length === 0)
    return {
      text,
      edits: [],
      changed: [],
      rollups: [],
      notes: plan.notes,
      diagnostics: [],
      nothingToDo: plan.nothingToDo ?? 'nothing to change',
      model: sprint,
      rollupsFrom: null,
    };

  const middle = applyEdits(text, plan.edits);
  const { updates, final, finalModel, from } =
    (route === 'model' ? updatedFromModel(text, middle, sprint, plan, today) : null) ?? updatedByRereading(middle, sprint, today);

  const notes = [...plan.notes];
  const expected = new Map(plan.expected);
  const main = request.task;
  const after = finalModel.tasks.find((t) => t.key === main.key);
  // A reopened task whose blocker is still written reads as blocked: that is the document speaking.
  if (request.target === 'todo' && after?.status === 'blocked' && after.blockedBy) {
    expected.set(main.key, 'blocked');
    notes.push(`${name(main)} still reads as blocked: "${after.blockedBy}"`);
  }
  const differences = modelDifferences(sprint, finalModel, expected, true);
  if (differences.length > 0) {
    if (after && after.status !== request.target && expected.get(main.key) === request.target) {
      const why =
        after.status === 'blocked' && after.blockedBy
          ? `it would still read as blocked ("${after.blockedBy}")`
          : `it would read as ${statusWord(after.status)}`;
      throw usageError(`cannot mark ${name(main)} as ${statusWord(request.target)}: ${why}; nothing was written`, notes);
    }
    throw usageError(
      `cannot mark ${name(main)} as ${statusWord(request.target)}: the edit would also change how the rest of ${sprint.file} reads (${differences[0]}); nothing was written`,
    );
  }
  return {
    text: final,
    edits: composeEdits(text, plan.edits, updates.edits),
    changed: plan.changed,
    rollups: rewrittenLines(middle, final, updates.edits),
    notes,
    diagnostics: updates.diagnostics,
    nothingToDo: null,
    model: finalModel,
    rollupsFrom: from,
  };
}

/** The rollup edits (on `middle`, the text after the status edits), the result, and its model. */
interface Updated {
  updates: UpdatePlan;
  final: string;
  finalModel: Sprint;
  from: RollupRoute;
}

/** The rollups computed on the changed document, read again. */
function updatedByRereading(middle: string, sprint: Sprint, today: string): Updated {
  const middleModel = buildSprint(middle, sprint.file);
  const updates = runUpdaters({ text: middle, sprint: middleModel, file: sprint.file, today, includeDateFragments: false, previous: sprint });
  const final = applyEdits(middle, updates.edits);
  const finalModel = updates.edits.some((e) => middle.slice(e.start, e.end) !== e.text) ? buildSprint(final, sprint.file) : middleModel;
  return { updates, final, finalModel, from: 'reread' };
}

/**
 * The rollups computed on the model as read with the planned statuses, or null when that answer
 * cannot be proved: an edit or a diagnostic meets a status edit, the result read again is not a
 * fixed point of the updaters (some number depends on more than the statuses), or anything on the
 * way fails (the route that reads again then gives the answer, or the refusal, it always gave).
 */
function updatedFromModel(text: string, middle: string, sprint: Sprint, plan: StatusChangePlan, today: string): Updated | null {
  try {
    return provedFromModel(text, middle, sprint, plan, today);
  } catch {
    return null;
  }
}

function provedFromModel(text: string, middle: string, sprint: Sprint, plan: StatusChangePlan, today: string): Updated | null {
  const file = sprint.file;
  const planned = runUpdaters({ text, sprint: withPlannedStatuses(sprint, plan), file, today, includeDateFragments: false, previous: sprint });
  const edits = shiftEdits(text, planned.edits, plan.edits);
  const diagnostics = edits && placedAfter(text, middle, planned.diagnostics, plan.edits);
  if (!edits || !diagnostics) return null;
  const final = applyEdits(middle, edits);
  const finalModel = buildSprint(final, file);
  const again = runUpdaters({ text: final, sprint: finalModel, file, today, includeDateFragments: false, previous: sprint });
  if (again.edits.some((e) => final.slice(e.start, e.end) !== e.text)) return null;
  return { updates: { edits, diagnostics }, final, finalModel, from: 'model' };
}

/**
 * The model as read, with every task the plan changes in the status it will read as; a task whose
 * own status place is rewritten reads it as written from then on.
 */
function withPlannedStatuses(sprint: Sprint, plan: StatusChangePlan): Sprint {
  const rewritten = new Set(plan.changed.map((c) => c.task.key));
  return {
    ...sprint,
    tasks: sprint.tasks.map((t) => {
      const status = plan.expected.get(t.key);
      return status === undefined ? t : { ...t, status, statusFrom: rewritten.has(t.key) ? 'written' : t.statusFrom };
    }),
  };
}

/** Diagnostics located on `text`, located on `middle` (its edited form); null when one sits on an edit. */
function placedAfter(text: string, middle: string, diagnostics: readonly Diagnostic[], edits: readonly Edit[]): Diagnostic[] | null {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const offset = offsetOfLine(text, d.line, d.column);
    const at = offset === null ? null : shiftOffset(text, offset, edits);
    if (at === null) return null;
    out.push({ ...d, ...lineOfOffset(middle, at) });
  }
  return out;
}
