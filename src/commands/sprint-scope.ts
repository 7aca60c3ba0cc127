/**
 * `--sprint N|title|all` for status, list and burndown: each multi-sprint document narrowed to the
 * chosen sprint (default: the current one). Single-sprint documents are left as they are.
 */
import { usageError } from '../errors.js';
import { chooseSprint, narrowToSprint } from '../metrics/sprint-select.js';
import type { Sprint } from '../model/schema.js';

/** A document as a command should show it, and which of its sprints that is (null: the whole document). */
export interface ScopedDocument {
  whole: Sprint;
  view: Sprint;
  selected: number | null;
}

/** Narrows every document to the sprint `query` names; a usage error when a multi-sprint document has none such. */
export function scopeToSprint(documents: readonly Sprint[], query: string | undefined, today: string | null): ScopedDocument[] {
  return documents.map((whole) => {
    const choice = chooseSprint(whole, query, today);
    if (choice === 'all') return { whole, view: whole, selected: null };
    if ('missing' in choice) {
      const names = whole.sprints.map((p) => p.title).join('; ');
      throw usageError(`no sprint "${choice.missing}" in ${whole.file} (its sprints: ${names}); use a number, part of a title, or all`);
    }
    return { whole, view: narrowToSprint(whole, choice.index), selected: choice.index };
  });
}
