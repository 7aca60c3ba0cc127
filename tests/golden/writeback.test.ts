/**
 * What must hold for write-back, checked on the real documents in-process: the exact lines seed
 * 000 and seed 004 change, `done` then `reopen` giving back `sync` of the original, `sync` twice
 * changing nothing the second time, and `sync` changing no byte of a document without derived
 * fragments — over every fixture and, when the workspace has it, every corpus document.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../../src/edit/diff.js';
import { applyEdits } from '../../src/edit/edit.js';
import { buildSprint } from '../../src/reader/index.js';
import type { Sprint, Status, Task } from '../../src/model/schema.js';
import { findTask } from '../../src/writeback/find-task.js';
import { syncDocument } from '../../src/writeback/run-sync.js';
import { changeStatus } from '../../src/writeback/status-change.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const TODAY = '2025-11-03';
/**
 * The day each seed's date-only numbers were written for: seed 000's "Days Left: 12" holds on
 * 2025-11-03, seed 004's "Sprint Days Elapsed: 1/14" on its Current Day, 2025-12-05. Comparing
 * `done`+`reopen` (which never touch date-only lines) with `sync` needs that day.
 */
const WRITTEN_FOR: Record<string, string> = { 'seed-004-day-boards.md': '2025-12-05' };
const dayOf = (name: string) => WRITTEN_FOR[name] ?? TODAY;

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const fixture = (name: string) => read(FIXTURES, name);
const lineOf = (text: string, n: number) => text.split('\n')[n - 1]!.replace(/\r$/, '');

function set(text: string, file: string, query: string | Task, target: Status, today = TODAY, earlier?: string) {
  const sprint = buildSprint(text, file);
  const task = typeof query === 'string' ? findTask(query, [sprint]).task : sprint.tasks.find((t) => t.key === query.key)!;
  return changeStatus(text, sprint, { task, target, ...(earlier ? { earlier: { text: earlier, sprint: buildSprint(earlier, file) } } : {}) }, today);
}

describe('seed 000: sprint done "Add metrics to generation service" --today 2025-11-03', () => {
  const before = fixture('seed-000-task-tables.md');
  const out = set(before, 'fixtures/seed-000-task-tables.md', 'Add metrics to generation service', 'done');

  it('changes the row, the Day 3-4 rollup, overall completion with its bar, and the velocity lines — nothing else', () => {
    expect(changedLines(before, out.text)).toEqual([11, 14, 43, 48, 108, 109, 111]);
    expect(lineOf(out.text, 48)).toBe('| ├─ Add metrics to generation service | ✅ | 2h | - | - |');
    expect(lineOf(out.text, 43)).toBe('### Day 3-4: Integration & Testing (3h / 12h) ⏳');
    expect(lineOf(out.text, 11)).toBe('**Overall Completion:** 43% (17/40 hours)');
    expect(lineOf(out.text, 14)).toBe(`${'█'.repeat(13)}${'░'.repeat(17)} 43%`);
    expect(lineOf(out.text, 108)).toBe('**Completed:** 17 hours  ');
    expect(lineOf(out.text, 109)).toBe('**Remaining:** 23 hours  ');
    expect(lineOf(out.text, 111)).toBe('**Required Velocity:** 1.9 hours/day');
  });

  it('is one set of edits on the original, each verified against the text it replaces', () => {
    expect(applyEdits(before, out.edits)).toBe(out.text);
    for (const e of out.edits) expect(before.slice(e.start, e.end)).toBe(e.expect);
    expect(out.changed.map((c) => [c.line, c.before, c.after])).toEqual([[48, '🔲', '✅']]);
    expect(out.rollups.map((r) => r.line)).toEqual([11, 14, 43, 108, 109, 111]);
  });
});

describe('seed 004: sprint done 4.3', () => {
  const before = fixture('seed-004-day-boards.md');
  const out = set(before, 'fixtures/seed-004-day-boards.md', '4.3', 'done');

  it('changes only the rows of task 4.3 and the overall progress that counts it', () => {
    expect(changedLines(before, out.text)).toEqual([46, 58, 356]);
    expect(lineOf(out.text, 46)).toBe('| **4.3** | Rate Limiting Validation Under Load | backend-test-architect | P0 | None | DONE | 2 days |');
    expect(lineOf(out.text, 58)).toBe('| **4.3** | Rate Limiting Validation (continued) | backend-test-architect | P0 | Day 2 start | DONE | - |');
    expect(lineOf(out.text, 356)).toBe('**Overall Progress**: 5% (1/22 tasks complete)');
  });

  it('leaves the work-stream lines it does not understand, and says why', () => {
    const left = out.diagnostics.filter((d) => d.code === 'fragment-left').map((d) => d.line);
    expect(left).toEqual([359, 360, 361, 362, 363, 364]);
  });

  it("writes nothing date-related without --today (the date fragments are sync's)", () => {
    const noToday = set(before, 'fixtures/seed-004-day-boards.md', '4.3', 'done', '2030-01-01');
    expect(noToday.text).toBe(out.text);
  });
});

