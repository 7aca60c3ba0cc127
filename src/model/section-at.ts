/**
 * Which section holds an offset. Metrics, the reader and write-back all ask it, many times per
 * document, so it is a binary search instead of a scan (a scan per task made a 1.6 MB history
 * quadratic: 1.3 s of its 7.5 s).
 */
import type { Section } from './schema.js';

/**
 * The innermost section around `offset` among `sections` (in document order, as the reader
 * lists them), optionally only those `accept` takes. Rule: a section runs to the next heading of
 * its level or higher, so the sections around an offset are the last one starting at or before it
 * and its enclosing ones; the climb passes at most one section per heading level.
 */
export function sectionAt(sections: readonly Section[], offset: number, accept?: (s: Section) => boolean): Section | null {
  const parents = parentsOf(sections);
  let lo = 0;
  let hi = sections.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.span.start <= offset) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (; i >= 0; i = parents[i]!) {
    const s = sections[i]!;
    if (offset < s.end && (!accept || accept(s))) return s;
  }
  return null;
}

const PARENTS = new WeakMap<readonly Section[], Int32Array>();

/** Each section's enclosing section (the last earlier one of a smaller depth), -1 for none; computed once per list. */
function parentsOf(sections: readonly Section[]): Int32Array {
  let parents = PARENTS.get(sections);
  if (parents?.length === sections.length) return parents;
  parents = new Int32Array(sections.length);
  const stack: number[] = [];
  sections.forEach((s, i) => {
    while (stack.length > 0 && sections[stack.at(-1)!]!.depth >= s.depth) stack.pop();
    parents![i] = stack.at(-1) ?? -1;
    stack.push(i);
  });
  PARENTS.set(sections, parents);
  return parents;
}
