/**
 * Status write-back in the document's own vocabulary: what sibling places write, the style of the
 * place being changed, mojibake kept as mojibake, checkbox conventions, table padding, markers in
 * headings and list items, and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { changedLines } from '../../src/edit/diff.js';
import { SprintError } from '../../src/errors.js';
import { buildSprint } from '../../src/reader/index.js';
import type { Status } from '../../src/model/schema.js';
import { repairMojibake, toMojibake } from '../../src/parse/recognize/mojibake.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';
import { cellEdit, displayWidth } from '../../src/writeback/cell-padding.js';
import { findTask } from '../../src/writeback/find-task.js';
import { findMarkerTokens } from '../../src/parse/recognize/marker-tokens.js';
import { changeStatus } from '../../src/writeback/status-change.js';
import { leadingStatusParts, recase, styleOf } from '../../src/parse/recognize/status-parts.js';

const vocab = defaultVocabulary();

/** Runs a status change on a document and returns the new text. */
function change(text: string, query: string, target: Status, reason?: string) {
  const sprint = buildSprint(text, 'x.md');
  const { task } = findTask(query, [sprint]);
  return changeStatus(text, sprint, reason === undefined ? { task, target } : { task, target, reason }, '2025-03-05');
}
const line = (text: string, n: number) => text.split('\n')[n - 1];

describe('vocabulary learning', () => {
  const table = (rows: string) => `# S\n\n| Task | Status | Hours |\n|---|---|---|\n${rows}`;

  it('rewrites the marker after the series number of a numbered work-item heading', () => {
    const text = '# S\n\n## Work\n\n### 1. ✅ Setup Hilt (COMPLETED)\n\n### 2. 🔄 Refactor\n';
    expect(line(change(text, 'Refactor', 'done').text, 7)).toBe('### 2. ✅ Refactor');
    expect(line(change(text, 'Setup Hilt', 'todo').text, 5)).toBe('### 1. 🔲 Setup Hilt (NOT STARTED)');
  });

  it('ticks and unticks a checkbox written in a status cell, as a checkbox', () => {
    const text = '# S\n\n| ID | Title | Status |\n|---|---|---|\n| MLB-1 | Scaffold | [x] |\n| MLB-2 | Client | [ ] |\n';
    expect(line(change(text, 'MLB-2', 'done').text, 6)).toBe('| MLB-2 | Client | [x] |');
    expect(line(change(text, 'MLB-1', 'todo').text, 5)).toBe('| MLB-1 | Scaffold | [ ] |');
  });

  it('copies what the same table writes for the status, in the same shape', () => {
    const text = table('| **Story** | ✅ Done | 3h |\n| ├─ a | ✅ | 1h |\n| └─ b | 🔲 | 2h |\n| **Other** | 🔲 Not Started | 1h |\n');
    expect(line(change(text, 'b', 'done').text, 7)).toBe('| └─ b | ✅ | 2h |');
    expect(line(change(text, 'Other', 'done').text, 8)).toBe('| **Other** | ✅ Done | 1h |');
  });

  it('falls back to the style of the cell: words get words in their case, emoji get emoji', () => {
    const upper = '# S\n\n| ID | Task | Status |\n|---|---|---|\n| 1 | A | NOT STARTED |\n| 2 | B | BLOCKED |\n';
    expect(line(change(upper, 'A', 'done').text, 5)).toBe('| 1 | A | DONE |');
    expect(line(change(upper, 'A', 'in_progress').text, 5)).toBe('| 1 | A | IN PROGRESS |');
    const emoji = '# S\n\n| Task | Status |\n|---|---|\n| a | 🔲 |\n';
    expect(line(change(emoji, 'a', 'in_progress').text, 5)).toBe('| a | 🔄 |');
    const title = '# S\n\n| Task | Status |\n|---|---|\n| a | Not Started |\n';
    expect(line(change(title, 'a', 'done').text, 5)).toBe('| a | Done |');
  });

  it('takes the document\'s legend before a default ("🟡 In Progress", though 🟡 alone means nothing)', () => {
    const text = '# S\n\n| ID | Task | Status |\n|---|---|---|\n| 1 | A | 🟢 Ready |\n| 2 | B | ✅ Done |\n\n**Legend**:\n\n- 🟡 In Progress\n- ✅ Done\n';
    expect(line(change(text, 'A', 'in_progress').text, 5)).toBe('| 1 | A | 🟡 In Progress |');
  });

  it('learns words from the document\'s own labels ("✅ **Завершено**: 0 задач")', () => {
    const text = '# S\n\n- ✅ **Завершено**: 0 задач\n\n### T-1: One\n- **Статус**: ⏳ Запланировано\n';
    expect(line(change(text, 'T-1', 'done').text, 6)).toBe('- **Статус**: ✅ Завершено');
  });

  it('writes into a mojibake document in mojibake, never a clean emoji the file does not use', () => {
    const text = toMojibake('# S\n\n## Day 1\n\n- ✅ First thing\n- 🔲 Second thing\n- 🔲 Third thing\n');
    const done = change(text, 'Second', 'done').text;
    expect(line(done, 6)).toBe(line(text, 5)!.replace('First', 'Second'));
    const started = change(text, 'Second', 'in_progress').text;
    expect(line(started, 6)).toBe(`- ${toMojibake('🔄')} Second thing`);
    expect(repairMojibake(line(started, 6)!)).toBe('- 🔄 Second thing');
    expect(changedLines(text, started)).toEqual([6]);
  });

  it('keeps the bold and the note around a status ("✅ **COMPLETED (95%)**", "QUEUED - waiting")', () => {
    const text = '# S\n\n### A-1: One\n**Status:** QUEUED - waiting for review\n';
    expect(line(change(text, 'A-1', 'done').text, 4)).toBe('**Status:** DONE - waiting for review');
    const parts = leadingStatusParts('✅ **COMPLETED (95%)**', 0, vocab)!;
    expect(parts.emoji).toEqual({ start: 0, end: 1 });
    expect(parts.words).toEqual({ start: 4, end: 13 });
  });

  it('recases words to the style they replace', () => {
    expect(styleOf('NOT STARTED')).toBe('upper');
    expect(styleOf('Not Started')).toBe('title');
    expect(styleOf('Not started')).toBe('sentence');
    expect(recase('Not Started', 'upper')).toBe('NOT STARTED');
    expect(recase('IN PROGRESS', 'title')).toBe('In Progress');
  });
});

