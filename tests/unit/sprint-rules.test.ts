/**
 * The sprint rules (README "Sprints inside a document"), each on a small document: how a sprint is
 * named, the four places that define one, which sprint is current, and what stays a single sprint.
 */
import { describe, expect, it } from 'vitest';
import { currentSprint, sprintProgress } from '../../src/metrics/sprint-progress.js';
import { recognizeSprintName } from '../../src/parse/recognize/sprint-name.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';
import { buildSprint } from '../../src/reader/index.js';

const vocab = defaultVocabulary();
const read = (text: string) => buildSprint(text, 'doc.md');
const codes = (text: string) => read(text).sprints.map((s) => s.code);

describe('sprint names', () => {
  it.each([
    ['Sprint 3: Checkout', '3', 'Checkout'],
    ['SPRINT 0: Git Cleanup', '0', 'Git Cleanup'],
    ['**Sprint #4**: Auth', '4', 'Auth'],
    ['Sprint 5A: Scoring', '5A', 'Scoring'],
    ['Sprint 23+', '23', ''],
    ['Sprint E: Documentation ✅', 'E', 'Documentation'],
    ['スプリント1: LP — completed', '1', 'LP — completed'],
    ['Спринт 2 — API', '2', 'API'],
    ['第2冲刺', '2', ''],
    ['Iteration 7', '7', ''],
  ])('%s names sprint %s', (text, code, rest) => {
    expect(recognizeSprintName(text, vocab)).toMatchObject({ code, rest });
  });

  it.each(['Sprint Goal', 'Sprint Review', 'Sprints A-E', 'Sprint 1-2', 'Sprint 001-029', 'Sprintplanung 3', 'The Sprint 3 demo', 'Sprint 21 – 22'])(
    '%s names no single sprint',
    (text) => expect(recognizeSprintName(text, vocab)).toBeNull(),
  );
});

describe('sprints inside a document', () => {
  it('reads sprint headings as sections holding their tasks', () => {
    const s = read('# Plan\n\n## Sprint 1: Base\n- [x] a\n- [x] b\n\n## Sprint 2: More\n- [ ] c\n');
    expect(s.sprints.map((p) => [p.code, p.title, p.line])).toEqual([
      ['1', 'Sprint 1: Base', 3],
      ['2', 'Sprint 2: More', 7],
    ]);
    expect(s.tasks.map((t) => t.sprint)).toEqual([0, 0, 1]);
    expect(sprintProgress(s).map((p) => p.progress.tasks.done)).toEqual([2, 0]);
  });

  it('reads a table of sprints: each row is a sprint with its dates and status, not a task', () => {
    const s = read(
      '# Roadmap\n\n| Sprint | Dates | Status |\n|---|---|---|\n| Sprint 1 | 2025-01-06 → 2025-01-17 | ✅ Done |\n| Sprint 2 | 2025-01-20 → 2025-01-31 | 🔄 Active |\n',
    );
    expect(s.tasks).toHaveLength(0);
    expect(s.sprints.map((p) => [p.code, p.start, p.end, p.status])).toEqual([
      ['1', '2025-01-06', '2025-01-17', 'done'],
      ['2', '2025-01-20', '2025-01-31', 'in_progress'],
    ]);
  });

  it('reads no row of a table of sprints as a task, ranges and plans included', () => {
    const s = read('# Tracker\n\n| Sprint | Status |\n|---|---|\n| Sprint 001-029 | ✅ Done |\n| Q1 Plan | 🔄 Active |\n\n## Phase 1\n- [x] a\n- [ ] b\n');
    expect(s.tasks.map((t) => t.title).filter((t) => t !== 'Phase 1')).toEqual(['a', 'b']);
  });

  it('keeps a task table whose first column is Sprint a task table', () => {
    const s = read('# Backlog\n\n| Sprint | Task | Status |\n|---|---|---|\n| 1 | a | ✅ |\n| 2 | b | ⬜ |\n');
    expect(s.tasks.map((t) => `${t.title}:${t.sprint}`)).toEqual(['a:0', 'b:1']);
  });

  it('merges a table row and a later heading naming the same sprint', () => {
    const s = read('# Status\n\n| Sprint | Status |\n|---|---|\n| 20 | ✅ |\n| 21 | ✅ |\n\n## Sprint 21: Fixes\n- ✅ fix a\n');
    expect(s.sprints.map((p) => p.code)).toEqual(['20', '21']);
    expect(s.sprints[1]!.range).not.toBeNull();
    expect(s.tasks.map((t) => t.sprint)).toEqual([1]);
  });

  it('reads list items that name a sprint and its goal', () => {
    const s = read('# Goals\n\n- **Sprint #0**: Write the proposal\n- **Sprint #1**: Set up tools\n');
    expect(s.sprints.map((p) => [p.code, p.goal])).toEqual([
      ['0', 'Write the proposal'],
      ['1', 'Set up tools'],
    ]);
    expect(s.tasks).toHaveLength(0);
  });

  it('groups the rows of a task table by its Sprint column', () => {
    const s = read('# Backlog\n\n| Task | Sprint | Status |\n|---|---|---|\n| a | 1 | ✅ |\n| b | 2 | ⬜ |\n| c | 1 | ⬜ |\n');
    expect(codes('# Backlog\n\n| Task | Sprint | Status |\n|---|---|---|\n| a | 1 | ✅ |\n| b | 2 | ⬜ |\n')).toEqual(['1', '2']);
    expect(s.tasks.map((t) => t.sprint)).toEqual([0, 1, 0]);
  });

  it('keeps a document that names one sprint (title and sections alike) a single sprint', () => {
    const s = read('# Sprint 3 Plan\n\n**Start:** 2025-03-03\n**End:** 2025-03-14\n\n## Sprint 3 Review\n- [ ] demo\n');
    expect(s.sprints).toHaveLength(1);
    expect(s.sprints[0]).toMatchObject({ source: 'document', start: '2025-03-03', end: '2025-03-14' });
  });

  it('treats a sprint heading that holds other sprints as a container', () => {
    expect(codes('# Sprint 9 history\n\n## Sprint 8\n- [x] a\n\n## Sprint 9\n- [ ] b\n')).toEqual(['8', '9']);
  });

  it("takes a sprint's dates from its heading or from fields in its section", () => {
    const s = read('# P\n\n## Sprint 1 (2025-01-06 → 2025-01-17)\n- [ ] a\n\n## Sprint 2\n**Start Date:** 2025-01-20\n**End Date:** 2025-01-31\n- [ ] b\n');
    expect(s.sprints.map((p) => [p.start, p.end])).toEqual([
      ['2025-01-06', '2025-01-17'],
      ['2025-01-20', '2025-01-31'],
    ]);
  });
});

