import { describe, expect, it } from 'vitest';
import { applyEdits, invertEdits, lineOfOffset, offsetOfLine, type Edit } from '../../src/edit/edit.js';
import { SprintError } from '../../src/errors.js';

const doc = [
  '# Sprint 4 (14h / 14h) ✅',
  '',
  '| Task | Status | Est |',
  '|------|--------|-----|',
  '| **4.3 Parser** | ⬜ Todo | 4h |',
  '├─ 4.3.1 Tokens | ✅ Done | 1h |',
  '└─ 4.3.2 Tables | ⬜ Todo | 3h |',
  '',
  '- [ ] write docs',
  '- [x] ship it',
  '',
].join('\n');

/** An edit replacing the first occurrence of `find` (after `from`) with `text`. */
function at(source: string, find: string, text: string, from = 0, label?: string): Edit {
  const start = source.indexOf(find, from);
  if (start === -1) throw new Error(`test setup: ${find} not found`);
  const edit: Edit = { start, end: start + find.length, text, expect: find };
  if (label !== undefined) edit.label = label;
  return edit;
}

/** Runs `fn`, asserts it throws a 'conflict' SprintError, and returns its message. */
function conflict(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SprintError);
    expect((error as SprintError).kind).toBe('conflict');
    return (error as SprintError).message;
  }
  throw new Error('expected a conflict, nothing was thrown');
}

