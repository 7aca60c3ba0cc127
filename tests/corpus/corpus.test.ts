/**
 * Every real document of ../shared/corpus (29 files from public repositories, many languages and
 * shapes) must be read without a crash, validate against the schema, and come out sensibly. The
 * assertions are about shape and invariants, not per-file expectations, so the reader is not tuned
 * to single files. Skipped when the corpus folder is absent (a clone outside the workspace).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';
import { SprintSchema } from '../../src/model/schema.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.md'))
      .sort()
  : [];

describe.skipIf(files.length === 0)('the whole corpus', () => {
  it('has the documents', () => expect(files.length).toBeGreaterThanOrEqual(25));

  for (const name of files) {
    it(name, () => {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const sprint = buildSprint(text, name);
      expect(() => SprintSchema.parse(sprint)).not.toThrow();
      const keys = new Set(sprint.tasks.map((t) => t.key));
      expect(keys.size).toBe(sprint.tasks.length);
      for (const t of sprint.tasks) {
        // Structure is consistent: parents exist, children point back, spans are inside the text.
        if (t.parent) expect(keys.has(t.parent)).toBe(true);
        for (const c of t.children) expect(sprint.tasks.find((x) => x.key === c)?.parent).toBe(t.key);
        expect(t.span.end).toBeLessThanOrEqual(text.length);
        expect(t.title.trim()).not.toBe('');
        for (const o of t.occurrences) {
          if (o.site) {
            expect(o.site.start).toBeGreaterThanOrEqual(0);
            expect(text.slice(o.site.start, o.site.end)).toBe(o.site.raw);
          }
        }
      }
      const p = computeProgress(sprint);
      expect(p.tasks.done).toBeLessThanOrEqual(p.tasks.total);
      // Done effort is unknown (null) only where the document states a scope and not its done part.
      if (p.effort?.done != null) expect(p.effort.done).toBeLessThanOrEqual(p.effort.total + 1e-9);
      if (p.effort?.done === null) expect(sprint.metadata.declaredTotal?.done ?? null).toBeNull();
      for (const d of sprint.diagnostics) expect(d.line).toBeGreaterThan(0);
    });
  }

  it('reads the shapes the corpus is known for', () => {
    const read = (prefix: string) => {
      const name = files.find((f) => f.startsWith(prefix))!;
      return buildSprint(readFileSync(join(CORPUS, name), 'utf8'), name);
    };
    // Story table with points and word statuses.
    const story = read('02_');
    expect(story.tasks.filter((t) => t.status === 'done')).toHaveLength(7);
    expect(computeProgress(story).effort?.unit).toBe('points');
    // Spanish heading tasks with "- Estado: Hecho" fields and hour estimates.
    const tareas = read('10_');
    expect(tareas.tasks.map((t) => [t.id, t.status, t.estimate?.value])).toEqual([
      ['Tarea #1', 'done', 2],
      ['Tarea #2', 'done', 3],
      ['Tarea #3', 'done', 3],
    ]);
    // Kiro tasks.md: dotted IDs build the hierarchy, [-] is in progress.
    const kiro = read('31_');
    const one = kiro.tasks.find((t) => t.title.startsWith('Set up React application'))!;
    expect(one.status).toBe('in_progress');
    expect(one.children.length).toBeGreaterThanOrEqual(2);
    // Strikethrough marks done rows in a table without a status column.
    const struck = read('27_');
    expect(struck.tasks.filter((t) => t.status === 'done').map((t) => t.id)).toEqual(['000', '003', '006']);
    // German word statuses.
    expect(read('32_').tasks.every((t) => t.status === 'todo')).toBe(true);
    // Standups in Swedish (question headings, "Name: answer" lines).
    expect(read('19_').standups.length).toBeGreaterThan(0);
    // A burn-down table is not a task table.
    expect(read('24_').tables.map((t) => t.kind)).toContain('burndown');
  });
});
