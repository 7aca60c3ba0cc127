/**
 * The reader never throws on anything a file can contain: problems in documents are diagnostics.
 * Random Markdown-ish text, and seeds cut, spliced and corrupted at random, must all build a model
 * that validates against the schema, with every status site pointing at the text it claims.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';
import { SprintSchema } from '../../src/model/schema.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const seeds = readdirSync(FIXTURES)
  .filter((f) => f.startsWith('seed-'))
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

const piece = fc.constantFrom(
  '# ',
  '## ',
  '### Day 1: ',
  '| ',
  ' | ',
  '|---|---|',
  '- [ ] ',
  '- [x] ',
  '- [-] ',
  '* ',
  '1. ',
  '├─ ',
  '└─ ',
  '✅',
  '🔲',
  '⏳',
  'âœ…',
  'ðŸ”´',
  '**Status:** ',
  'DONE',
  'IN PROGRESS',
  '4h',
  '(3 points)',
  '1-2 days',
  '```',
  '~~~',
  '<!-- sprint: tasks -->',
  '<!-- sprint: ignore -->',
  '<!--',
  '-->',
  '---',
  '> ',
  '~',
  '~~',
  '\\|',
  '<br>',
  'MON-001: ',
  'Task 2.1',
  '\r\n',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '\uFEFF',
  '\u0000',
  '[',
  ']',
  '(',
  ')',
  'Total Points: 75',
  '**Duration:** 2025-10-31 → 2025-11-14',
  'Completed: 7/75 points (9.3%)',
);

const markdownish = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 120 })
  .map((a) => a.join(''));

function check(text: string): void {
  const sprint = buildSprint(text, 'fuzz.md');
  SprintSchema.parse(sprint);
  computeProgress(sprint);
  for (const t of sprint.tasks) for (const o of t.occurrences) if (o.site) expect(text.slice(o.site.start, o.site.end)).toBe(o.site.raw);
}

describe('the reader on hostile input', () => {
  it('never throws on random Markdown-ish text', () => {
    fc.assert(
      fc.property(markdownish, (text) => check(text)),
      { numRuns: 300 },
    );
  });

  it('never throws on seeds cut, spliced and corrupted at random', () => {
    const mutated = fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), markdownish, fc.constantFrom(...seeds), fc.nat()).map(([a, i, j, junk, b, k]) => {
      const x = i % (a.length + 1);
      const y = x + (j % 400);
      const z = k % (b.length + 1);
      return a.slice(0, x) + junk + a.slice(y, y + 3000) + b.slice(z, z + 2000);
    });
    fc.assert(
      fc.property(mutated, (text) => check(text)),
      { numRuns: 150 },
    );
  });
});