describe('applyEdits', () => {
  it('returns the source unchanged for an empty edit list', () => {
    expect(applyEdits(doc, [])).toBe(doc);
    expect(applyEdits('', [])).toBe('');
  });

  it('replaces a range', () => {
    const out = applyEdits(doc, [at(doc, '⬜ Todo', '✅ Done')]);
    expect(out).toBe(doc.replace('| **4.3 Parser** | ⬜ Todo |', '| **4.3 Parser** | ✅ Done |'));
  });

  it('inserts at an offset', () => {
    const start = doc.indexOf('- [x] ship it');
    const out = applyEdits(doc, [{ start, end: start, text: '- [ ] new item\n' }]);
    expect(out).toBe(doc.replace('- [x] ship it', '- [ ] new item\n- [x] ship it'));
  });

  it('inserts at the very start and the very end', () => {
    expect(
      applyEdits('abc', [
        { start: 0, end: 0, text: '>' },
        { start: 3, end: 3, text: '<' },
      ]),
    ).toBe('>abc<');
  });

  it('deletes a range', () => {
    const line = '- [ ] write docs\n';
    const out = applyEdits(doc, [at(doc, line, '')]);
    expect(out).toBe(doc.replace(line, ''));
  });

  it('accepts touching ranges [a,b) and [b,c)', () => {
    expect(
      applyEdits('abcdef', [
        { start: 2, end: 4, text: 'X' },
        { start: 0, end: 2, text: 'Y' },
        { start: 4, end: 6, text: 'Z' },
      ]),
    ).toBe('YXZ');
  });

  it('accepts an insertion at either edge of a replaced range, keeping it outside the range', () => {
    const edits: Edit[] = [
      { start: 2, end: 4, text: 'X' },
      { start: 2, end: 2, text: '<' },
      { start: 4, end: 4, text: '>' },
    ];
    expect(applyEdits('abcdef', edits)).toBe('ab<X>ef');
    expect(applyEdits('abcdef', [...edits].reverse())).toBe('ab<X>ef');
  });

  it('refuses overlapping ranges, naming both labels and lines', () => {
    const row = doc.indexOf('| **4.3 Parser**');
    const message = conflict(() =>
      applyEdits(doc, [
        { start: row, end: row + 20, text: 'x', label: 'title of 4.3' },
        { start: row + 10, end: row + 30, text: 'y', label: 'status of 4.3' },
      ]),
    );
    expect(message).toContain('"title of 4.3"');
    expect(message).toContain('"status of 4.3"');
    expect(message).toContain('line 5');
    expect(message).toMatch(/overlap/);
  });

  it('refuses two insertions at the same offset (their order would be a guess)', () => {
    const message = conflict(() =>
      applyEdits('abc', [
        { start: 1, end: 1, text: 'x', label: 'first' },
        { start: 1, end: 1, text: 'y', label: 'second' },
      ]),
    );
    expect(message).toContain('"first"');
    expect(message).toContain('"second"');
  });

  it('refuses an insertion strictly inside another edit', () => {
    conflict(() =>
      applyEdits('abcdef', [
        { start: 1, end: 5, text: 'X' },
        { start: 3, end: 3, text: 'i' },
      ]),
    );
  });

  it('refuses identical duplicate edits', () => {
    const edit = at(doc, '⬜ Todo', '✅ Done');
    conflict(() => applyEdits(doc, [edit, { ...edit }]));
  });

  it('refuses an edit whose expected text is not there, with label, line and both texts', () => {
    const edit = { ...at(doc, '⬜ Todo', '✅ Done', 0, 'status of 4.3 at line 5'), expect: '🔄 Doing' };
    const message = conflict(() => applyEdits(doc, [edit]));
    expect(message).toContain('"status of 4.3 at line 5"');
    expect(message).toContain('line 5');
    expect(message).toContain('🔄 Doing');
    expect(message).toContain('⬜ Todo');
  });

  it('refuses ranges outside the document or malformed', () => {
    conflict(() => applyEdits('abc', [{ start: 2, end: 4, text: 'x', label: 'too far' }]));
    conflict(() => applyEdits('abc', [{ start: -1, end: 1, text: 'x' }]));
    conflict(() => applyEdits('abc', [{ start: 2, end: 1, text: 'x' }]));
    conflict(() => applyEdits('abc', [{ start: 0.5, end: 1, text: 'x' }]));
    conflict(() => applyEdits('abc', [{ start: Number.NaN, end: 1, text: 'x' }]));
    expect(conflict(() => applyEdits('abc', [{ start: 2, end: 4, text: 'x', label: 'too far' }]))).toContain('"too far"');
  });

  it('drops no-op edits, even where several touch', () => {
    const edits: Edit[] = [
      { start: 0, end: 1, text: 'a' },
      { start: 1, end: 1, text: '' },
      { start: 1, end: 2, text: 'B' },
    ];
    expect(applyEdits('abc', edits)).toBe('aBc');
    expect(invertEdits('abc', edits)).toEqual([{ start: 1, end: 2, text: 'b', expect: 'B' }]);
  });

  it('still refuses overlaps when one of the edits is a no-op', () => {
    conflict(() =>
      applyEdits('abcdef', [
        { start: 1, end: 3, text: 'bc' },
        { start: 2, end: 4, text: 'X' },
      ]),
    );
  });

  it('does not mutate the edits it is given', () => {
    const edits: Edit[] = [
      { start: 4, end: 5, text: 'E' },
      { start: 0, end: 1, text: 'A' },
    ];
    const copy = structuredClone(edits);
    applyEdits('abcdef', edits);
    invertEdits('abcdef', edits);
    expect(edits).toEqual(copy);
  });

  it('preserves CRLF line endings and touches only the edited cell', () => {
    const crlf = doc.replace(/\n/g, '\r\n');
    const out = applyEdits(crlf, [at(crlf, '⬜ Todo', '✅ Done')]);
    expect(out).toBe(crlf.replace('⬜ Todo', '✅ Done'));
    expect(out.split('\r\n').length).toBe(crlf.split('\r\n').length);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('preserves a BOM at offset 0, including when inserting right after it', () => {
    const bom = `\uFEFF${doc}`;
    const out = applyEdits(bom, [{ start: 1, end: 1, text: '<!-- sprint -->\n' }, at(bom, '⬜ Todo', '✅ Done')]);
    expect(out.startsWith('\uFEFF<!-- sprint -->\n# Sprint 4')).toBe(true);
    expect(out.charCodeAt(0)).toBe(0xfeff);
  });

  it('counts offsets in UTF-16 code units (astral characters are two)', () => {
    const line = '| 🚀 Launch | ✅ Done | 2h |';
    expect(line.indexOf('Launch')).toBe(5); // '| ' + 🚀 (2 units) + ' '
    const start = line.indexOf('2h');
    expect(applyEdits(line, [{ start, end: start + 2, text: '3h', expect: '2h' }])).toBe('| 🚀 Launch | ✅ Done | 3h |');
    expect(applyEdits('a🚀b', [{ start: 1, end: 3, text: '✅', expect: '🚀' }])).toBe('a✅b');
  });

  it('refuses an edit boundary that splits a surrogate pair', () => {
    conflict(() => applyEdits('a🚀b', [{ start: 2, end: 3, text: 'x' }]));
    conflict(() => applyEdits('a🚀b', [{ start: 2, end: 2, text: 'x' }]));
  });

  it('treats mojibake as ordinary text', () => {
    const line = '| Task | âœ… Done |';
    expect(applyEdits(line, [at(line, 'âœ… Done', '✅ Done')])).toBe('| Task | ✅ Done |');
  });

  it('gives the same result for many edits in any order', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `| **${i}.1 Task** | ⬜ Todo | ${i % 9}h |`);
    const source = `${lines.join('\n')}\n`;
    const edits: Edit[] = [];
    let from = 0;
    for (let i = 0; i < 300; i += 3) {
      const start = source.indexOf('⬜ Todo', source.indexOf(`| **${i}.1 Task**`, from));
      edits.push({ start, end: start + '⬜ Todo'.length, text: '✅ Done', expect: '⬜ Todo', label: `status of ${i}.1` });
      from = start;
    }
    const expected = applyEdits(source, edits);
    expect(applyEdits(source, [...edits].reverse())).toBe(expected);
    const shuffled = [...edits].sort((a, b) => ((a.start * 7919) % 101) - ((b.start * 7919) % 101));
    expect(applyEdits(source, shuffled)).toBe(expected);
    expect(expected.split('✅ Done').length - 1).toBe(100);
    expect(applyEdits(expected, invertEdits(source, shuffled))).toBe(source);
  });

  it('handles a 1.6 MB document with thousands of edits in linear time', () => {
    const row = '| **Task** | ⬜ Todo | 4h |\n';
    const source = row.repeat(Math.ceil(1_600_000 / row.length));
    const cell = row.indexOf('⬜ Todo');
    const edits: Edit[] = [];
    for (let i = 0; i < 20_000; i += 4) {
      const start = i * row.length + cell;
      edits.push({ start, end: start + 6, text: '✅ Done', expect: '⬜ Todo' });
    }
    const began = performance.now();
    const out = applyEdits(source, edits.reverse());
    const back = applyEdits(out, invertEdits(source, edits));
    expect(performance.now() - began).toBeLessThan(2_000);
    expect(back).toBe(source);
    expect(out.length).toBe(source.length); // ⬜ and ✅ are both one UTF-16 unit
    expect(out.split('✅ Done').length - 1).toBe(edits.length);
  });
});

