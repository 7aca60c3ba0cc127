/**
 * Moving edits and positions located on a text onto the text another set of edits made of it.
 * A status command computes its rollup edits on the document as it was read and carries them past
 * its own status edits this way, instead of reading the document a second time. Exact by
 * construction: an edit or a position that touches another edit is refused (null), never guessed.
 * Pure.
 */
import type { Edit } from './edit.js';

/** The real changes of `edits` on `source` (no-ops dropped), sorted by position. */
function changesOf(source: string, edits: readonly Edit[]): Edit[] {
  return edits.filter((e) => source.slice(e.start, e.end) !== e.text).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Where `offset` of `source` lies in `applyEdits(source, earlier)`, or null when it falls inside
 * an earlier edit or at its edge (where text was inserted or replaced, the old position has no
 * single answer).
 */
export function shiftOffset(source: string, offset: number, earlier: readonly Edit[]): number | null {
  let shift = 0;
  for (const e of changesOf(source, earlier)) {
    if (e.end < offset) shift += e.text.length - (e.end - e.start);
    else if (e.start > offset) break;
    else return null;
  }
  return offset + shift;
}

/**
 * `later`, edits planned on `source`, located on `applyEdits(source, earlier)` instead; null when
 * any of them touches one of `earlier` (overlaps it or meets it at an end), as two changes to one
 * spot cannot be ordered without reading the result.
 */
export function shiftEdits(source: string, later: readonly Edit[], earlier: readonly Edit[]): Edit[] | null {
  const changes = changesOf(source, earlier);
  const out: Edit[] = [];
  for (const e of later) {
    if (source.slice(e.start, e.end) === e.text) continue;
    if (changes.some((c) => c.start <= e.end && c.end >= e.start)) return null;
    const start = shiftOffset(source, e.start, changes);
    if (start === null) return null;
    out.push({ ...e, start, end: start + (e.end - e.start), expect: source.slice(e.start, e.end) });
  }
  return out;
}
