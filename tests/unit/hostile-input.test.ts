/**
 * Input no parser should have to survive, read as far as it can be: nesting deeper than the
 * depth guard allows is set aside with a diagnostic, and the rest of the document is still read.
 */
import { describe, expect, it } from 'vitest';
import { findDeepRuns, MAX_INDENT, MAX_NESTING, withoutRuns } from '../../src/parse/depth-guard.js';
import { buildSprint } from '../../src/reader/index.js';

describe('the depth guard', () => {
  it('sets aside 2,000 levels of block quotes and reads the tasks after them', () => {
    const text = `# Deep\n\n${'> '.repeat(2000)}x\n\n- [ ] after\n`;
    const s = buildSprint(text, 'deep.md');
    expect(s.tasks.map((t) => t.title)).toEqual(['after']);
    expect(s.diagnostics.find((d) => d.code === 'too-deep')).toMatchObject({ line: 3, severity: 'warning' });
  });

  it('sets aside 10,000 levels of nested lists and quotes, and deep indentation, in one diagnostic run each', () => {
    const s = buildSprint(`# Deep\n\n${'- '.repeat(10_000)}x\n\n${'> '.repeat(10_000)}y\n\n- [ ] kept\n`, 'deep.md');
    expect(s.diagnostics.filter((d) => d.code === 'too-deep').map((d) => d.line)).toEqual([3, 5]);
    expect(s.tasks.map((t) => t.title)).toEqual(['kept']);
    const lines = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    const runs = buildSprint(`# Deep\n\n${lines.join('\n')}\n`, 'deep.md').diagnostics.filter((d) => d.code === 'too-deep');
    expect(runs).toHaveLength(1);
  });

  it('sets aside a line of many list markers ("- - - - …")', () => {
    expect(findDeepRuns(`${'- '.repeat(MAX_NESTING + 1)}x`)).toHaveLength(1);
    expect(findDeepRuns(`${'- '.repeat(MAX_NESTING)}x`)).toHaveLength(0);
  });

  it('leaves ordinary documents alone', () => {
    expect(findDeepRuns('# A\n\n- a\n  - b\n    - c\n> quote\n')).toEqual([]);
  });

  it('cuts parse ranges around the runs without moving any offset', () => {
    const text = `a\n${' '.repeat(MAX_INDENT + 1)}x\nb\n`;
    const runs = findDeepRuns(text);
    expect(runs).toEqual([{ line: 2, lines: 1, reason: expect.any(String), start: 2, end: 2 + MAX_INDENT + 3 }]);
    expect(withoutRuns([[0, text.length]], runs)).toEqual([
      [0, 2],
      [2 + MAX_INDENT + 3, text.length],
    ]);
  });
});

describe('broken HTML tables', () => {
  it('reads the rows that are written when a row tag is misspelt (parse5 implies a row with no place in the text)', () => {
    const text =
      '# S\n\n<table>\n<tr><th>ID</th><th>Task</th><th>Status</th></tr>\n<tr><td>W-1</td><td>Login</td><td>Done</td></tr>\n<Qr><td>W-2</td><td>Audit</td><td>To Do</td></tr>\n</table>\n';
    const s = buildSprint(text, 'broken.md');
    expect(s.diagnostics.filter((d) => d.code === 'unreadable')).toEqual([]);
    expect(s.tasks.map((t) => t.title)).toContain('Login');
  });
});
