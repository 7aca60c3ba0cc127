/**
 * `doctor`: each rule on a small document, the repair of mojibake (exact, and nothing else), and
 * agreement with `sync --check` (the same code finds stale numbers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { mojibakeRuns } from '../../src/parse/recognize/mojibake.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';
import { buildSprint } from '../../src/reader/index.js';
import { examine, planDoctorFix } from '../../src/writeback/doctor.js';
import { syncDocument } from '../../src/writeback/run-sync.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const vocab = defaultVocabulary();
const TODAY = '2025-11-03';
const rules = (text: string) => examine(text, buildSprint(text, 'd.md'), TODAY, vocab).map((p) => p.rule);

describe('doctor rules', () => {
  it('finds stale numbers exactly where sync --check does', () => {
    for (const name of ['seed-000-task-tables.md', 'seed-003-daily-report-points.md']) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const stale = examine(text, buildSprint(text, name), TODAY, vocab).filter((p) => p.rule === 'stale-number');
      const synced = syncDocument(text, name, TODAY);
      expect(stale.length > 0).toBe(synced.text !== text);
    }
    const seed0 = readFileSync(join(FIXTURES, 'seed-000-task-tables.md'), 'utf8');
    const lines = examine(seed0, buildSprint(seed0, 's'), TODAY, vocab)
      .filter((p) => p.rule === 'stale-number')
      .map((p) => p.line);
    expect(lines).toEqual(expect.arrayContaining([11, 43]));
  });

  it('flags encoding problems: U+FFFD, mixed line endings, invisible characters in IDs', () => {
    expect(rules('# S\n\n- [ ] caf\ufffd\n')).toContain('replacement-char');
    expect(rules('# S\r\n\r\n- [ ] a\n- [ ] b\r\n')).toContain('mixed-line-endings');
    expect(rules('# S\n\n| ID | Task | Status |\n|---|---|---|\n| T-\u200b1 | a | Done |\n')).toContain('invisible-char');
  });

  it('flags rows with missing cells, unknown dependencies and contradicting parents', () => {
    expect(rules('# S\n\n| Task | Status | Hours |\n|---|---|---|\n| a | Done |\n')).toContain('row-cells');
    expect(rules('# S\n\n| Task | Status |\n|---|---|\n| a | Done | 3h | extra |\n')).toContain('row-cells');
    expect(rules('# S\n\n| Task | Status |\n|---|---|\n| a | Done |\n')).not.toContain('row-cells');
    expect(rules('# S\n\n| ID | Task | Status | Depends On |\n|---|---|---|---|\n| T-1 | a | Done | T-9 |\n')).toContain('unknown-dependency');
    const parent = '# S\n\n| Task | Status |\n|---|---|\n| Parent | ✅ Done |\n| ├─ one | ✅ |\n| └─ two | 🔲 |\n';
    expect(rules(parent)).toContain('parent-status');
  });

  it('flags an item whose emoji and words disagree, and one ID naming two items in a table', () => {
    expect(rules('# S\n\n| Task | Status |\n|---|---|\n| a | ✅ In Progress |\n')).toContain('status-conflict');
    expect(rules('# S\n\n| ID | Task | Status |\n|---|---|---|\n| T-1 | a | Done |\n| T-1 | b | Done |\n')).toContain('duplicate-id');
  });

  it('finds nothing in a clean document', () => {
    expect(rules('# Sprint 1\n\n| Task | Status |\n|---|---|\n| a | ✅ Done |\n| b | 🔲 Todo |\n')).toEqual([]);
  });
});

describe('doctor --fix', () => {
  it('repairs mojibake exactly and leaves real accented text alone', () => {
    const text = '# Sprint\n\n### âœ… Days 1-2: Foundation\n- Concluído, días, Größe, Måndag\n';
    const fixed = planDoctorFix(text, 'd.md', TODAY).text;
    expect(fixed).toBe('# Sprint\n\n### ✅ Days 1-2: Foundation\n- Concluído, días, Größe, Måndag\n');
    expect(mojibakeRuns('Concluído días Größe Måndag Aralık')).toEqual([]);
  });

  it('gives the three mojibake seeds the same tasks and figures once repaired', () => {
    for (const name of ['seed-002-day-sections-mojibake.md', 'seed-003-daily-report-points.md', 'seed-004-day-boards.md']) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const repaired = planDoctorFix(text, name, TODAY).text;
      const before = buildSprint(syncDocument(text, name, TODAY).text, name);
      const after = buildSprint(repaired, name);
      expect(mojibakeRuns(repaired)).toEqual([]);
      expect(after.tasks.map((t) => [t.title, t.status])).toEqual(before.tasks.map((t) => [t.title, t.status]));
      expect(computeProgress(after)).toEqual(computeProgress(before));
    }
  });
});
