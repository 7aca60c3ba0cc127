/**
 * Two rounds of edits as one: `second` was planned on the text `first` produced (status edits,
 * then the rollups recomputed on the changed document), and the result is a single set of edits on
 * the original text, so a command writes once, shows one diff, and the property "bytes outside the
 * edited spans never change" can be checked against one list. Pure.
 */
import { applyEdits, type Edit } from './edit.js';

/** Edits on `original` equivalent to applying `first`, then `second` (located on the first result). */
export function composeEdits(original: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  const middle = applyEdits(original, first);
  const final = applyEdits(middle, second);
  const a = normalized(original, first);
  const b = normalized(middle, second);
  // Changed intervals in the middle text's coordinates: what `first` wrote and what `second` replaces.
  const intervals = [
    ...a.map((e) => ({ start: e.start + a.shiftBefore(e), end: e.start + a.shiftBefore(e) + e.text.length, label: e.label })),
    ...b.map((e) => ({ start: e.start, end: e.end, label: e.label })),
  ].sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: Array<{ start: number; end: number; labels: string[] }> = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last && iv.start <= last.end) {
      last.end = Math.max(last.end, iv.end);
      if (iv.label && !last.labels.includes(iv.label)) last.labels.push(iv.label);
    } else {
      merged.push({ start: iv.start, end: iv.end, labels: iv.label ? [iv.label] : [] });
    }
  }
  const out: Edit[] = [];
  for (const m of merged) {
    const start = toBefore(a, m.start, 'start');
    const end = toBefore(a, m.end, 'end');
    const text = final.slice(toAfter(b, m.start, 'start'), toAfter(b, m.end, 'end'));
    const expect = original.slice(start, end);
    if (text === expect) continue;
    const edit: Edit = { start, end, text, expect };
    if (m.labels.length > 0) edit.label = m.labels.join('; ');
    out.push(edit);
  }
  return out;
}

/** Edits sorted, with no-ops dropped, and how far the ones before an edit moved its offsets. */
interface Normalized extends Array<Edit> {
  shiftBefore(edit: Edit): number;
}

function normalized(source: string, edits: readonly Edit[]): Normalized {
  const sorted = edits.filter((e) => source.slice(e.start, e.end) !== e.text).sort((x, y) => x.start - y.start || x.end - y.end);
  const shifts = new Map<Edit, number>();
  let shift = 0;
  for (const e of sorted) {
    shifts.set(e, shift);
    shift += e.text.length - (e.end - e.start);
  }
  return Object.assign(sorted, { shiftBefore: (e: Edit) => shifts.get(e) ?? 0 });
}

/**
 * A middle-text offset at the edge of a merged interval, in original coordinates. An empty result
 * (a deletion) sitting exactly at the offset belongs to the interval: it counts as before the
 * offset at the interval's end, and after it at the interval's start.
 */
function toBefore(first: Normalized, offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of first) {
    const end = e.start + shift + e.text.length;
    if (end > offset || (end === offset && e.text.length === 0 && side === 'start')) break;
    shift += e.text.length - (e.end - e.start);
  }
  return offset - shift;
}

/** The same for `second`: a middle-text offset at the edge of a merged interval, in final coordinates. */
function toAfter(second: Normalized, offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of second) {
    if (e.end > offset || (e.end === offset && e.start === e.end && side === 'start')) break;
    shift += e.text.length - (e.end - e.start);
  }
  return offset + shift;
}
