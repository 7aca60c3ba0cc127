import { describe, expect, it } from 'vitest';
import { applyPatch, parsePatch } from 'diff';
import { changedLines, unifiedDiff } from '../../src/edit/diff.js';

const lines = (n: number, eol = '\n'): string => Array.from({ length: n }, (_, i) => `| **${i + 1}.1 Task** | ⬜ Todo | 2h |${eol}`).join('');
const files = { fromFile: 'sprints/s4.md', toFile: 'sprints/s4.md' };

describe('unifiedDiff', () => {
  it('returns an empty string for equal texts', () => {
    expect(unifiedDiff('', '', files)).toBe('');
    expect(unifiedDiff(lines(5), lines(5), files)).toBe('');
  });

  it('shows a one-line change as one hunk with three lines of context and git-style headers', () => {
    const before = lines(20);
    const after = before.replace('| **10.1 Task** | ⬜ Todo |', '| **10.1 Task** | ✅ Done |');
    expect(unifiedDiff(before, after, files)).toBe(
      [
        '--- a/sprints/s4.md',
        '+++ b/sprints/s4.md',
        '@@ -7,7 +7,7 @@',
        ' | **7.1 Task** | ⬜ Todo | 2h |',
        ' | **8.1 Task** | ⬜ Todo | 2h |',
        ' | **9.1 Task** | ⬜ Todo | 2h |',
        '-| **10.1 Task** | ⬜ Todo | 2h |',
        '+| **10.1 Task** | ✅ Done | 2h |',
        ' | **11.1 Task** | ⬜ Todo | 2h |',
        ' | **12.1 Task** | ⬜ Todo | 2h |',
        ' | **13.1 Task** | ⬜ Todo | 2h |',
        '',
      ].join('\n'),
    );
  });

  it('honours the context option and splits distant changes into hunks', () => {
    const before = lines(30);
    const after = before.replace('| **3.1 Task** | ⬜', '| **3.1 Task** | ✅').replace('| **25.1 Task** | ⬜', '| **25.1 Task** | ✅');
    const diff = unifiedDiff(before, after, { ...files, context: 1 });
    expect(diff.match(/^@@ /gm)).toHaveLength(2);
    expect(diff).toContain('@@ -2,3 +2,3 @@');
    expect(diff).toContain('@@ -24,3 +24,3 @@');
    expect(unifiedDiff(before, after, { ...files, context: 0 })).toContain('@@ -3,1 +3,1 @@');
  });

  it('normalizes paths and keeps different old and new names', () => {
    const diff = unifiedDiff('a\n', 'b\n', { fromFile: './old.md', toFile: 'dir\\new.md' });
    expect(diff.startsWith('--- a/old.md\n+++ b/dir/new.md\n@@ -1,1 +1,1 @@\n')).toBe(true);
  });

  it('shows a uniformly CRLF document without any carriage return in the output', () => {
    const before = lines(8, '\r\n');
    const after = before.replace('| **4.1 Task** | ⬜ Todo |', '| **4.1 Task** | ✅ Done |');
    const diff = unifiedDiff(before, after, files);
    expect(diff).not.toContain('\r');
    expect(diff).not.toContain('\u240D');
    expect(diff).toContain('\n-| **4.1 Task** | ⬜ Todo | 2h |\n+| **4.1 Task** | ✅ Done | 2h |\n');
    expect(diff).toContain('@@ -1,7 +1,7 @@');
  });

  it('makes a line-ending change visible instead of showing two identical lines', () => {
    const before = 'a\r\nb\r\nc\r\n';
    const after = 'a\r\nb\nc\r\n';
    const diff = unifiedDiff(before, after, files);
    expect(diff).not.toContain('\r');
    expect(diff).toContain('\n-b\u240D\n+b\n');
    expect(diff).toContain('\n a\u240D\n');
  });

  it('draws a lone CR inside a line as a symbol', () => {
    const diff = unifiedDiff('x\ny\rz\n', 'x\nY\rz\n', files);
    expect(diff).not.toContain('\r');
    expect(diff).toContain('-y\u240Dz\n+Y\u240Dz\n');
  });

  it('marks a missing final newline on the right side', () => {
    const diff = unifiedDiff('a\nb', 'a\nB', files);
    expect(diff).toBe(
      [
        '--- a/sprints/s4.md',
        '+++ b/sprints/s4.md',
        '@@ -1,2 +1,2 @@',
        ' a',
        '-b',
        '\\ No newline at end of file',
        '+B',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
  });

  it('shows adding a final newline as a change of the last line', () => {
    const diff = unifiedDiff('a\nb', 'a\nb\n', files);
    expect(diff).toContain('-b\n\\ No newline at end of file\n+b\n');
    expect(diff.endsWith('+b\n')).toBe(true);
  });

  it('keeps the no-newline marker correct for CRLF files and a lone trailing CR', () => {
    const diff = unifiedDiff('a\r\nb\r\nc', 'a\r\nB\r\nc', files);
    expect(diff).toContain('-b\n+B\n c\n\\ No newline at end of file\n');
    expect(diff).not.toContain('\r');
    const loneCr = unifiedDiff('a\r\nb\r', 'a\r\nB\r', files);
    expect(loneCr).toContain('-b\u240D\n\\ No newline at end of file\n+B\u240D\n\\ No newline at end of file\n');
  });

  it('produces a patch that jsdiff parses and applies back to the new text (LF input)', () => {
    const before = lines(40);
    const after = before.replace('| **5.1 Task** | ⬜', '| **5.1 Task** | ✅').replace('| **30.1 Task** | 2h', '| **30.1 Task** | 3h');
    const diff = unifiedDiff(before, after, files);
    expect(parsePatch(diff)).toHaveLength(1);
    expect(applyPatch(before, diff)).toBe(after);
  });
});

describe('changedLines', () => {
  it('is empty for equal texts', () => {
    expect(changedLines(lines(10), lines(10))).toEqual([]);
  });

  it('lists the changed lines of the new text', () => {
    const before = lines(10);
    const after = before.replace('| **3.1 Task** | ⬜', '| **3.1 Task** | ✅').replace('| **7.1 Task** | ⬜', '| **7.1 Task** | ✅');
    expect(changedLines(before, after)).toEqual([3, 7]);
  });

  it('lists inserted lines at their new numbers', () => {
    expect(changedLines('a\nb\nc\n', 'a\nb\nX\nY\nc\n')).toEqual([3, 4]);
    expect(changedLines('a\n', 'a\nb\n')).toEqual([2]);
  });

  it('reports a pure deletion at the line that now follows it, or the last line', () => {
    expect(changedLines('a\nb\nc\n', 'a\nc\n')).toEqual([2]);
    expect(changedLines('a\nb\nc\n', 'a\nb\n')).toEqual([2]);
    expect(changedLines('a\n', '')).toEqual([1]);
  });

  it('counts a changed line ending or final newline as a change', () => {
    expect(changedLines('a\r\nb\r\nc\r\n', 'a\r\nb\nc\r\n')).toEqual([2]);
    expect(changedLines('a\nb', 'a\nb\n')).toEqual([2]);
  });
});
