/**
 * A draft work item: one occurrence of a task as the walker finds it, before occurrences that
 * share an ID are merged into one task (`merge.ts`).
 */
import type { EstimateMatch } from '../parse/recognize/estimate.js';
import type { StatusName } from '../parse/vocab/index.js';
import type { ChecklistItem, Occurrence, Span, StatusSite } from '../model/schema.js';

/** One occurrence of a work item, with everything read from it. */
export interface Draft {
  /** Merge key: the strong ID's key, or a unique `L<line>:<col>` for items without one. */
  key: string;
  strong: boolean;
  id: string | null;
  title: string;
  kind: Occurrence['kind'];
  status: StatusName | null;
  statusRaw: string | null;
  site: StatusSite | null;
  /** Checklist items: the done-date field's span and form, and where a new field goes (Occurrence.doneDate / fieldsAt). */
  doneDate?: { start: number; end: number; form: string } | null;
  fieldsAt?: number | null;
  /** Status inherited from a bucket heading when the item writes none. */
  sectionStatus: StatusName | null;
  estimate: EstimateMatch | null;
  /** Estimate from a detail field ("Duration: 2 days"), used only when no occurrence states one. */
  estimateFallback: EstimateMatch | null;
  assignee: string | null;
  priority: string | null;
  dependsOn: string[];
  blockedBy: string | null;
  parent: Draft | null;
  checklist: ChecklistItem[];
  headingPath: string[];
  section: string | null;
  span: Span;
  date: string | null;
  continued: boolean;
  completedOn: string | null;
  optional: boolean;
  /** A numbered step of a work item's breakdown (walk-headings.ts): a subtask even with no status or estimate of its own. */
  step?: boolean;
  /** Where a trailing status marker would go (Occurrence.markerAt). */
  markerAt?: number;
  table: number | null;
  /** Weak list numbering ("1." → "1") for dotted-ID hierarchy inside one list. */
  localNumber: string | null;
  /** Bracketed labels after the ID ("T003 [P] [US1] Create …" → P, US1). */
  labels: string[];
}

/** A blank draft at a place; callers fill in what they read. */
export function newDraft(kind: Draft['kind'], span: Span, title: string, headingPath: string[]): Draft {
  return {
    key: `L${span.line}:${span.column}`,
    strong: false,
    id: null,
    title,
    kind,
    status: null,
    statusRaw: null,
    site: null,
    sectionStatus: null,
    estimate: null,
    estimateFallback: null,
    assignee: null,
    priority: null,
    dependsOn: [],
    blockedBy: null,
    parent: null,
    checklist: [],
    headingPath,
    section: headingPath.length > 0 ? headingPath[headingPath.length - 1]! : null,
    span,
    date: null,
    continued: false,
    completedOn: null,
    optional: false,
    table: null,
    localNumber: null,
    labels: [],
  };
}

/** A "(continued)" title: the item goes on from an earlier board. */
export function isContinuation(title: string, words: readonly string[]): boolean {
  const t = title.toLowerCase();
  return words.some((w) => t.includes(`(${w})`));
}
