import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits, invertEdits, lineOfOffset, type Edit } from '../../src/edit/edit.js';
import { SprintError } from '../../src/errors.js';

const RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Documents shaped like real sprint files.

const name = fc.oneof(
  fc.constantFrom('Parser', 'Write-back 🚀', 'Tables', 'Ünïcode', '日本語', 'Fix `sprint tick`', 'âœ… mojibake', ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const status = fc.constantFrom('✅ Done', '⬜ Todo', '🔄 In progress', '❌ Blocked', 'âœ… Done', 'â¬œ Todo', '⏳', '');
const estimate = fc.constantFrom('4h', '0.5h', '14h / 14h', '—', '');
const trailing = fc.constantFrom('', '', '  ', ' ');

const line = fc.oneof(
  fc.tuple(name, status, estimate).map(([n, s, e]) => `| **${n}** | ${s} | ${e} |`),
  fc.tuple(fc.constantFrom('├─', '└─', '│  └─'), name, status, estimate).map(([b, n, s, e]) => `| ${b} ${n} | ${s} | ${e} |`),
  fc.tuple(fc.constantFrom(' ', 'x', 'X'), name).map(([c, n]) => `- [${c}] ${n}`),
  fc.tuple(fc.constantFrom('#', '##', '###'), name, fc.constantFrom('(14h / 14h) ✅', '(3h / 8h) 🔄', '')).map(([h, n, t]) => `${h} ${n} ${t}`),
  fc.constantFrom('| Task | Status | Est |', '|------|:------:|----:|', '', '---', '> **Note** 🚀 ship it', '<!-- sprint: 4 -->'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const document = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', 'mixed'),
    lines: fc.array(fc.tuple(line, trailing, fc.boolean()), { maxLength: 40, size: 'medium' }),
    finalEol: fc.boolean(),
  })
  .map(({ bom, eol, lines, finalEol }) => {
    const ending = (crlf: boolean): string => (eol === 'mixed' ? (crlf ? '\r\n' : '\n') : eol);
    const body = lines.map(([text, pad, crlf], i) => text + pad + (i < lines.length - 1 || finalEol ? ending(crlf) : '')).join('');
    return (bom ? '\uFEFF' : '') + body;
  });

// ---------------------------------------------------------------------------------------------
// Edits.

const replacement = fc.oneof(
  fc.constantFrom('', '✅ Done', '⬜ Todo', '\r\n', '\n', '| **New** | ⬜ Todo | 1h |\n', '- [x] ', 'âœ…', '🚀', '  ', '\uFEFF'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

interface RawEdit {
  at: number;
  length: number;
  text: string;
  withExpect: boolean;
  label: string | null;
}

const rawEdit = fc.record({
  at: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 6 }), fc.nat({ max: 60 })),
  text: replacement,
  withExpect: fc.boolean(),
  label: fc.option(fc.constantFrom('status of 4.3', 'estimate of 2.1', 'tick item'), { nil: null }),
});

/** Moves an offset that falls inside a surrogate pair back to the pair's start. */
function snap(source: string, offset: number): number {
  const high = source.charCodeAt(offset - 1);
  const low = source.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? offset - 1 : offset;
}

function toEdit(source: string, raw: RawEdit): Edit {
  const start = snap(source, raw.at % (source.length + 1));
  const end = snap(source, Math.min(source.length, start + raw.length));
  const edit: Edit = { start, end, text: raw.text };
  if (raw.withExpect) edit.expect = source.slice(start, end);
  if (raw.label !== null) edit.label = raw.label;
  return edit;
}

/** The reference definition of a conflict, written independently of the engine. */
function conflicts(x: Edit, y: Edit): boolean {
  const xInsert = x.start === x.end;
  const yInsert = y.start === y.end;
  if (xInsert && yInsert) return x.start === y.start;
  if (xInsert) return y.start < x.start && x.start < y.end;
  if (yInsert) return x.start < y.start && y.start < x.end;
  return x.start < y.end && y.start < x.end;
}

function anyConflict(edits: readonly Edit[]): boolean {
  return edits.some((x, i) => edits.some((y, j) => i < j && conflicts(x, y)));
}

/** Random edits, any of which may overlap. */
const candidateEdits = (source: string): fc.Arbitrary<Edit[]> => fc.array(rawEdit, { maxLength: 8 }).map((raws) => raws.map((raw) => toEdit(source, raw)));

/** Keeps each edit only if it conflicts with none kept before, giving a valid edit set. */
function keepDisjoint(edits: readonly Edit[]): Edit[] {
  const kept: Edit[] = [];
  for (const edit of edits) if (!kept.some((other) => conflicts(edit, other))) kept.push(edit);
  return kept;
}

/**
 * A valid edit set: either scattered at random, or walked left to right with small gaps (often
 * none), so touching ranges and insertions at a range's edge come up often.
 */
const disjointEdits = (source: string): fc.Arbitrary<Edit[]> =>
  fc.oneof(
    fc.array(rawEdit, { maxLength: 16 }).map((raws) => keepDisjoint(raws.map((raw) => toEdit(source, raw)))),
    fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.nat({ max: 20 })), rawEdit), { maxLength: 16 }).map((steps) => {
      const edits: Edit[] = [];
      let at = 0;
      for (const [gap, raw] of steps) {
        if (at + gap > source.length) break;
        const edit = toEdit(source, { ...raw, at: at + gap });
        edits.push(edit);
        at = edit.end;
      }
      return keepDisjoint(edits);
    }),
  );

const docWithEdits = document.chain((source) => fc.tuple(fc.constant(source), disjointEdits(source)));