describe('invertEdits', () => {
  it('undoes replacements, insertions and deletions, with expect set to the new text', () => {
    const source = 'abcdef';
    const edits: Edit[] = [
      { start: 0, end: 1, text: 'AA', label: 'grow' },
      { start: 3, end: 3, text: '+' },
      { start: 4, end: 6, text: '' },
    ];
    const out = applyEdits(source, edits);
    expect(out).toBe('AAbc+d');
    const inverse = invertEdits(source, edits);
    expect(inverse).toEqual([
      { start: 0, end: 2, text: 'a', expect: 'AA', label: 'undo grow' },
      { start: 4, end: 5, text: '', expect: '+' },
      { start: 6, end: 6, text: 'ef', expect: '' },
    ]);
    expect(applyEdits(out, inverse)).toBe(source);
  });

  it('merges inverses that would touch, so two side-by-side deletions can be undone', () => {
    const source = 'abcdef';
    const edits: Edit[] = [
      { start: 1, end: 3, text: '', label: 'one' },
      { start: 3, end: 5, text: '', label: 'two' },
    ];
    const out = applyEdits(source, edits);
    expect(out).toBe('af');
    const inverse = invertEdits(source, edits);
    expect(inverse).toEqual([{ start: 1, end: 1, text: 'bcde', expect: '', label: 'undo one; undo two' }]);
    expect(applyEdits(out, inverse)).toBe(source);
  });

  it('refuses what applyEdits refuses', () => {
    conflict(() =>
      invertEdits('abc', [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' },
      ]),
    );
  });
});

describe('lineOfOffset', () => {
  it('is 1-based and counts \\n', () => {
    const text = 'ab\ncd\n\nef';
    expect(lineOfOffset(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineOfOffset(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineOfOffset(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineOfOffset(text, 6)).toEqual({ line: 3, column: 1 });
    expect(lineOfOffset(text, 7)).toEqual({ line: 4, column: 1 });
    expect(lineOfOffset(text, text.length)).toEqual({ line: 4, column: 3 });
  });

  it('treats \\r\\n as one line ending', () => {
    const text = 'ab\r\ncd\r\n';
    expect(lineOfOffset(text, 3)).toEqual({ line: 1, column: 4 });
    expect(lineOfOffset(text, 4)).toEqual({ line: 2, column: 1 });
    expect(lineOfOffset(text, text.length)).toEqual({ line: 3, column: 1 });
  });

  it('clamps offsets outside the text', () => {
    expect(lineOfOffset('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
    expect(lineOfOffset('ab\ncd', -5)).toEqual({ line: 1, column: 1 });
  });
});

describe('offsetOfLine', () => {
  const source = 'one\r\ntwo\n\nfour';
  it('is the inverse of lineOfOffset at every offset', () => {
    for (let at = 0; at <= source.length; at++) {
      const { line, column } = lineOfOffset(source, at);
      expect(offsetOfLine(source, line, column)).toBe(at);
    }
  });
  it('is null for a line the source does not have', () => expect(offsetOfLine(source, 5, 1)).toBeNull());
});