describe('checkboxes', () => {
  it("ticks with the list's own x or X and unticks with a space", () => {
    expect(line(change('# S\n\n- [ ] a\n- [X] b\n', 'a', 'done').text, 3)).toBe('- [X] a');
    expect(line(change('# S\n\n- [ ] a\n- [x] b\n', 'a', 'done').text, 3)).toBe('- [x] a');
    expect(line(change('# S\n\n- [x] a\n', 'a', 'todo').text, 3)).toBe('- [ ] a');
  });

  it('writes a box for another state only with a character the document uses for it, in a box or its legend', () => {
    expect(line(change('# S\n\n- [ ] a\n- [/] b\n', 'a', 'in_progress').text, 3)).toBe('- [/] a');
    expect(line(change('# S\n\nLegend:\n- [!] blocked\n- [x] done\n\n## W\n\n- [ ] a\n', 'a', 'blocked').text, 9)).toBe('- [!] a');
    expect(() => change('# S\n\n- [ ] a\n', 'a', 'in_progress')).toThrow(/checkbox .* has no way to say in progress/);
    expect(() => change('# S\n\n- [ ] a\n', 'a', 'blocked')).toThrow(SprintError);
  });

  it('rewrites the emoji marker that goes with the box, not a worded note', () => {
    const text = '# S\n\n- [x] First ✅ (COMPLETE)\n- [ ] Second ⏳ (PENDING)\n- [ ] Third - waiting for Feb 8\n';
    expect(line(change(text, 'First', 'todo').text, 3)).toBe('- [ ] First ⏳ (PENDING)');
    expect(line(change(text, 'Third', 'done').text, 5)).toBe('- [x] Third - waiting for Feb 8');
  });
});

