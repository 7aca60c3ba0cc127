/**
 * Task identity survives edits elsewhere: a task without an ID is keyed by its title (and its
 * ordinal among same-titled tasks), so inserting a generated block above it, or a line of text,
 * leaves every key as it was, and `sync --insert` passes its self-check on every fixture and
 * corpus document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edit/edit.js';
import { buildSprint } from '../../src/reader/index.js';
import { planGeneratedBlockInsert } from '../../src/writeback/generated-block-insert.js';
import { syncDocument } from '../../src/writeback/run-sync.js';
import { documentPaths } from '../helpers/documents.js';

const documents = documentPaths();

describe('task identity', () => {
  it('keys ID-less tasks by title, with an ordinal for repeats', () => {
    const s = buildSprint('# S\n\n- [ ] write docs\n- [x] ship\n\n## Later\n- [ ] write docs\n', 's.md');
    expect(s.tasks.map((t) => t.key)).toEqual(['t:write docs', 't:ship', 't:write docs#2']);
  });

  it('keeps every key when text is inserted above the tasks', () => {
    const text = '# S\n\n| Task | Status |\n|---|---|\n| Parent | 🔄 |\n| ├─ child | ✅ |\n\n- [ ] loose item\n';
    const before = buildSprint(text, 's.md').tasks.map((t) => [t.key, t.parent]);
    const after = buildSprint(text.replace('# S\n', '# S\n\nA new paragraph.\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n'), 's.md').tasks.map(
      (t) => [t.key, t.parent],
    );
    expect(after).toEqual(before);
  });

  for (const path of documents) {
    it(`sync --insert burndown passes its self-check: ${path.split('/').at(-1)}`, () => {
      const text = readFileSync(path, 'utf8');
      const insert = planGeneratedBlockInsert(text, buildSprint(text, path), 'burndown');
      const inserted = applyEdits(text, insert.edits);
      expect(() => syncDocument(inserted, path, '2026-01-15')).not.toThrow();
    });
  }
});
