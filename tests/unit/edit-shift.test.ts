/** Carrying edits and positions past other edits (src/edit/shift.ts): examples, then the property. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/edit/edit.js';
import { shiftEdits, shiftOffset } from '../../src/edit/shift.js';

const SOURCE = 'status: TODO\nprogress: 0/2\n';
/** "TODO" → "DONE ✅" (two units longer). */
const STATUS: Edit = { start: 8, end: 12, text: 'DONE ✅' };

describe('shiftOffset', () => {
  it('moves a position after an edit by the length the edit added', () => expect(shiftOffset(SOURCE, 23, [STATUS])).toBe(25));
  it('leaves a position before every edit where it is', () => expect(shiftOffset(SOURCE, 3, [STATUS])).toBe(3));
  it('refuses a position inside or at the edge of an edit', () => {
    expect(shiftOffset(SOURCE, 10, [STATUS])).toBeNull();
    expect(shiftOffset(SOURCE, 8, [STATUS])).toBeNull();
    expect(shiftOffset(SOURCE, 12, [STATUS])).toBeNull();
  });
  it('ignores edits that change nothing', () => expect(shiftOffset(SOURCE, 10, [{ start: 8, end: 12, text: 'TODO' }])).toBe(10));
});

describe('shiftEdits', () => {
  it('locates a later edit on the edited text, with the text it expects there', () => {
    const shifted = shiftEdits(SOURCE, [{ start: 23, end: 24, text: '1', label: 'count' }], [STATUS]);
    expect(shifted).toEqual([{ start: 25, end: 26, text: '1', expect: '0', label: 'count' }]);
    expect(applyEdits(applyEdits(SOURCE, [STATUS]), shifted!)).toBe('status: DONE ✅\nprogress: 1/2\n');
  });
  it('refuses an edit that overlaps, meets or contains an earlier one', () => {
    expect(shiftEdits(SOURCE, [{ start: 10, end: 14, text: 'x' }], [STATUS])).toBeNull();
    expect(shiftEdits(SOURCE, [{ start: 12, end: 12, text: '!' }], [STATUS])).toBeNull();
    expect(shiftEdits(SOURCE, [{ start: 0, end: 20, text: 'x' }], [STATUS])).toBeNull();
  });
  it('drops later edits that change nothing', () => expect(shiftEdits(SOURCE, [{ start: 0, end: 6, text: 'status' }], [STATUS])).toEqual([]));
});

/** Disjoint edits on a text of `length` units, from sorted cut points. */
function edits(length: number): fc.Arbitrary<Edit[]> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 })
    .chain((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const pairs = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!] as const);
      return fc.tuple(...pairs.map(([start, end]) => fc.string({ maxLength: 4 }).map((text): Edit => ({ start, end, text }))));
    })
    .map((list) => [...list]);
}

describe('the property', () => {
  it('applying the earlier edits, then the shifted later ones, is applying both at once', () => {
    const text = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom('a', 'b', '\n', ' ') });
    fc.assert(
      fc.property(
        text.chain((s) => fc.tuple(fc.constant(s), edits(s.length), edits(s.length))),
        ([source, earlier, later]) => {
          const shifted = shiftEdits(source, later, earlier);
          if (shifted === null) return;
          // Edits that change nothing are dropped on both sides (applyEdits refuses even those when they overlap).
          const real = (edits: Edit[]) => edits.filter((e) => source.slice(e.start, e.end) !== e.text);
          expect(applyEdits(applyEdits(source, earlier), shifted)).toBe(applyEdits(source, [...real(earlier), ...real(later)]));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