describe('markers in headings and list items', () => {
  it('finds the lead emoji, trailing emoji with words, parenthesis and dash phrase', () => {
    const tokens = (l: string, kind: 'heading' | 'list-item') =>
      findMarkerTokens(l, 0, kind, vocab).map((t) => [t.slot, l.slice(t.parts.emoji?.start ?? t.parts.words!.start, t.parts.words?.end ?? t.parts.emoji!.end)]);
    expect(tokens('## ✅ Phase 1: Sentry (COMPLETE)', 'heading')).toEqual([
      ['lead', '✅'],
      ['paren', 'COMPLETE'],
    ]);
    expect(tokens('- **Phase 1**: Sentry (4h) ✅ COMPLETE', 'list-item')).toEqual([['trail', '✅ COMPLETE']]);
    expect(tokens('## Sprint 1 — completed', 'heading')).toEqual([['dash', 'completed']]);
    expect(tokens('- Health check endpoints (/health, /ready)', 'list-item')).toEqual([]);
  });

  it('finds markers written as mojibake', () => {
    const l = toMojibake('- Task 2.1 (Prometheus Metrics) ✅');
    const [token] = findMarkerTokens(l, 0, 'list-item', vocab);
    expect(l.slice(token!.parts.emoji!.start, token!.parts.emoji!.end)).toBe(toMojibake('✅'));
  });

  it('changes every place a task writes its status, each in its own vocabulary', () => {
    const text = '# S\n\n- **Phase 1**: A (4h) ✅ COMPLETE\n- **Phase 2**: B (3h) ⏳ NEXT\n\n## ✅ Phase 1: A (COMPLETE)\n\n## ⏳ Phase 2: B (NEXT)\n';
    const out = change(text, 'Phase 2', 'done');
    expect(changedLines(text, out.text)).toEqual([4, 8]);
    expect(line(out.text, 4)).toBe('- **Phase 2**: B (3h) ✅ COMPLETE');
    expect(line(out.text, 8)).toBe('## ✅ Phase 2: B (COMPLETE)');
  });
});

describe('table padding', () => {
  const aligned = '| ID  | Status   | Pts |\n| --- | -------- | --- |\n| 1   | ✅ Done  | 3   |\n| 2   | 🟢 Ready | 5   |\n';

  it("keeps an aligned cell's width by adjusting its trailing spaces", () => {
    const start = aligned.indexOf('🟢 Ready');
    const e = cellEdit(aligned, start, start + '🟢 Ready'.length, '✅ Done', 'x');
    expect(e.text).toBe('✅ Done  ');
    expect(aligned.slice(e.start, e.end)).toBe('🟢 Ready ');
  });

  it("never leaves fewer than one space, and leaves an unaligned table's spacing alone", () => {
    const start = aligned.indexOf('🟢 Ready');
    expect(cellEdit(aligned, start, start + 8, '🔄 In Progress', 'x').text).toBe('🔄 In Progress ');
    const loose = '| ID | Status | Pts |\n|---|---|---|\n| 1 | ✅ Done   | 3 |\n';
    const s = loose.indexOf('✅ Done');
    expect(cellEdit(loose, s, s + 6, '🔲', 'x')).toMatchObject({ start: s, end: s + 6, text: '🔲' });
  });

  it('measures emoji and wide characters as two columns', () => {
    expect(displayWidth('✅ Done')).toBe(7);
    expect(displayWidth('🟢 Ready')).toBe(8);
    expect(displayWidth('完了')).toBe(4);
    expect(displayWidth('✔️')).toBe(2);
  });
});

