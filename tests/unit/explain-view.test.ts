/**
 * `sprint explain` says how each block was read, so a user can see why a table is not counted:
 * every kind of table the reader sets apart gets a sentence that names the reason.
 */
import { describe, expect, it } from 'vitest';
import { buildSprint } from '../../src/reader/index.js';
import { renderExplain } from '../../src/render/explain-view.js';
import { plainPainter } from '../../src/render/painter.js';

const explain = (text: string) => renderExplain(buildSprint(text, 'doc.md'), plainPainter);

describe('explain', () => {
  it('names why a team, action-item or checklist table holds no tasks', () => {
    const out = explain(
      '# Sprint 1\n\n| Identifier | Role | Capacity |\n|---|---|---|\n| dev1 | Frontend | 100% |\n\n## Action Items\n\n| ID | Description | Owner | Status |\n|---|---|---|---|\n| A1 | Share keys | dev1 | Done |\n\n## Definition of Done\n\n| Dimension | Condition | Status |\n|---|---|---|\n| Code | Reviewed | ✅ |\n',
    );
    expect(out).toContain('the team (a Capacity column), not tasks');
    expect(out).toContain("a meeting's action items (follow-ups), not tasks");
    expect(out).toContain("1 rows of the sprint's checklist");
  });

  it('lists the column roles of a task table, the task-level title among them', () => {
    const out = explain('# S\n\n| User Story | Task | Status |\n|---|---|---|\n| Login | Design API | Done |\n');
    expect(out).toContain('1 task rows (columns title=Task, status=Status)');
  });

  it('says which work items come from standup answers and what scope the document states', () => {
    const out = explain(
      '# Sprint 0\n\n### 2024-01-15 (Day 1)\n\n- **Today**: ✅ COMPLETED Story 0.5 - Dev tools\n\n- Stories completed: ___ / 8\n- Story points: ___ / 39\n',
    );
    expect(out).toContain('1 work item (named in standup answers; no place to write a status)');
    expect(out).toContain('scope the document states: 8 work items, 39 points');
  });
});
