/**
 * The contract between `sync` and everything that keeps a derived part of a document up to date
 * (rollup numbers, progress bars, generated burn-down blocks). An updater reads the document and
 * its model and proposes edits on the original text; it never re-serializes anything, and when an
 * input it depends on was not understood it proposes nothing and says why in a diagnostic.
 */
import type { Edit } from '../edit/edit.js';
import type { BurndownReport } from '../metrics/burndown-report.js';
import type { Diagnostic, Sprint } from '../model/schema.js';

/** What an updater may look at: the exact text, its model, and the day it is. */
export interface SyncContext {
  text: string;
  sprint: Sprint;
  file: string;
  /** ISO date used by date-dependent fragments (days left, required velocity). */
  today: string;
  /** Whether date-only fragments (days left, days elapsed) may be rewritten: true for `sync`, false for `done`/`start`/…. */
  includeDateFragments: boolean;
  /**
   * The model before the status change that triggered this update (`done`/`start`/…); absent for
   * `sync`. Lets a number that depends on both the tasks and the date (required velocity) be
   * rewritten only when the tasks changed it, not merely because a day passed.
   */
  previous?: Sprint;
  /** The burn-down report generated blocks show, when the caller computed it (from git history); else the document's own. */
  report?: BurndownReport;
}

/** What an updater proposes. */
export interface UpdatePlan {
  edits: Edit[];
  diagnostics: Diagnostic[];
}

/** One kind of derived fragment. */
export type FragmentUpdater = (ctx: SyncContext) => UpdatePlan;