describe('rollups and refusals', () => {
  it('marks a parent done when its last subtask is, and back when it is reopened', () => {
    const text = '# S\n\n| Task | Status | Hours |\n|---|---|---|\n| **Story** | 🔄 In Progress | 3h |\n| ├─ a | ✅ | 1h |\n| └─ b | 🔲 | 2h |\n';
    const done = change(text, 'b', 'done');
    expect(line(done.text, 5)).toBe('| **Story** | ✅ Done | 3h |');
    expect(done.changed.find((c) => c.line === 5)?.because).toBe('all its subtasks are done');
    const reopened = change(done.text, 'b', 'todo');
    expect(reopened.text).toBe(text);
  });

  it('reopens a parent that follows its subtasks through them, as done ticked them, and refuses start on it', () => {
    const text = '# Plan\n\n### Task 1: Lockfile\n\n- [ ] **Step 1: Write the test**\n- [ ] **Step 2: Commit**\n';
    const done = change(text, 'Task 1', 'done');
    expect(changedLines(text, done.text)).toEqual([5, 6]);
    expect(change(done.text, 'Task 1', 'todo').text).toBe(text);
    expect(change(text, 'Task 1', 'todo').nothingToDo).toMatch(/already not started/);
    expect(() => change(text, 'Task 1', 'in_progress')).toThrow(/follows its subtasks/);
  });

  it('marks open subtasks done with their parent', () => {
    const text = '# S\n\n| Task | Status | Hours |\n|---|---|---|\n| **Story** | 🔄 In Progress | 3h |\n| ├─ a | ✅ | 1h |\n| └─ b | 🔲 | 2h |\n';
    expect(changedLines(text, change(text, 'Story', 'done').text)).toEqual([5, 7]);
  });

  it('refuses a task whose status comes from its heading, and says where', () => {
    const text = '# S\n\n## ✅ Completed\n\n- First thing\n';
    expect(() => change(text, 'First', 'todo')).toThrow(/comes from the heading "Completed" at line 3/);
  });

  it('says when there is nothing to do', () => {
    const out = change('# S\n\n- [x] a\n', 'a', 'done');
    expect(out.edits).toEqual([]);
    expect(out.nothingToDo).toBe('"a" is already done; nothing to change');
  });

  it('writes a block reason into an empty Blocked By cell, and says when there is no place for it', () => {
    const text = '# S\n\n| Task | Status | Blocked By |\n|---|---|---|\n| a | 🔲 | - |\n';
    expect(line(change(text, 'a', 'blocked', 'waiting on infra').text, 5)).toBe('| a | ⛔ | waiting on infra |');
    const none = change('# S\n\n| Task | Status |\n|---|---|\n| a | 🔲 |\n', 'a', 'blocked', 'why');
    expect(none.notes.join()).toContain('no place for a reason');
  });
});

describe('finding the task', () => {
  const a = buildSprint(
    '# A\n\n| ID | Task | Status |\n|---|---|---|\n| 2.1 | Metrics export | Done |\n| 2.2 | Metrics dashboard | To Do |\n| 3 | Load tests | To Do |\n',
    'a.md',
  );
  const b = buildSprint('# B\n\n- [ ] Load testing\n', 'b.md');

  it('takes an exact ID first, then an exact title, then a unique part of a title', () => {
    expect(findTask('2.1', [a, b]).task.title).toBe('Metrics export');
    expect(findTask('load tests', [a, b]).task.id).toBe('3');
    expect(findTask('dashboard', [a, b]).task.id).toBe('2.2');
  });

  it('lists the candidates, file:line  id  title, when several match', () => {
    try {
      findTask('metrics', [a, b]);
      throw new Error('not refused');
    } catch (err) {
      expect(err).toBeInstanceOf(SprintError);
      expect((err as SprintError).kind).toBe('usage');
      expect((err as SprintError).details).toEqual(['a.md:5  2.1  Metrics export', 'a.md:6  2.2  Metrics dashboard']);
    }
  });

  it('says when nothing matches', () => {
    expect(() => findTask('nothing like it', [a, b])).toThrow(/no task matches "nothing like it" in 2 documents/);
  });

  it('names a task through its parents with ">" when its own name repeats', () => {
    const plan = buildSprint(
      '# Plan\n\n### Task 1: Lockfile\n\n- [ ] **Step 1: Write the test**\n\n### Task 2: Reader\n\n- [ ] **Step 1: Write the test**\n',
      'p.md',
    );
    expect(() => findTask('Step 1', [plan])).toThrow(/matches 2 tasks.*"parent > task"/);
    expect(findTask('Task 2 > Step 1', [plan]).task.span.line).toBe(9);
    expect(findTask('reader > write the test', [plan]).task.span.line).toBe(9);
  });
});
