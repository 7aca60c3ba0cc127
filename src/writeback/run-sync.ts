/**
 * `sync` on one document, as a pure function: every registered updater proposes edits on the
 * original text, they are applied together (overlaps refused), and the result is read again to
 * make sure the tasks and their statuses are exactly what they were. Also the shared step of
 * running the updaters, which the status commands use on the document as it will be.
 */
import { applyEdits, type Edit } from '../edit/edit.js';
import { usageError } from '../errors.js';
import type { BurndownReport } from '../metrics/burndown-report.js';
import { buildSprint } from '../reader/index.js';
import type { Diagnostic, Sprint } from '../model/schema.js';
import { modelDifferences } from './self-check.js';
import type { SyncContext, UpdatePlan } from './updater.js';
import { FRAGMENT_UPDATERS } from './updaters.js';

/** What sync did to one document. */
export interface SyncOutcome {
  /** The document after sync (the same string when nothing was stale). */
  text: string;
  /** The edits on the original text. */
  edits: Edit[];
  /** Why fragments were left alone, and what the updaters noticed. */
  diagnostics: Diagnostic[];
}

/** Runs every registered updater on one document and collects their edits and diagnostics. */
export function runUpdaters(ctx: SyncContext): UpdatePlan {
  const edits: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const updater of FRAGMENT_UPDATERS) {
    const plan = updater(ctx);
    edits.push(...plan.edits);
    diagnostics.push(...plan.diagnostics);
  }
  return { edits, diagnostics };
}

/**
 * Brings every derived fragment of `text` up to date for `today` (generated blocks show `report` when
 * given, e.g. one from git history); throws if the result would read differently.
 */
export function syncDocument(text: string, file: string, today: string, sprint: Sprint = buildSprint(text, file), report?: BurndownReport): SyncOutcome {
  refuseBroken(sprint);
  const plan = runUpdaters({ text, sprint, file, today, includeDateFragments: true, ...(report ? { report } : {}) });
  const next = applyEdits(text, plan.edits);
  if (next !== text) {
    const differences = modelDifferences(sprint, buildSprint(next, file), new Map(), false);
    if (differences.length > 0) throw new Error(`sync of ${file} would change what the document says (${differences[0]}); nothing was written`);
  }
  return { text: next, edits: plan.edits.filter((e) => text.slice(e.start, e.end) !== e.text), diagnostics: plan.diagnostics };
}

/** A document the reader found errors in is never written. */
export function refuseBroken(sprint: Sprint): void {
  const error = sprint.diagnostics.find((d) => d.severity === 'error');
  if (error) throw usageError(`${sprint.file}:${error.line}:${error.column}: ${error.message}; a document with errors is never written`);
}