describe('done then reopen gives back sync of the original', () => {
  // Not-started leaves of the seeds whose not-started text is shared with their siblings, spread
  // over each document (every one of them holds; a sample keeps the suite fast). Seed 001's
  // "⏳ PLANNED" is the only one of its words: reopening writes its siblings' "⏳ NEXT" (below).
  for (const [name, every] of [
    ['seed-000-task-tables.md', 2],
    ['seed-002-day-sections-mojibake.md', 8],
    ['seed-004-day-boards.md', 3],
    // The fixtures of the formats and shapes of issue #8: every open leaf.
    ['multi-sprint-plan.md', 1],
    ['speckit-tasks.md', 1],
    ['kiro-tasks.md', 1],
    ['obsidian-tasks.md', 1],
    ['standup-table.md', 1],
    ['kanban-table.md', 1],
    ['kanban-board.md', 1],
    ['html-table.md', 1],
  ] as const) {
    it(name, () => {
      const text = fixture(name);
      const file = `fixtures/${name}`;
      const synced = syncDocument(text, file, dayOf(name)).text;
      const todo = buildSprint(text, file)
        .tasks.filter((t) => t.status === 'todo' && t.children.length === 0)
        .filter((_, i) => i % every === 0);
      expect(todo.length).toBeGreaterThan(0);
      for (const task of todo) {
        const done = set(text, file, task, 'done');
        // As in a repository where the original is committed: reopen undoes what done did.
        const reopened = set(done.text, file, task, 'todo', TODAY, text);
        expect(reopened.text, `${task.title} (line ${task.span.line})`).toBe(synced);
      }
    });
  }

  it('seed 001 without git history: a word only one item used is not remembered', () => {
    const text = fixture('seed-001-phases.md');
    const done = set(text, 'fixtures/seed-001-phases.md', 'Phase 3', 'done');
    const reopened = set(done.text, 'fixtures/seed-001-phases.md', 'Phase 3', 'todo');
    expect(lineOf(reopened.text, 14)).toBe('- **Phase 3**: Performance & Monitoring (2h) ⏳ NEXT');
  });
});

/** Every document to check: the fixtures, and the corpus when the workspace has it. */
function documents(): Array<{ file: string; text: string }> {
  const out = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ file: `fixtures/${f}`, text: fixture(f) }));
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS)
      .filter((x) => x.endsWith('.md'))
      .sort())
      out.push({ file: f, text: read(CORPUS, f) });
  }
  return out;
}

describe('sync over every document', () => {
  const docs = documents();
  const models = new Map<string, Sprint>(docs.map((d) => [d.file, buildSprint(d.text, d.file)]));

  it('changes nothing the second time', () => {
    for (const { file, text } of docs) {
      const once = syncDocument(text, file, TODAY, models.get(file)).text;
      expect(syncDocument(once, file, TODAY).text, file).toBe(once);
    }
  });

  it('changes no byte of a document without derived fragments', () => {
    const plain = docs.filter((d) => models.get(d.file)!.fragments.length === 0);
    expect(plain.length).toBeGreaterThan(5);
    for (const { file, text } of plain) expect(syncDocument(text, file, TODAY, models.get(file)).text, file).toBe(text);
  });

  it('changes only derived lines where the seeds are stale', () => {
    const text = fixture('seed-000-task-tables.md');
    expect(changedLines(text, syncDocument(text, 'seed-000', TODAY).text)).toEqual([11, 14, 43, 108, 109, 111]);
    for (const name of ['seed-001-phases.md', 'seed-002-day-sections-mojibake.md', 'seed-003-daily-report-points.md', 'seed-004-day-boards.md']) {
      expect(syncDocument(fixture(name), name, dayOf(name)).text, name).toBe(fixture(name));
    }
  });

  it.skipIf(!existsSync(CORPUS))('corpus 02: the header that disagrees with the story table is brought in line', () => {
    const name = readdirSync(CORPUS).find((f) => f.startsWith('02_'))!;
    const text = read(CORPUS, name);
    const out = syncDocument(text, name, TODAY).text;
    expect(changedLines(text, out)).toEqual([13, 14]);
    expect(lineOf(out, 13)).toBe('**Completion**: 64% (7/11 stories)  ');
    expect(lineOf(out, 14)).toBe('**Story Points Completed**: 32/53  ');
  });
});