function byPosition(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end;
}

function refusal(fn: () => unknown): SprintError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof SprintError) return error;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------

describe('applyEdits properties', () => {
  it('(a) leaves every byte outside the edited spans unchanged, in order', () => {
    fc.assert(
      fc.property(docWithEdits, ([source, edits]) => {
        const result = applyEdits(source, edits);
        let out = 0;
        let from = 0;
        for (const edit of [...edits].sort(byPosition)) {
          const gap = source.slice(from, edit.start);
          expect(result.slice(out, out + gap.length)).toBe(gap);
          out += gap.length;
          expect(result.slice(out, out + edit.text.length)).toBe(edit.text);
          out += edit.text.length;
          from = edit.end;
        }
        expect(result.slice(out)).toBe(source.slice(from));
        // Nothing was re-serialized: a BOM and the line-ending sequence outside edits survive.
        if (edits.every((edit) => edit.start > 0)) expect(result.startsWith('\uFEFF')).toBe(source.startsWith('\uFEFF'));
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) applying the inverse edits restores the original exactly', () => {
    fc.assert(
      fc.property(docWithEdits, ([source, edits]) => {
        const result = applyEdits(source, edits);
        const inverse = invertEdits(source, edits);
        for (const edit of inverse) expect(edit.expect).toBe(result.slice(edit.start, edit.end));
        expect(applyEdits(result, inverse)).toBe(source);
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) gives the same result whatever the order of the edits', () => {
    const withPermutation = docWithEdits.chain(([source, edits]) =>
      fc.tuple(fc.constant(source), fc.constant(edits), fc.shuffledSubarray(edits, { minLength: edits.length, maxLength: edits.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([source, edits, shuffled]) => {
        expect(applyEdits(source, shuffled)).toBe(applyEdits(source, edits));
        expect(applyEdits(source, [...edits].reverse())).toBe(applyEdits(source, edits));
      }),
      { numRuns: RUNS },
    );
  });

  it('(d) refuses exactly the edit sets that contain a conflict', () => {
    const docWithCandidates = document.chain((source) => fc.tuple(fc.constant(source), candidateEdits(source)));
    fc.assert(
      fc.property(docWithCandidates, ([source, edits]) => {
        const error = refusal(() => applyEdits(source, edits));
        if (anyConflict(edits)) {
          expect(error?.kind).toBe('conflict');
          expect(error?.message).toMatch(/overlap|same place/);
        } else {
          expect(error).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('(d) refuses a valid set once one overlapping edit is added, wherever it lands', () => {
    const withIntruder = docWithEdits
      .filter(([, edits]) => edits.length > 0)
      .chain(([source, edits]) =>
        fc
          .record({
            victim: fc.nat({ max: edits.length - 1 }),
            kind: fc.constantFrom('same', 'intersect-left', 'intersect-right', 'inside', 'around', 'twin-insert'),
            text: replacement,
            slot: fc.nat({ max: edits.length }),
          })
          .map(({ victim, kind, text, slot }) => {
            const v = edits[victim]!;
            const len = source.length;
            let start = v.start;
            let end = v.end;
            if (kind === 'intersect-left') [start, end] = [Math.max(0, v.start - 1), Math.min(len, v.start + 1)];
            if (kind === 'intersect-right') [start, end] = [Math.max(0, v.end - 1), Math.min(len, v.end + 1)];
            if (kind === 'inside') [start, end] = [v.start + 1, v.start + 1];
            if (kind === 'around') [start, end] = [Math.max(0, v.start - 1), Math.min(len, v.end + 1)];
            if (kind === 'twin-insert') [start, end] = [v.start, v.start];
            const intruder: Edit = { start: snap(source, start), end: snap(source, end), text, label: 'intruder' };
            const all = [...edits];
            all.splice(slot, 0, intruder);
            return { source, all, intruder, victim: v };
          }),
      )
      .filter(({ source, intruder, victim }) => intruder.end <= source.length && intruder.start <= intruder.end && conflicts(intruder, victim));
    fc.assert(
      fc.property(withIntruder, ({ source, all }) => {
        const error = refusal(() => applyEdits(source, all));
        expect(error?.kind).toBe('conflict');
        expect(error?.message).toMatch(/overlap|same place/);
        expect(refusal(() => invertEdits(source, all))?.kind).toBe('conflict');
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses any edit whose expected text no longer matches', () => {
    const withStaleEdit = docWithEdits
      .filter(([, edits]) => edits.some((edit) => edit.end > edit.start))
      .map(([source, edits]) => {
        const target = edits.find((edit) => edit.end > edit.start)!;
        const stale = edits.map((edit) => (edit === target ? { ...edit, expect: `${source.slice(edit.start, edit.end)}x` } : edit));
        return { source, stale };
      });
    fc.assert(
      fc.property(withStaleEdit, ({ source, stale }) => {
        const error = refusal(() => applyEdits(source, stale));
        expect(error?.kind).toBe('conflict');
        expect(error?.message).toMatch(/expected .* but found/s);
      }),
      { numRuns: 100 },
    );
  });
});

describe('lineOfOffset properties', () => {
  it('agrees with splitting the prefix on \\n', () => {
    const withOffset = document.chain((source) => fc.tuple(fc.constant(source), fc.nat({ max: source.length })));
    fc.assert(
      fc.property(withOffset, ([source, offset]) => {
        const before = source.slice(0, offset).split('\n');
        expect(lineOfOffset(source, offset)).toEqual({ line: before.length, column: before[before.length - 1]!.length + 1 });
      }),
      { numRuns: RUNS },
    );
  });
});