describe('sprint sections with a status', () => {
  it("list their plain bullets as the sprint's work, in the sprint's state, the first sprint included", () => {
    const s = read(
      '# Status\n\n## Sprint 0: Base\n\nStatus: Complete\n\n- made the repo\n\n## Sprint 1: Play\n\nStatus: Complete\n\n- added scoring\n- added levels\n',
    );
    expect(s.tasks.map((t) => `${t.title}:${t.status}:${t.sprint}`)).toEqual(['made the repo:done:0', 'added scoring:done:1', 'added levels:done:1']);
  });

  it('do not make a sibling section at the sprint level a work item through its Status field', () => {
    const s = read(
      '# Status\n\n## Sprint 1\n\nStatus: Complete\n\n- a\n\n## Polish Pass\n\nStatus: Complete\n\n- b\n\n## Sprint 2\n\nStatus: Complete\n\n- c\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['a', 'c']);
  });
});

describe('the current sprint', () => {
  const doc = read('# P\n\n## Sprint 1 (2025-01-06 → 2025-01-17)\n- [x] a\n\n## Sprint 2 (2025-01-20 → 2025-01-31)\n- [ ] b\n\n## Sprint 3\n- [ ] c\n');
  const parts = sprintProgress(doc);

  it('is the one whose dates contain today', () => {
    expect(currentSprint(parts, '2025-01-22')).toBe(1);
  });

  it('else the latest one that has started and is not done', () => {
    expect(currentSprint(parts, '2025-03-01')).toBe(1);
  });

  it('else the first one not done', () => {
    expect(currentSprint(parts, '2024-12-01')).toBe(1);
    expect(currentSprint(parts, null)).toBe(1);
  });
  it("names sprints by the codes the document's own Sprint column gives them ('S1', 'S13.1')", () => {
    const s = buildSprint(
      '# Sprint Status\n\n| Sprint | Theme | Status |\n|---|---|---|\n| S1 | Base | completed |\n| S2 | Crypto | completed |\n| S2.1 | Follow-up | in_progress |\n\n### S1: Base\n- Cargo workspace\n\n### S2: Crypto\n- Argon2id\n',
      'doc.md',
    );
    expect(s.sprints.map((x) => x.code).sort()).toEqual(['S1', 'S2', 'S2.1']);
    expect(s.sprints.find((x) => x.code === 'S1')?.title).toBe('S1: Base');
    // The table row's status is the sprint's: the plain bullets of its section are its work in that state.
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['Cargo workspace:done', 'Argon2id:done']);
  });
  it("gives a table row's sprint status to the sprint's own section only, not to a heading about the sprint", () => {
    const s = buildSprint(
      '# Status\n\n| Sprint | Version | Status |\n|---|---|---|\n| Sprint 22 | v1.2 | ✅ Complete |\n| 23+ | v1.3 | 📅 Next |\n\n## Sprint 22: Release\n- Tag v1.2\n\n## Sprint 23: Planning\n\n### Sprint 23 Objectives\n- Redis integration\n',
      'doc.md',
    );
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['Tag v1.2:done']);
  });
});
