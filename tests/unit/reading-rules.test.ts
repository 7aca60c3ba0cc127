/**
 * The documented reading rules (README "How a document is read"), each on a small document, so a
 * change to one rule shows up here and not only as a golden-file diff.
 */
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';

const read = (text: string) => buildSprint(text, 'doc.md');
const titles = (text: string) => read(text).tasks.map((t) => `${t.title}:${t.status}`);

describe('reading rules', () => {
  it('reads a task table with tree subtasks; the parent counts through its children', () => {
    const s = read('# S\n\n| Task | Status | Hours |\n|---|---|---|\n| **Parent** | ⏳ In Progress | 3h |\n| ├─ One | ✅ | 1h |\n| └─ Two | 🔲 | 2h |\n');
    const parent = s.tasks.find((t) => t.title === 'Parent')!;
    expect(parent.children).toHaveLength(2);
    expect(s.tasks.find((t) => t.title === 'Two')?.parent).toBe(parent.key);
  });

  it('keeps goal and metric tables apart from tasks', () => {
    const s = read(
      '# S\n\n| Goal | Target | Status |\n|---|---|---|\n| Uptime | 99% | ✅ |\n\n| Metric | Current | Status |\n|---|---|---|\n| Coverage | 50% | 🔲 |\n',
    );
    expect(s.tasks).toHaveLength(0);
    expect(s.tables.map((t) => t.kind)).toEqual(['goals', 'metrics']);
  });

  it('obeys <!-- sprint: ignore --> and <!-- sprint: tasks -->', () => {
    expect(titles('# S\n\n<!-- sprint: ignore -->\n- [ ] not tracked\n\nThen:\n\n- [ ] tracked\n')).toEqual(['tracked:todo']);
    expect(titles('# S\n\n<!-- sprint: tasks -->\n| Thing | Owner |\n|---|---|\n| Write docs | Ann |\n')).toEqual(['Write docs:todo']);
  });

  it('makes checkboxes under an acceptance-criteria label a checklist of the enclosing work item', () => {
    const s = read('# S\n\n### Task 1.2: Build it\n**Status**: IN PROGRESS\n\n**Acceptance Criteria**:\n- [x] a\n- [ ] b\n- [ ] c\n');
    expect(s.tasks).toHaveLength(1);
    expect(s.tasks[0]!.status).toBe('in_progress');
    expect(s.tasks[0]!.checklist.map((c) => c.done)).toEqual([true, false, false]);
  });

  it("gives a bucket heading's status to plain bullets under it", () => {
    expect(titles('# S\n\n## Implementado\n\n### API\n- login;\n\n## Ausente\n- 2FA;\n')).toEqual(['login;:done', '2FA;:todo']);
  });

  it('does not turn an achievements list into tasks, but does a status-labelled list', () => {
    expect(titles('# S\n\n## Achievements\n- ✅ shipped A\n- ✅ shipped B\n')).toEqual([]);
    expect(titles('# S\n\n## Day 3\n**Completed:**\n- ✅ shipped A\n')).toEqual(['shipped A:done']);
  });

  it('lets words beat emoji and the legend redefine emoji', () => {
    const legend = '# S\n\n**Legend**:\n\n- 🟢 In Review\n- ✅ Done\n\n| Story | Status |\n|---|---|\n| A | 🟢 |\n| B | 🟢 Ready |\n';
    expect(titles(legend)).toEqual(['A:in_progress', 'B:todo']);
  });

  it('merges one ID across day boards; a later "not started" and plan boards do not undo progress', () => {
    const doc = [
      '# Sprint',
      '',
      '**Current Day**: Day 1 (2025-12-05)',
      '',
      '### Day 1 Tasks (2025-12-05)',
      '',
      '| Task ID | Task Name | Status | Est. Days |',
      '|---|---|---|---|',
      '| 2.1 | Metrics | IN PROGRESS | 2 days |',
      '',
      '### Day 2 Tasks (2025-12-06)',
      '',
      '| Task ID | Task Name | Status | Est. Days |',
      '|---|---|---|---|',
      '| 2.1 | Metrics (continued) | NOT STARTED | - |',
      '',
    ].join('\n');
    const s = read(doc);
    expect(s.tasks).toHaveLength(1);
    expect(s.tasks[0]).toMatchObject({ id: '2.1', title: 'Metrics', status: 'in_progress' });
    expect(s.tasks[0]!.estimate?.value).toBe(2);
    expect(s.tasks[0]!.occurrences).toHaveLength(2);
  });

  it('adds estimate slices of one ID logged under different titles', () => {
    const s = read(
      '# R\n\n## Day 1: January 24, 2025\n\n#### PERF-001: Foundation (3 points)\n\n## Day 2: January 25, 2025\n\n#### PERF-001: Complete (5 points)\n',
    );
    expect(s.tasks).toHaveLength(1);
    expect(s.tasks[0]!.estimate?.value).toBe(8);
  });

  it('blocks a top-level row through Blocked By and its open subtasks with it', () => {
    const s = read('# S\n\n| Task | Status | Blocked By |\n|---|---|---|\n| **Cron** | 🔲 | Need pg_cron |\n| └─ Configure | 🔲 | Supabase config |\n');
    expect(s.tasks.map((t) => t.status)).toEqual(['blocked', 'blocked']);
    expect(s.tasks[0]!.blockedBy).toBe('Need pg_cron');
  });

  it('builds a hierarchy from dotted IDs in a flat list', () => {
    const s = read('# Plan\n\n- [ ] 1. Set up\n- [x] 1.1 Context\n- [x] 1.2 Tests\n- [ ] 2. Next\n');
    expect(s.tasks.find((t) => t.title === 'Set up')!.children).toHaveLength(2);
  });

  it('reads [-] as in progress in a Kiro tasks.md (its _Requirements:_ lines tell), cancelled elsewhere', () => {
    const kiro = read('# Plan\n\n- [-] 1. Set up\n  - _Requirements: 1.1_\n- [x] 1.1 Context\n- [ ] 2. Next\n');
    expect(kiro.tasks.find((t) => t.title === 'Set up')!.status).toBe('in_progress');
    expect(kiro.checkboxes['-']).toBe('in_progress');
    expect(titles('# Plan\n\n- [-] Set up\n- [ ] Next\n')).toEqual(['Set up:cancelled', 'Next:todo']);
  });

  it("gives checkboxes the meaning the document's legend states, and reads the legend as no tasks", () => {
    const doc = '# S\n\nLegend:\n- [ ] to do\n- [-] in progress\n- [?] blocked\n- [x] done\n\n## Work\n\n- [-] a\n- [?] b\n- [~] c\n';
    expect(titles(doc)).toEqual(['a:in_progress', 'b:blocked', 'c:cancelled']);
    expect(titles('# S\n\n`[>]` = in progress\n`[-]` = blocked\n\n- [>] a\n- [-] b\n')).toEqual(['a:in_progress', 'b:blocked']);
  });

  it('reads struck rows in a table without a status column as done', () => {
    expect(titles('# B\n\n| ID | User Story | Effort |\n|---|---|---|\n| 1 | ~Concept~ | 1 |\n| 2 | Level | 3 |\n')).toEqual(['Concept:done', 'Level:todo']);
  });

  it('keeps offsets exact with a BOM and CRLF line endings', () => {
    const text = '\uFEFF# S\r\n\r\n| Task | Status |\r\n|---|---|\r\n| A | ✅ Done |\r\n\r\n- [ ] B\r\n';
    const s = read(text);
    const a = s.tasks.find((t) => t.title === 'A')!.occurrences[0]!.site!;
    expect(text.slice(a.start, a.end)).toBe('✅ Done');
    const b = s.tasks.find((t) => t.title === 'B')!.occurrences[0]!.site!;
    expect(text.slice(b.start, b.end)).toBe(' ');
    expect(s.tasks.find((t) => t.title === 'B')!.span.line).toBe(7);
  });

  it('reports what it cannot read as diagnostics, not errors', () => {
    const s = read('# S\n\n| Task | Status |\n|---|---|\n| A | frobnicated |\n\n<table></table>\n');
    expect(s.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['unknown-status', 'html-table']));
    expect(s.diagnostics.find((d) => d.code === 'unknown-status')).toMatchObject({ line: 5, severity: 'warning' });
  });

  it('reads sprint metadata: goal, dates, declared scope, capacity', () => {
    const s = read(
      '# Sprint 5\n\n- **Sprint Goal**: Ship it\n- **Duration**: January 24 - February 4, 2025\n- **Total Points**: 75\n- **Planned Capacity:** 40 hours\n',
    );
    expect(s.metadata).toMatchObject({
      goal: 'Ship it',
      start: '2025-01-24',
      end: '2025-02-04',
      declaredTotal: { value: 75, unit: 'points' },
      capacity: { value: 40, unit: 'hours' },
    });
  });

  it('completes the sprint dates from a duration or a later range', () => {
    expect(read('# Backlog\n\n- **Start Date**: September 15, 2024\n- **Duration**: 9 weeks (3 sprints)\n').metadata).toMatchObject({
      start: '2024-09-15',
      end: '2024-11-16',
    });
    expect(read('# S\n\n**Data Início:** 2026-02-06 11:42 UTC  \n**Sprint Duration:** Feb 6-28 (22 dias)\n').metadata).toMatchObject({
      start: '2026-02-06',
      end: '2026-02-28',
    });
  });

  it('reads standups per person', () => {
    const s = read('# Notes\n\n### 2024-01-15 (Day 1)\n\n**dev1_front**:\n\n- **Yesterday**: setup\n- **Today**: Story 0.1\n- **Blockers**: None\n');
    expect(s.standups).toEqual([
      expect.objectContaining({ date: '2024-01-15', person: 'dev1_front', yesterday: ['setup'], today: ['Story 0.1'], blockers: [] }),
    ]);
  });

  it('never makes a milestone heading a work item, even with a Status field', () => {
    const s = read('# Plan\n\n## Hito #1: Auth básico\n- **Status**: 🚧 En progreso\n\n## Milestone 2 ✅\n\n### Task 2.1: Login ✅\n');
    expect(s.tasks.map((t) => t.title)).toEqual(['Login']);
  });

  it('reads bullets in a notes section as remarks, not tasks; checkboxes there stay tasks', () => {
    expect(titles('# S\n\n## Recommendations\n- Test first (2-4 h)\n- Keep scope small\n\n## Lessons learned\n- [ ] write it down\n')).toEqual([
      'write it down:todo',
    ]);
  });

  it('does not read a status word inside a dotted name ("Next.js") as a status', () => {
    const s = read('# S\n\n## Roadmap\n- Web dashboard (Next.js)\n- 🔄 API\n');
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['API:in_progress']);
  });

  it("in a document of several sprints, drops bullets outside every sprint that only take a bucket heading's status", () => {
    const s = read('# Status\n\n## Sprint 1\n- [x] a\n\n## Sprint 2\n- [ ] b\n\n## Completed so far\n- a summary line\n');
    expect(s.tasks.map((t) => t.title)).toEqual(['a', 'b']);
  });

  it('makes a heading with a Status field a work item, except under a status overview heading', () => {
    expect(titles('# P\n\n## Phase 1: Setup\n\n**Status:** ✅ Complete\n')).toEqual(['Setup:done']);
    expect(titles('# P\n\n## Status por Componente\n\n### Queue System\n- Status: ✅ PRODUCTION READY\n- Code: 360 LOC\n')).toEqual([]);
  });

  it("reads checkboxes of a sprint-level checklist outside every work item as the sprint's checklist", () => {
    const s = read(
      '# Sprint 3\n\n## Tasks\n- [ ] build\n\n## 📋 Execution Checklist\n- [x] kickoff held\n- [ ] demo booked\n\n## Success Criteria\n- [x] shipped\n- ⏳ adopted\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['build']);
    expect(s.checklist.map((c) => `${c.text}:${c.done}`)).toEqual(['kickoff held:true', 'demo booked:false', 'shipped:true', 'adopted:false']);
  });

  it('reads the lists of a standup section as standup answers, whatever their labels', () => {
    const s = read('# S\n\n## Tasks\n- [ ] real work\n\n## Daily Standup (6 Feb)\n\n**Completed:**\n- ✅ kickoff doc\n\n**Next 24h Plans:**\n- validate SQL\n');
    expect(s.tasks.map((t) => t.title)).toEqual(['real work']);
    expect(s.standups.flatMap((e) => [...e.yesterday, ...e.today])).toEqual(['✅ kickoff doc', 'validate SQL']);
  });

  it('drops a summary table that restates work the document details elsewhere', () => {
    const doc = '# S\n\n## Progress Summary\n\n| # | Item | Status |\n|---|---|---|\n| 1 | Auth | 🔄 |\n\n## Auth\n- [x] login\n- [ ] logout\n';
    expect(titles(doc)).toEqual(['login:done', 'logout:todo']);
    expect(titles('# S\n\n## Overview\n\n| Task | Status |\n|---|---|\n| Auth | 🔄 In Progress |\n')).toEqual(['Auth:in_progress']);
  });

  it("makes a heading whose Status field follows its list the parent of that list's items", () => {
    const s = read('# S\n\n## Queue work\n\n**Requirements:**\n- [ ] setup\n- [ ] alerts\n\n**Status:** QUEUED\n');
    const parent = s.tasks.find((t) => t.title === 'Queue work')!;
    expect(parent.children).toHaveLength(2);
  });

  it('reads an item that names a file as an artifact, not work', () => {
    expect(titles('# S\n\n## Reports\n- ✅ `E25-COMPLETION.md` (existing)\n- 🚧 `E24-NOTES.md` (pending)\n- 🚧 Write the E24 notes\n')).toEqual([
      'Write the E24 notes:in_progress',
    ]);
  });

  it('does not make a plain list inside a work item with acceptance criteria its subtasks', () => {
    const s = read(
      '# S\n\n### T5 - Caching 🚧\n\n#### Acceptance Criteria\n- [x] cache added\n- [ ] e2e tests\n\n#### Pending Items\n1. Wire the cache\n2. Run EXPLAIN\n',
    );
    expect(s.tasks.map((t) => t.id)).toEqual(['T5']);
    expect(s.tasks[0]!.checklist).toHaveLength(2);
  });

  it("counts a section's estimate paragraph for the work it lists when no item there is estimated", () => {
    const s = read(
      '# S\n\n### Day 11: Logging\n- [ ] middleware\n- [ ] winston\n\n**Estimated Time:** 1-2 days\n\n### Day 12: Tests\n- [x] jest\n\n**Estimated Time:** 2 days\n',
    );
    expect(computeProgress(s).effort).toEqual({ unit: 'days', total: 3.5, done: 2 });
  });

  it('takes done effort for declared scope from the last burn-down row when no task is estimated', () => {
    const s = read(
      '# Sprint 1\n\n**Total Story Points:** 13\n\n| Day | Remaining | Notes |\n|---|---|---|\n| Day 1 | 13 | start |\n| Day 2 | 0 | finished |\n',
    );
    expect(computeProgress(s).effort).toEqual({ unit: 'points', total: 13, done: 13 });
  });

  it('reads a table whose header asks two or more standup questions as standups, one entry per row', () => {
    const s = read('# S\n\n## Standup\n\n| Who | Yesterday | Today | Blockers |\n|---|---|---|---|\n| Ana | Login | Reset<br>Review | - |\n');
    expect(s.tasks).toEqual([]);
    expect(s.standups).toEqual([expect.objectContaining({ person: 'Ana', yesterday: ['Login'], today: ['Reset', 'Review'], blockers: [] })]);
    const es = read('# S\n\n| Fecha | Miembro | Ayer | Hoy |\n|---|---|---|---|\n| 2025-03-05 | Bo | Tests | Deploy |\n');
    expect(es.standups).toEqual([expect.objectContaining({ date: '2025-03-05', person: 'Bo', yesterday: ['Tests'], today: ['Deploy'] })]);
    expect(read('# S\n\n| Task | Today | Status |\n|---|---|---|\n| a | yes | Done |\n').standups).toEqual([]);
  });

  it('maps compound headers to roles by their words (lead words, word stems, a trailing ID word)', () => {
    const cols = (header: string) => read(`# S\n\n| ${header} |\n|${' --- |'.repeat(header.split('|').length)}\n`).tables[0]!.columns;
    expect(cols('Task ID | Tarea principal | Horas Estimadas | Status')).toMatchObject({ id: 0, title: 1, estimate: 2, status: 3 });
    expect(cols('Story # | User Story (as a user) | Est. Days | Status')).toMatchObject({ id: 0, title: 1, estimate: 2, status: 3 });
    expect(cols('Aufgabe | Schätzung | Status')).toMatchObject({ title: 0, estimate: 1, status: 2 });
  });

  it('reads a sprint length in any unit language: a week word is seven calendar days', () => {
    expect(read('# S\n\n**Start:** 2025-03-03\n**Duration:** 2 semanas\n').metadata.end).toBe('2025-03-16');
    expect(read('# S\n\n**Start:** 2025-03-03\n**Duration:** 10 días\n').metadata.end).toBe('2025-03-12');
  });

  it('takes a heading that starts with a weekday, or a weekday abbreviation before a date, as a day', () => {
    const s = read('# Sprint\n\n## Måndag\n\n- [ ] a\n\n## Seg 16/12\n\n- [ ] b\n\n## Segunda tarefa\n\n- [ ] c\n');
    expect(s.sections.filter((x) => x.role === 'day').map((x) => x.title)).toEqual(['Måndag', 'Seg 16/12']);
  });

  it("reads numbered headings inside a work item's section as its steps, and numbered how-to headings elsewhere as sections", () => {
    const doc =
      '# S\n\n## Phase 1: API (4h) ✅ COMPLETE\n\n### Changes\n\n#### 1. Created `api.ts` ✅\n\n#### 2. Added routes\n\n## Phase 2: UI (2h) ⏳ NEXT\n\n#### 1. Build the form\n';
    const s = read(doc);
    expect(s.tasks.filter((t) => t.parent !== null).map((t) => `${t.title}:${t.status}:${t.parent}`)).toEqual([
      'Created api.ts:done:phase 1',
      'Added routes:done:phase 1',
      'Build the form:todo:phase 2',
    ]);
    expect(read('# Setup guide\n\n## 1. Install Node\n\n## 2. Clone the repo (5 minutes)\n\n- [ ] Ship\n').tasks.map((t) => t.title)).toEqual(['Ship']);
  });

  it('reads a bold phrase with only a status after it as a work item whose list is its detail; a bold field is not one', () => {
    const doc =
      '# S\n\n## OPT 1\n\n**Deliverable 1: SQL Migration** ✅\n- Size: 3.8 KB\n- Components:\n  - ✅ Function `a()`\n  - ✅ Trigger `b()`\n\n**Deliverable 2: Dashboard** ⏳ QUEUED\n\n**Sprint Status**: ✅ COMPLETE\n\n**Note** this is plain text\n';
    const s = read(doc);
    expect(s.tasks.map((t) => `${t.title}:${t.status}:${t.parent ?? '-'}`)).toEqual([
      'Deliverable 1: SQL Migration:done:-',
      'Function a:done:t:deliverable 1: sql migration',
      'Trigger b:done:t:deliverable 1: sql migration',
      'Deliverable 2: Dashboard:todo:-',
    ]);
  });

  it('reads checkbox states beyond [ ] and [x]', () => {
    expect(titles('# S\n\n- [/] a\n- [-] b\n- [~] c\n- [!] d\n- [>] e\n- [X] f\n')).toEqual([
      'a:in_progress',
      'b:cancelled',
      'c:cancelled',
      'd:blocked',
      'e:todo',
      'f:done',
    ]);
  });

  it('reads "estimate => time actually spent" bullets as finished items with their estimate', () => {
    const s = read('# Sprint 2\n\n## Sprint velocity\n* #19(3 days) => (2 days)\n* #46(1-2 days) => (2 days)\n');
    expect(s.tasks.map((t) => [t.id, t.status, t.estimate?.value])).toEqual([
      ['#19', 'done', 3],
      ['#46', 'done', 1.5],
    ]);
  });

  it('gives a compound ID its parent by the ID prefix or the name it abbreviates (US1-T01 under User Story 1)', () => {
    const s = read(
      '# S\n\n### User Story 1: Library\n**Status:** ⏳ Planned\n\n### US1-T01: Card\n**Status:** ⏳ Planned\n\n### US1-T02: Row\n**Status:** ⏳ Planned\n',
    );
    const story = s.tasks.find((t) => t.title === 'Library')!;
    expect(s.tasks.filter((t) => t.parent === story.key).map((t) => t.id)).toEqual(['US1-T01', 'US1-T02']);
    expect(computeProgress(s).tasks.total).toBe(2);
  });

  it('does not read a dependencies section as work', () => {
    expect(titles('# S\n\n## Tasks\n- [ ] build\n\n## Dependencies\n- ✅ Sprint 7 finished\n- ⏳ Design assets\n')).toEqual(['build:todo']);
  });

  it('takes a declared count of work items larger than those listed as the total (front matter too)', () => {
    const s = read('---\nprogress:\n  total_plans: 5\n  completed_plans: 1\n---\n\n# State\n\nTotal plans completed: 0\n');
    expect(s.metadata.declaredCount).toEqual({ total: 5, done: 1 });
    expect(computeProgress(s).tasks).toMatchObject({ total: 5, done: 1, todo: 4 });
    expect(computeProgress(read('# S\n\n**Total tasks:** 2\n\n- [x] a\n- [ ] b\n- [ ] c\n')).tasks.total).toBe(3);
  });
  it('reads markup from the parse: an emoji inside a bold label decorates it, a status emoji before the words marks the item', () => {
    const doc =
      '# Goals\n\n- **🚀 Focus**: deploy early and finish the machines screens\n- **📋 Scope**: templates and scoring\n- 🔄 Deploy pipeline\n- ✅ `auth` module\n';
    expect(titles(doc)).toEqual(['Deploy pipeline:in_progress', 'auth module:done']);
  });

  it('takes a table cell’s words from its phrasing: links, code, entities and escaped pipes read as shown', () => {
    const doc = '# S\n\n| ID | Task | Status |\n|---|---|---|\n| [T-1](https://x/T-9) | Fix `a \\| b` &amp; docs | **Done** |\n';
    const t = read(doc).tasks[0]!;
    expect([t.id, t.title, t.status]).toEqual(['T-1', 'Fix a | b & docs', 'done']);
  });
  it('reads the non-pictographic marks (✓ ✗ ☐) wherever it reads a status emoji: headings, bullets, legends', () => {
    const doc = '# Sprint 3\n\n## Tasks\n\n- ✓ Login page\n- ☐ Audit log\n\n### Task 1: Export ✓\n\n### Task 2: Import ☐\n';
    expect(titles(doc)).toEqual(titles(doc.replaceAll('✓', '✅').replaceAll('☐', '🔲')));
    expect(titles(doc)).toEqual(['Login page:done', 'Audit log:todo', 'Export:done', 'Import:todo']);
    const legend = read('# Sprint 3\n\nLegend:\n\n- ✓ = Done\n- ✗ = Cancelled\n\n## Tasks\n\n- ✗ Old export\n- ✓ Login page\n');
    expect(legend.legend.map((e) => `${e.symbol}:${e.status}`)).toEqual(['✓:done', '✗:cancelled']);
    expect(legend.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['Old export:cancelled', 'Login page:done']);
  });

  it('sets aside a list of symbols with status words as a legend, but reads symbols with titles as work', () => {
    expect(titles('# Sprint 3\n\n## Tasks\n\n- ✅ Done\n- 🔄 In progress\n')).toEqual([]);
    expect(titles('# Sprint 3\n\n## Tasks\n\n- ✅ Login page\n- 🔲 Audit log\n')).toEqual(['Login page:done', 'Audit log:todo']);
  });

  it('sets aside a legend of plain marks with colours and separators, one meaning in three not a status', () => {
    const doc = '# Board\n\n**Status Symbols:**\n\n- `*` (Green) - Team Focus\n- `✓` (Green) - Done\n- `|` (Orange) - Ongoing\n- `✗` (Red) - Not Done\n';
    expect(titles(doc)).toEqual([]);
    // Status marks before work titles, written the same way, stay work.
    expect(read('# Board\n\n- ✅ (P1) - Login page\n- 🔲 (P2) - Audit log\n').tasks.map((t) => t.status)).toEqual(['done', 'todo']);
    // A checklist of marks to build is work.
    expect(titles('# Board\n\n- [ ] `✓` (Green) - Done\n- [ ] `✗` (Red) - Not Done\n')).toHaveLength(2);
  });

  it('makes a work item done by a completion field that says when: a date or a day of the sprint', () => {
    const doc =
      '# Sprint 3\n\n**Duration:** November 27-30, 2025\n\n### US-011: Login (3 points)\n- Completed: Day 2\n\n### US-012: Events (8 points)\n- Completed: 2025-11-30\n\n### US-013: Export (5 points)\n- Completed: TBD\n\n### US-014: Audit (2 points)\n**Status:** In Progress\n- Completed: Day 4\n';
    const s = read(doc);
    expect(s.tasks.map((t) => `${t.id}:${t.status}:${t.completedOn ?? ''}`)).toEqual([
      'US-011:done:2025-11-28',
      'US-012:done:2025-11-30',
      'US-013:todo:',
      'US-014:in_progress:2025-11-30',
    ]);
  });

  it('reads an item that opens with a day and a colon as that day’s log, not work, unless it is checked or marked', () => {
    const doc =
      '# Sprint 2\n\n**Performance:**\n- Day 1: Planning, no points yet\n- Day 2: Completed registration (7 pts)\n- Day 3 Afternoon: Payment (7 pts)\n';
    expect(titles(doc)).toEqual([]);
    expect(titles('# Sprint 2\n\n## Plan\n\n- [ ] Day 2: Registration (7 pts)\n- ✅ Day 3: Payment\n')).toEqual([
      'Day 2: Registration:todo',
      'Day 3: Payment:done',
    ]);
  });

  it('reads a code after a heading’s series number as its ID, and merges it with the bullet naming it', () => {
    const doc =
      '# Sprint\n\n**Scope**:\n- M-201: Contractor API (3 pts) ✅\n\n## Stories\n\n#### 1. M-201: Contractor API ✅\nDone.\n\n#### 2. M-202: Scheduling UI\n**Status:** In progress\n\n#### 3. Step 3\n';
    expect(read(doc).tasks.map((t) => `${t.id}:${t.title}:${t.status}`)).toEqual(['M-201:Contractor API:done', 'M-202:Scheduling UI:in_progress']);
  });

  it('reads a marked line that opens with a number of work items as a recap, with points or not', () => {
    const doc =
      '# Sprint\n\n**Actual Delivery**:\n- ✅ All 6 maintenance stories (15 pts)\n- ✅ 8 additional features beyond scope\n- ✅ 12 tasks moved\n- ✅ Login page (3 pts)\n';
    expect(titles(doc)).toEqual(['Login page:done']);
  });

  it('does not add the estimate of an occurrence titled only by its ID to the item’s', () => {
    const doc =
      '# S\n\n## Plan\n\n| Story | Description | Points |\n|---|---|---|\n| **M-201** | Assignment API | 3 pts |\n\n## Details\n\n### M-201: Contractor Assignment API\n**Estimate**: 3 points\n';
    expect(read(doc).tasks.map((t) => `${t.id}:${t.estimate?.value}`)).toEqual(['M-201:3']);
  });

  it('counts points under an estimate column whose header ends in a unitless estimate word', () => {
    const s = read('# Backlog\n\n| Priority | Item | Estimated size |\n|---|---|---|\n| 1 | Web client | 10 |\n| 2 | Node view | 3 |\n');
    expect(s.tasks.map((t) => `${t.estimate?.value}${t.estimate?.unit}`)).toEqual(['10points', '3points']);
    const time = read('# Backlog\n\n| Item | Estimated time |\n|---|---|\n| Web client | 10 |\n');
    expect(time.tasks[0]?.estimate ?? null).toBeNull();
  });

  it('reads a mark written in inline code at the start of an item as its words, not its status', () => {
    expect(read('# S\n\n- [ ] `✓` (Green checkmark)\n').tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['✓ (Green checkmark):todo']);
    // After the code, markers are read as anywhere: `auth` module ✅ is a done item.
    expect(titles('# Sprint 3\n\n## Tasks\n\n- `auth` module ✅\n- ✅ Login page\n')).toEqual(['auth module:done', 'Login page:done']);
  });
  it('reads sprint dates from a title whose range is written with an arrow, and keeps the arrow in the title', () => {
    for (const [title, start, end] of [
      ['# Sprint 12 (2025-03-03 → 2025-03-14)', '2025-03-03', '2025-03-14'],
      ['# Sprint 12: 2025-03-03 -> 2025-03-14', '2025-03-03', '2025-03-14'],
      ['# Sprint 12 (03/03 ⇒ 14/03/2025)', '2025-03-03', '2025-03-14'],
    ] as const) {
      const s = read(`${title}\n\n- [ ] a\n`);
      expect([s.metadata.start, s.metadata.end], title).toEqual([start, end]);
    }
    expect(read('# ➡️ Sprint 4 → Login flow\n\n- [ ] a\n').metadata.title).toBe('Sprint 4 → Login flow');
  });
  it('dates the sprint from document-level "started" and "completed" fields when no start or end is written', () => {
    const s = read('# Sprint 4\n\n**Inicio:** 03/03/2025  \n**Completed on:** 14/03/2025\n\n- [ ] a\n');
    expect([s.metadata.start, s.metadata.end]).toEqual(['2025-03-03', '2025-03-14']);
    const written = read('# Sprint 4\n\n**Start:** 2025-03-03\n**Started:** 2025-03-05\n\n- [ ] a\n');
    expect(written.metadata.start).toBe('2025-03-03');
    const underTask = read('# Sprint 4\n\n### Task 1: Export\n\nStarted: 2025-03-05\nStatus: In Progress\n');
    expect(underTask.metadata.start).toBeNull();
  });
  it('reads a bullet estimate that closes its part of the line: end, pipe, symbol, spaced dash or comma', () => {
    const s = read(
      '# Sprint 3\n\n## Backlog\n\n- [ ] Audit log (2 SP) — blocked by infra\n- Story 1: Login - 5 SP - ⬜ Not Started\n- [ ] Import (5h), owner Ana\n- [ ] Rate (46.67 SP/sprint) review\n',
    );
    expect(s.tasks.map((t) => [t.title, t.estimate?.value ?? null])).toEqual([
      ['Audit log', 2],
      ['Login', 5],
      ['Import, owner Ana', 5],
      ['Rate (46.67 SP/sprint) review', null],
    ]);
  });
  it('reads an open checkbox whose whole title is struck through as dropped, a ticked one as done', () => {
    expect(titles('# Sprint 3\n\n## Backlog\n\n- [ ] ~~Dark mode~~\n- [x] ~~Old login~~\n- [ ] ~~Half~~ struck\n')).toEqual([
      'Dark mode:cancelled',
      'Old login:done',
      'Half struck:todo',
    ]);
  });
  it('reads "waiting for …" as blocked, like "waiting on …", and a bare "waiting" as to do', () => {
    expect(titles('# Sprint 3\n\n## Backlog\n\n- Tax service (3d) — waiting for vendor keys\n- Export (2d) — waiting\n')).toEqual([
      'Tax service:blocked',
      'Export:todo',
    ]);
  });
  it('takes @-mentions that close a bullet as its assignee, and leaves an address in the title alone', () => {
    const s = read('# Sprint 3\n\n## In Progress\n\n- Payment retries (3d) — @kim\n- Upload (@ana, @luis)\n- Mail support@example.com\n');
    expect(s.tasks.map((t) => [t.title, t.assignee])).toEqual([
      ['Payment retries', '@kim'],
      ['Upload', '@ana,@luis'],
      ['Mail support@example.com', null],
    ]);
  });
  it('reads a numbered heading with a status marker as a work item, and leaves a decorated unnumbered heading a section', () => {
    const s = read(
      '# Sprint 1\n\n## Work\n\n### 1. ✅ Setup Hilt (COMPLETED)\n\nText.\n\n### 2. Setup Room ✅\n\n### 3. 🔄 Refactor structure\n\n## 🎉 Achievements\n\n### ✅ Strengths\n\nProse.\n',
    );
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['Setup Hilt:done', 'Setup Room:done', 'Refactor structure:in_progress']);
  });
  it('reads a bold phrase followed by an estimate as a work item whose list is its subtasks', () => {
    const s = read('# Sprint 1\n\n**1. Setup Hilt** ⏱️ 1 day\n- [ ] Add deps\n- [x] Create app\n\n**2. Setup Room** (2 days)\n\n**Story Points** 5\n');
    expect(s.tasks.map((t) => [t.title, t.status, t.estimate?.value ?? null])).toEqual([
      ['Setup Hilt', 'in_progress', 1],
      ['Add deps', 'todo', null],
      ['Create app', 'done', null],
      ['Setup Room', 'todo', 2],
    ]);
    expect(computeProgress(s).effort).toMatchObject({ unit: 'days', total: 3 });
  });
  it('reads a heading with two different status words as a title, not a status bucket', () => {
    const s = read('# Sprint 1\n\n## Week 2: Complete Missing Features\n\n- Profile screen\n\n## Completed Tasks\n\n- Login\n');
    expect(s.sections.map((x) => `${x.title}:${x.role}`)).toEqual(['Sprint 1:plain', 'Week 2: Complete Missing Features:plain', 'Completed Tasks:bucket']);
    expect(titles('# Sprint 1\n\n## Week 2: Complete Missing Features\n\n- Profile screen\n\n## Completed Tasks\n\n- Login\n')).toEqual(['Login:done']);
  });
  it('reads a heading naming a range of sprints as a group of sprints, never a work item', () => {
    const s = read('# Plan\n\n## Sprint 7-8: Polish\n**Duration:** 4 weeks\n\n### Sprint 7: Meals\n\n- [ ] Meal plan\n\n### Sprint 8: Alerts\n\n- [ ] Push\n');
    expect(s.tasks.map((t) => t.title)).toEqual(['Meal plan', 'Push']);
    expect(s.sprints.map((x) => x.title)).toEqual(['Sprint 7: Meals', 'Sprint 8: Alerts']);
  });
  it('reads a first column of codes under a header that names no role as the ID column', () => {
    const s = read(
      '# S\n\n| OPT | Optimization | Status |\n|---|---|---|\n| 1 | Auto-partition | 🟢 IN PROGRESS |\n| 2 | MV refresh | ⏳ QUEUED |\n| **TOTAL** | | |\n',
    );
    expect(s.tasks.map((t) => [t.id, t.title, t.status])).toEqual([
      ['1', 'Auto-partition', 'in_progress'],
      ['2', 'MV refresh', 'todo'],
    ]);
  });
  it('reads standup questions written as sentences in any language by the day or obstacle they name', () => {
    const s = read(
      '# Standups\n\n## Måndag 16/12\n\n### Vad jobbade du med igår?\n- Ana: quiz\n\n### Vad planerar du att jobba med i dag?\n- Ana: login\n\n### Finns det några hinder?\n- Ana: inga\n\n## What we need to do today\n- deploy\n\n## What challenges we expect\n- flaky CI\n',
    );
    const all = (f: 'yesterday' | 'today' | 'blockers') => s.standups.flatMap((e) => e[f]);
    expect(all('yesterday')).toEqual(['quiz']);
    expect(all('today')).toEqual(['login', 'deploy']);
    // "inga" (none) says there is no blocker.
    expect(all('blockers')).toEqual(['flaky CI']);
  });
  it('reads a date label with a qualifier after it by its leading words', () => {
    const s = read('# Sprint 3\n\n**Data Início Execução:** 2026-02-06\n**End Date (planned):** 2026-02-20\n\n- [ ] Work\n');
    expect([s.metadata.start, s.metadata.end]).toEqual(['2026-02-06', '2026-02-20']);
  });
  it('reads an estimate wrapped whole in brackets or parentheses whatever follows it, and never a rate', () => {
    const s = read(
      '# Sprint 1\n\n- [ ] #3 - Integrate React Query [1 SP] (depends on #2)\n- [ ] Fix login (2h) before release\n- [ ] Rate (46.67 SP/sprint) review\n',
    );
    expect(s.tasks.map((t) => t.estimate?.value ?? null)).toEqual([1, 2, null]);
  });
  it('reads nothing under a heading over example or template text, but a work item named "template" stays one', () => {
    const s = read(
      '# Sprint 1\n\n## Backlog\n\n- [ ] Login\n\n## Tasks Breakdown (Example)\n\n- [ ] Design API\n\n## Sprint Checklist Template\n\n- [ ] Planning\n\n## Work\n\n### Task 3: Email template\n\n- [ ] Draft copy\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['Login', 'Email template', 'Draft copy']);
    expect(
      titles(
        '# S\n\n## Work\n\n### Template engine\n\n- [ ] Parse tags\n\n## Modelo de datos\n\n- [ ] Tabla usuarios\n\n## Example: a board\n\n- [ ] Not work\n',
      ),
    ).toEqual(['Parse tags:todo', 'Tabla usuarios:todo']);
  });
  it("reads ceremony checkboxes (Planning, Daily, Review, Retro) as the sprint's checklist", () => {
    const s = read('# Sprint 122\n\n## Backlog\n\n- [x] Quest round\n\n## Ceremony-Status S122\n\n- [x] Planning: 2026-05-04\n- [ ] Retro\n');
    expect(s.tasks.map((t) => t.title)).toEqual(['Quest round']);
    expect(s.checklist.map((c) => c.done)).toEqual([true, false]);
  });
  it('takes the task column as the title when a table also names the story a task belongs to', () => {
    const s = read('# S\n\n| User Story | Task | Status |\n|---|---|---|\n| Login | Design API | Done |\n| | Build form | To Do |\n');
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['Design API:done', 'Build form:todo']);
  });
  it('never makes an epic heading a work item: it groups the stories under it', () => {
    expect(titles('# S\n\n## Epic 1: Auth\n**Status:** In Progress\n\n- [ ] Login\n- [x] Logout\n')).toEqual(['Login:todo', 'Logout:done']);
  });
  it('reads a checkbox in a status cell as that checkbox', () => {
    expect(titles('# S\n\n| ID | Title | Status |\n|---|---|---|\n| MLB-1 | Scaffold | [x] |\n| MLB-2 | Client | [ ] |\n')).toEqual([
      'Scaffold:done',
      'Client:todo',
    ]);
  });
  it('reads the last filled day column of a day-by-day backlog as what remains: 0 is done, less than the estimate in progress', () => {
    const s = read(
      '# S\n\n| Item | Tasks | Effort | Day 1 | Day 2 | Day 3 |\n|---|---|---|---|---|---|\n| Story A | Model | 3 | 2 | 0 | |\n| | Views | 2 | 2 | 1 | |\n| | Tests | 2 | 2 | 2 | 2 |\n',
    );
    expect(s.tasks.map((t) => `${t.title}:${t.status}:${t.estimate?.value}`)).toEqual(['Model:done:3', 'Views:in_progress:2', 'Tests:todo:2']);
  });
  it('reads a code with a letter suffix as one ID ("US1-A"), and takes the named ID column over a "#" row number', () => {
    const s = read(
      '# S\n\n| # | ID | Story | Statut |\n|---|---|---|---|\n| 1 | US1-A | Créer une mission | ✅ |\n| 2 | US1-B | Ajouter une compétence | ⬜ |\n\n## Suivi\n\n- [x] US1-A — Créer une mission simple\n',
    );
    expect(s.tasks.map((t) => `${t.id}:${t.title}:${t.status}`)).toEqual(['US1-A:Créer une mission:done', 'US1-B:Ajouter une compétence:todo']);
  });
  it('drops a heading whose items all restate tasks listed under another parent: it groups them', () => {
    const s = read(
      '# S\n\n## Backlog\n\n| ID | Story | Status |\n|---|---|---|\n| T0 | Repo | ✅ |\n| T1 | Model | ⬜ |\n\n## Plan\n\n### Phase 1 — Setup\n\n- [ ] T0 — Repo\n- [ ] T1 — Model\n',
    );
    expect(s.tasks.map((t) => `${t.id}:${t.status}`)).toEqual(['T0:done', 'T1:todo']);
  });
  it("reads a task table under a Definition of Done heading as the sprint's checklist", () => {
    const s = read(
      '# S\n\n- [ ] Build\n\n## Definition of Done — Checklist\n\n| Dimension | Condition | Statut |\n|---|---|---|\n| Code | Reviewed | ✅ |\n| Tests | Green | ⬜ |\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['Build']);
    expect(s.checklist.map((c) => `${c.text}:${c.done}`)).toEqual(['Code:true', 'Tests:false']);
  });
  it('reads a heading written as a date, goal, length or effort field as that field of its section', () => {
    const s = read(
      '# Plan\n\n## Sprint 1: Setup\n\n- [ ] Repo\n\n### Estimated time: 2 days\n\n## Sprint 2: Build\n\n- [x] API\n\n### Estimated time: 1-3 days\n',
    );
    expect(s.sprints.map((x) => x.declaredTotal?.value ?? null)).toEqual([2, 2]);
    expect(s.tasks.map((t) => t.title)).toEqual(['Repo', 'API']);
  });
  it('reads status words of more languages: Dutch, Polish, Indonesian, Vietnamese, Korean, Italian', () => {
    expect(
      titles(
        '# S\n\n| Task | Status |\n|---|---|\n| A | afgerond |\n| B | w trakcie |\n| C | belum selesai |\n| D | đang làm |\n| E | 완료 |\n| F | 미완료 |\n| G | in corso |\n| H | chưa hoàn thành |\n| I | UNPLANNED |\n| J | 対応中 |\n| K | クローズ |\n',
      ),
    ).toEqual(['A:done', 'B:in_progress', 'C:todo', 'D:in_progress', 'E:done', 'F:todo', 'G:in_progress', 'H:todo', 'I:todo', 'J:in_progress', 'K:done']);
  });
  it('reads a sprint heading after an outline number, and outline-numbered headings as sections', () => {
    const s = read(
      '# Backlog\n\n## 3. Schema\n\n### 3.1 Diagram (Sprint 1)\n\nText.\n\n## 4. Sprint 1 — First delivery\n\n- [x] Repo\n\n## 5. Sprint 2 — Accounts\n\n- [ ] Login\n\n### 5.1 Contract\n\n### 5.2 Login form (3h)\n',
    );
    expect(s.sprints.map((x) => x.code)).toEqual(['1', '2']);
    expect(s.tasks.map((t) => t.title)).toEqual(['Repo', 'Login', 'Login form']);
  });
  it("reads a Definition of Done written in Spanish, Portuguese or French as the sprint's checklist", () => {
    const s = read(
      '# Sprint 1\n\n- [ ] Build\n\n### Definición de Hecho (DoD) — Sprint 1\n- [ ] SQL ejecutado\n- [x] CORS\n\n### Definição de pronto\n- [ ] Testes\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['Build']);
    expect(s.checklist).toHaveLength(3);
  });
  it('reads plain bullets under a heading that only names work as to-do items, and bullets nested under an item as its details', () => {
    expect(titles('# Sprint backlog\n - Webcam access\n   - Complexity: **low**\n - P2P video\n\n## Notes\n\n- not work\n')).toEqual([
      'Webcam access:todo',
      'P2P video:todo',
    ]);
    expect(titles('# S\n\n## Stories (with DoD)\n- **Live feed**\n  - DoD: cross-browser\n- **Admin input**\n')).toEqual([
      'Live feed:todo',
      'Admin input:todo',
    ]);
    expect(titles('# S\n\n## Completed\n\n- Login\n  - uses JWT\n- Logout\n')).toEqual(['Login:done', 'Logout:done']);
  });
  it('reads a list item naming an epic or a milestone by its code as a group, not a work item', () => {
    expect(
      titles(
        '# Sprint 1\n\n- [ ] #1 - Epic 1: Foundation (epic, tracking only)\n- [ ] #2 - Migrate storage [3 SP]\n- [x] Milestone A: beta\n- [ ] Epics page redesign\n',
      ),
    ).toEqual(['Migrate storage:todo', 'Epics page redesign:todo']);
  });
  it('reads a Spec Kit tasks.md exactly: [P] in a note is a label, a phase titled "…Criteria" is no criteria section', () => {
    const s = read(
      '# Tasks: Ideas\n\n## Phase 1: Setup\n\n- [X] T001 Create structure\n\n## Phase 2: Foundational (Blocking Prerequisites)\n\n- [ ] T002 [P] Base model\n\n## Phase 10: User Story 8 - Sort Ideas by Different Criteria (Priority: P3)\n\n### Implementation for User Story 8\n\n- [X] T054 [P] [US8] Add sort parameter\n\n## Notes\n\n- [P] tasks = different files, no dependencies\n\n---\n\n**Status**: Ready for implementation\n',
    );
    const leaves = s.tasks.filter((t) => t.children.length === 0);
    expect(leaves.map((t) => `${t.id}:${t.status}`)).toEqual(['T001:done', 'T002:todo', 'T054:done']);
    expect(s.tasks.find((t) => t.id === 'Phase 2')?.status).not.toBe('blocked');
    expect(s.diagnostics.filter((d) => d.code === 'unknown-checkbox')).toEqual([]);
  });
  it('reads a word and a number as a name: "Step 1" of two tasks are two items, one title mentioned twice is one', () => {
    const s = read(
      '# Plan\n\n### Task 1: Lockfile\n\n- [ ] **Step 1: Write the test**\n- [ ] **Step 2: Commit**\n\n### Task 2: Reader\n\n- [x] **Step 1: Write the test**\n- [ ] **Step 2: Commit**\n',
    );
    expect(s.tasks.filter((t) => t.children.length === 0).map((t) => `${t.id}:${t.status}`)).toEqual([
      'Step 1:todo',
      'Step 2:todo',
      'Step 1:done',
      'Step 2:todo',
    ]);
    const mentioned = read(
      '# S\n\n| ID | Task | Status |\n|---|---|---|\n| 2.1 | Prometheus Metrics Implementation | In progress |\n\n## Day 2\n\n- [x] Task 2.1 (Prometheus Metrics)\n',
    );
    expect(mentioned.tasks.map((t) => `${t.id}:${t.title}:${t.status}`)).toEqual(['2.1:Prometheus Metrics Implementation:done']);
  });
  it("reads a meeting's action items as follow-ups and a pre-sprint setup list as the sprint's checklist, not work", () => {
    const s = read(
      '# Sprint 0\n\n| ID | Story | Status |\n|---|---|---|\n| 0.1 | Init | Done |\n\n## Pre-Sprint Setup Status\n\n- [ ] dev1: access verified\n\n## Daily Notes\n\n### 2024-01-15 (Day 1)\n\n**dev1**:\n\n- **Today**: Story 0.1\n\n**Action Items**:\n\n- [ ] dev1: finish Story 0.1\n\n## Action Items\n\n| ID | Description | Owner | Status |\n|---|---|---|---|\n| A1 | Share credentials | dev1 | Done |\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['Init']);
    expect(s.checklist.map((c) => c.text)).toEqual(['dev1: access verified']);
  });
  it('takes a Description column as the title when no column names one', () => {
    expect(titles('# S\n\n| ID | Description | Owner | Status |\n|---|---|---|---|\n| A1 | Share credentials | dev1 | Done |\n')).toEqual([
      'Share credentials:done',
    ]);
  });
  it('dates a document that writes no sprint dates from its first and last dated day sections', () => {
    const s = read('# Standups\n\n## Daily Notes\n\n### 2024-01-15 (Day 1)\n\n- **Today**: setup\n\n### 2024-01-16 (Day 2)\n\n### 2024-01-26 (Day 10)\n');
    expect([s.metadata.start, s.metadata.end]).toEqual(['2024-01-15', '2024-01-26']);
  });
  it('reads a sprint plan whose assignment summary restates its backlog table: each story once, with its own points', () => {
    const s = read(
      '# Sprint 0\n\n## Team\n\n| Identifier | Role | Capacity | Story Points |\n|---|---|---|---|\n| dev1 | Frontend | 100% | 13 points |\n\n## Backlog\n\n| Story ID | Story Title | Story Points | Status |\n|---|---|---|---|\n| 0.1 | Initialize Project | 3 | To Do |\n| 0.4 | State Management | 5 | To Do |\n\n## Assignment\n\n### dev1 - Frontend (8 points)\n\n- **Story 0.1**: Initialize Project (3 points) - **CRITICAL PATH**\n- **Story 0.4**: State Management (5 points)\n\n## Success Criteria\n\n- [ ] Project runs\n\n---\n\n**Status**: Ready for Sprint Execution\n',
    );
    expect(s.tasks.map((t) => `${t.id}:${t.title}:${t.estimate?.value}`)).toEqual(['0.1:Initialize Project:3', '0.4:State Management:5']);
    expect(s.tables.map((t) => t.kind)).toEqual(['people', 'tasks']);
  });
  it('never reads a placeholder bullet as an item, even under a status bucket ("Removed Stories" / "- None yet.")', () => {
    expect(titles('# S\n\n## Backlog\n\n- [ ] Login\n\n### Removed Stories\n- None yet\n\n### Added Stories\n- _None._\n- (nothing)\n')).toEqual([
      'Login:todo',
    ]);
  });
  it('reads recorded effort where a task table has no status column: time spent is done, remaining 0 done, less remaining in progress', () => {
    expect(
      titles('# S\n\n| Categoría | Tarea | Horas Estimadas | Horas Reales |\n|---|---|---|---|\n| Gestión | Planear | 2 | 0.5 |\n| Desarrollo | API | 3 | |\n'),
    ).toEqual(['Planear:done', 'API:todo']);
    expect(titles('# S\n\n| Task | Estimate | Remaining |\n|---|---|---|\n| A | 5h | 0 |\n| B | 5h | 2 |\n| C | 5h | 5 |\n')).toEqual([
      'A:done',
      'B:in_progress',
      'C:todo',
    ]);
  });
  it('reads a status label followed by a count of work items as a rollup, not an item', () => {
    expect(
      titles(
        '# Спринт 7\n\n## Прогресс\n\n- ✅ **Завершено**: 4 задачи (code quality)\n- 🔄 **Перенесено**: 20 задач\n- ✅ Login page\n\n**Total Story Points:** 13\n',
      ),
    ).toEqual(['Login page:done']);
  });
  it('reads the bullets of a links section as references, not work', () => {
    expect(
      titles(
        '# S\n\n- [ ] Build\n\n### Ссылки\n\n- 📋 План: `specs/plan.md`\n- ✅ Задачи (105): `specs/tasks.md`\n\n## Useful links\n\n- ✅ [Board](https://example.com)\n',
      ),
    ).toEqual(['Build:todo']);
  });
  it("gives a bucket its words' state before its emoji's, and reads risks, goals and metrics sections as notes", () => {
    expect(
      titles(
        '# S\n\n### ⏳ Запланировано (Sprint 008+)\n- Library redesign\n\n### Риски и митигация\n- ⚠️ Scope creep\n- 🔴 API limits\n\n## Goals\n- ✅ Ship login\n',
      ),
    ).toEqual(['Library redesign:todo']);
  });
  it('reads the lists of a legend section as explanations of the marks, not work', () => {
    expect(
      titles(
        '# S\n\n## Completion Legend\n\n- ✅ **FULLY COMPLETED**: models, API, tests\n- 🟨 **FOUNDATION ONLY**: models\n\n## Work\n\n- ✅ Login\n- ⬜ Logout\n',
      ),
    ).toEqual(['Login:done', 'Logout:todo']);
    expect(titles('# S\n\n### Rotate API key\n\n- [ ] New key\n')).toEqual(['New key:todo']);
  });
  it('reads a marked bullet that opens with inline code as an artifact of the work, a checkbox or a plain bullet as work', () => {
    expect(
      titles(
        '# S\n\n### 5. ✅ Nutrition engine (COMPLETED)\n\n**Functions Implemented:**\n- ✅ `calculateBMR()` - Harris-Benedict\n- ✅ `calculateTDEE()` - daily energy\n\n## Next\n\n- [ ] `UiState` sealed class\n',
      ),
    ).toEqual(['Nutrition engine:done', '`UiState` sealed class:todo'.replace(/`/g, '')]);
  });

  it('reads a scope stated as a fraction anywhere, a blank done part included; done effort no item carries is unknown', () => {
    const doc =
      '# Sprint 3\n\n- [x] Login\n- [ ] Logout\n\n### Day 5\n\n**Week 1 Summary**:\n\n- Stories completed: \\_\\_\\_ / 8\n- Story points: \\_\\_\\_ / 39\n';
    const s = read(doc);
    expect(s.metadata.declaredCount).toEqual({ total: 8, done: null });
    expect(s.metadata.declaredTotal).toEqual({ value: 39, unit: 'points', done: null });
    const p = computeProgress(s);
    expect(p.tasks).toMatchObject({ total: 8, done: 1, todo: 7 });
    expect(p.effort).toEqual({ unit: 'points', total: 39, done: null });
    // A stated done part is the done effort; with nothing done yet it is 0; a sentence or a bare ratio states nothing.
    expect(computeProgress(read('# S\n\n- [x] A\n\nTotal story points: 12 / 39\n')).effort).toEqual({ unit: 'points', total: 39, done: 12 });
    expect(computeProgress(read('# S\n\n- [ ] A\n\nStory points: ___ / 39\n')).effort).toEqual({ unit: 'points', total: 39, done: 0 });
    expect(read('# S\n\n- [ ] A\n\nProgress: 3 / 8\n\nWe moved 3 of the story points: 2 / 5\n').metadata.declaredTotal).toBeNull();
    // A report on two sprints: each one's fraction is its own.
    const report = '# Closure report\n\n### Sprint 29: Mobile\n\n- ✅ Login\n\n### Sprint 30: Studio\n\n- ✅ Player\n- Tasks completed: 33/70 (47%)\n';
    expect(read(report).metadata.declaredCount).toBeNull();
  });

  it('reads the work of a standup log that lists none from the items its answers name, with the latest status given', () => {
    const doc = [
      '# Sprint 0: Daily Notes',
      '',
      '### 2024-01-15 (Day 1)',
      '',
      '**ana**:',
      '',
      '- **Yesterday**: N/A (Sprint start)',
      '- **Today**: Starting Story 0.1 - Initialize the project',
      '- **Blockers**: None',
      '- **Notes**: Can start Story 0.6 next',
      '',
      '**bo**:',
      '',
      '- **Today**:',
      '  - ✅ **COMPLETED Story 0.5** - Dev tools configured',
      '  - ✅ Updated the tracker to reflect Story 0.1 initiation',
      '- **Blockers**: None',
      '',
      '**cy**:',
      '',
      '- **Today**: Reviewing Story 0.2 requirements',
      '- **Blockers**: Blocked by Story 0.1',
      '',
      '### 2024-01-16 (Day 2)',
      '',
      '**bo**:',
      '',
      '- **Yesterday**: Worked on Story 0.5 polish',
      '',
      '**cy**:',
      '',
      '- **Yesterday**: Story 0.2 is complete.',
      '- **Today**: Starting Story 0.7: Add booking deletion.',
      '',
    ].join('\n');
    const s = read(doc);
    expect(s.tasks.map((t) => `${t.id} ${t.title}:${t.status}`)).toEqual([
      '0.1 Story 0.1 - Initialize the project:in_progress',
      '0.5 Story 0.5 - Dev tools configured:done',
      '0.2 Story 0.2:done',
      '0.7 Story 0.7 - Add booking deletion:in_progress',
    ]);
    // A mention is never a place to write a status.
    expect(s.tasks.flatMap((t) => t.occurrences.map((o) => [o.kind, o.site]))).toEqual([
      ['mention', null],
      ['mention', null],
      ['mention', null],
      ['mention', null],
    ]);
    // A document with work of its own keeps it; its standups only report.
    expect(titles('# S\n\n- [ ] Login\n\n### Day 1\n\n- **Today**: Starting Story 7\n')).toEqual(['Login:todo']);
  });

  it('files a standup item that opens with a question under that question, and its nested items too', () => {
    const s = read('# S\n\n## Standup\n\n### 2024-01-15\n\n- **Yesterday**: wrote tests\n- **Today**:\n  - review\n  - deploy\n- **Notes**: quiet day\n');
    expect(s.standups.map((e) => [e.yesterday, e.today])).toEqual([[['wrote tests'], ['review', 'deploy']]]);
  });

  it("reads a field's value as visible text, backslash escapes read", () => {
    expect(read('# S\n\n**Sprint Goal**: ship the \\*new\\* login\n\n- [ ] A\n').metadata.goal).toBe('ship the *new* login');
  });

  it("reads checkboxes under a goals or metrics heading as the sprint's checklist; a bucket of completed objectives is work", () => {
    const s = read(
      '# Tasks\n\n## Task 1: Devices\n\n- [ ] Enumerate\n\n## Success Metrics\n\n- [ ] All devices detected\n- [x] No regression\n\n**Sprint Goals:**\n\n- [ ] Ship it\n',
    );
    expect(s.tasks.filter((t) => t.children.length === 0).map((t) => t.title)).toEqual(['Enumerate']);
    expect(s.checklist.map((c) => c.text)).toEqual(['All devices detected', 'No regression', 'Ship it']);
    expect(titles('# S\n\n## Sprint 9 ✅\n\n### Objetivos Completados:\n- [x] CRUD de condiciones\n')).toEqual(['CRUD de condiciones:done']);
  });

  it('reads a negated done word as not done, so a backlog of (complete) and (incomplete) items is work', () => {
    expect(
      titles('# Product backlog\n\n- Webcam in the browser (complete)\n  - Complexity: **low**\n- Accounts (incomplete)\n- Export (unfinished)\n'),
    ).toEqual(['Webcam in the browser:done', 'Accounts:todo', 'Export:todo']);
  });

  it('reads a header opening with a unit as the estimate, one ending in a word for time left as remaining', () => {
    const s = read(
      '# Sprint\n\n| Priorité | ID | Élément | Points indicatifs | Dépendances |\n|---:|---|---|---:|---|\n| 1 | T0 | Initialiser le dépôt | 2 | Aucune |\n| 2 | T1 | Connexion PDO | 3 | T0 |\n',
    );
    expect(s.tasks.map((t) => `${t.id} ${t.title} ${t.estimate?.value} ${t.estimate?.unit}`)).toEqual([
      'T0 Initialiser le dépôt 2 points',
      'T1 Connexion PDO 3 points',
    ]);
    const t = read('# S\n\n| Task | Hours planned | Hours remaining |\n|---|---|---|\n| Login | 5 | 0 |\n');
    expect(t.tables[0]?.columns).toMatchObject({ title: 0, estimate: 1, remaining: 2 });
  });

  it('reads states offered as alternatives as a condition, not a status', () => {
    expect(titles('# S\n\n## Rules\n\n- Job is visible (not COMPLETED or CANCELLED)\n- Job is archived (COMPLETED or CANCELLED)\n')).toEqual([]);
    expect(titles('# S\n\n## Work\n\n- Login (done)\n- Logout (in progress)\n')).toEqual(['Login:done', 'Logout:in_progress']);
  });

  it("reads a template's slots as text to fill in, not work; a lowercase name in braces or code is no slot", () => {
    const doc = [
      '# Sprint {N} Review',
      '',
      '## Incomplete Stories',
      '',
      '#### Story {ID}: {Story Name} - {SP} SP',
      '- **Remaining Work:** {What is left to finish}',
      '- **Reason Not Completed:** {Underestimated | Blocker}',
      '',
      '## Work',
      '',
      '- [ ] Implement GET /users/{id}',
      '- [ ] Document `{Story Name}` placeholders',
      '- [x] Return { status: "healthy", timestamp: ISO8601 }',
      '- [ ] [Action 1] - [Owner] - [Due Date]',
      '- [ ] **[Task/Feature]** - `spec:XXX`',
      '- [ ] [Bug] Fix login',
      '- [ ] Plan Sprint 3 [Week 2] demo',
      '- [x] **[C-1/C-2]** Field size limit',
      '',
    ].join('\n');
    expect(titles(doc)).toEqual([
      'Implement GET /users/{id}:todo',
      'Document {Story Name} placeholders:todo',
      'Return { status: "healthy", timestamp: ISO8601 }:done',
      'Fix login:todo',
      'Plan Sprint 3 [Week 2] demo:todo',
      '[C-1/C-2] Field size limit:done',
    ]);
  });

  it('reads done bullets a sentence introduces under a heading of remaining work as a recap, ticked items there as work', () => {
    const doc =
      '# Plan\n\n## Completed Tasks\n\n- [x] 1. API client\n- [x] 1.1 Create apiClient\n\n## Remaining Tasks\n\nAll tasks are done. The feature is fully implemented with:\n\n- ✅ API client for the backend\n- ✅ Toast notifications\n';
    expect(titles(doc)).toEqual(['API client:done', 'Create apiClient:done']);
    expect(titles('# Plan\n\n## Remaining Tasks\n\n- ✅ Toast notifications\n- ✅ Dark mode\n')).toEqual(['Toast notifications:done', 'Dark mode:done']);
  });

  it('reads the status-marked bullets of a Definition of Done as the definition: neither tasks nor checklist items', () => {
    const s = read(
      '# Sprint\n\n- [ ] Login\n\n## Definition of Done\n\nA task is done when:\n- ✅ Code is reviewed\n- ✅ Tests pass\n\n## Sprint Review\n\n- ✅ Demo given\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['Login']);
    expect(s.checklist.map((c) => `${c.text}:${c.done}`)).toEqual(['Demo given:true']);
    expect(read('# Sprint\n\n- [ ] Login\n\n**Definition of Done:**\n- [x] Code is reviewed\n- [ ] Tests pass\n').checklist).toHaveLength(2);
  });

  it('reads a checkbox that asks a question as a review question on the checklist; a task ending in a question stays work', () => {
    const s = read(
      '# Sprint\n\n## Review\n\n- [ ] Are there any imports that could be removed?\n- [x] Quel risque doit être testé ?\n- [ ] Auto-populate the jury when a contestant leaves?\n',
    );
    expect(s.tasks.map((t) => t.title)).toEqual(['Auto-populate the jury when a contestant leaves?']);
    expect(s.checklist.map((c) => `${c.text}:${c.done}`)).toEqual(['Are there any imports that could be removed?:false', 'Quel risque doit être testé ?:true']);
  });
});
