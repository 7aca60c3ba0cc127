/**
 * A status command on one document, as a pure function: the status edits (plan-status-change.ts),
 * then every rollup recomputed on the document as it will be, composed into one set of edits on
 * the original text — one write, one diff. The result is read again and must give the intended
 * statuses and leave every other written status alone.
 */
import { composeEdits } from '../edit/compose.js';
import { applyEdits, type Edit } from '../edit/edit.js';
import { usageError } from '../errors.js';
import { buildSprint } from '../reader/index.js';
import type { Diagnostic, Sprint } from '../model/schema.js';
import { defaultVocabulary } from '../parse/vocab/index.js';
import { name, planStatusChange, type ChangedPlace, type StatusRequest } from './plan-status-change.js';
import { refuseBroken, runUpdaters } from './run-sync.js';
import { modelDifferences } from './self-check.js';
import { rewrittenLines, type ChangedLine } from './rewritten-lines.js';
import { statusWord } from './status-rewrite.js';

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
}

/** Sets `task` (of `sprint`, the model of `text`) to `target` and updates what depends on it. */
export function changeStatus(text: string, sprint: Sprint, request: Omit<StatusRequest, 'today'>, today: string): StatusChangeOutcome {
  refuseBroken(sprint);
  const vocab = defaultVocabulary();
  const plan = planStatusChange(text, sprint, { ...request, today }, vocab);
  if (plan.edits.length === 0)
    return { text, edits: [], changed: [], rollups: [], notes: plan.notes, diagnostics: [], nothingToDo: plan.nothingToDo ?? 'nothing to change' };

  const middle = applyEdits(text, plan.edits);
  const middleModel = buildSprint(middle, sprint.file);
  const updates = runUpdaters({ text: middle, sprint: middleModel, file: sprint.file, today, includeDateFragments: false, previous: sprint });
  const final = applyEdits(middle, updates.edits);
  const finalModel = updates.edits.some((e) => middle.slice(e.start, e.end) !== e.text) ? buildSprint(final, sprint.file) : middleModel;

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
  };
}
