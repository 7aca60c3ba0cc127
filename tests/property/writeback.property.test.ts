/**
 * Write-back, checked on random documents built from the seed and corpus shapes (task tables with
 * emoji or word statuses, `├─` subtasks, checklists, heading rollups, a completion line with its
 * bar, "Completed:" lines with trailing double spaces; LF or CRLF, with or without a BOM, clean or
 * stored as mojibake) and random sequences of done / start / reopen:
 * - bytes outside the edited spans never change, and every edit stays inside a status place or a
 *   derived number; line endings and the BOM are kept;
 * - `done` then `reopen` of a not-started task gives back `sync` of the original;
 * - two rounds of edits compose into one set on the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeEdits } from '../../src/edit/compose.js';
import { applyEdits, type Edit } from '../../src/edit/edit.js';
import { SprintError } from '../../src/errors.js';
import { buildSprint } from '../../src/reader/index.js';
import type { Status } from '../../src/model/schema.js';
import { toMojibake } from '../../src/parse/recognize/mojibake.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';
import { syncDocument } from '../../src/writeback/run-sync.js';
import { changeStatus } from '../../src/writeback/status-change.js';
import { placesOf } from '../../src/writeback/status-places.js';

const TODAY = '2025-03-05';

// ---------------------------------------------------------------------------------------------
// Documents

type Written = 'done' | 'todo' | 'in_progress';
const STYLES = {
  emoji: { done: '✅', todo: '🔲', in_progress: '🔄' },
  'emoji-word': { done: '✅ Done', todo: '🔲 Not Started', in_progress: '🔄 In Progress' },
  upper: { done: 'DONE', todo: 'NOT STARTED', in_progress: 'IN PROGRESS' },
  title: { done: 'Done', todo: 'Not Started', in_progress: 'In Progress' },
} as const;
type Style = keyof typeof STYLES;
const MARK: Record<Written, string> = { done: '✅', in_progress: '🔄', todo: '🔲' };

const status = fc.constantFrom<Written>('done', 'todo', 'todo', 'in_progress');
const hours = fc.constantFrom(1, 2, 3, 0.5);
const style = fc.constantFrom<Style>('emoji', 'emoji-word', 'upper', 'title');
const story = fc.record({
  children: fc.array(fc.record({ status, hours }), { maxLength: 3 }),
  status,
  hours,
});
const section = fc.record({ parentStyle: style, childStyle: style, stories: fc.array(story, { minLength: 1, maxLength: 3 }), rollup: fc.boolean() });
const documentShape = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  mojibake: fc.boolean(),
  sections: fc.array(section, { minLength: 1, maxLength: 3 }),
  checklist: fc.array(fc.record({ done: fc.boolean(), hours }), { maxLength: 3 }),
  completion: fc.boolean(),
  velocity: fc.boolean(),
});

type DocumentShape = typeof documentShape extends fc.Arbitrary<infer T> ? T : never;

/** A parent's status from its children, as a careful author writes it. */
function derived(children: readonly Written[]): Written {
  if (children.every((s) => s === 'done')) return 'done';
  return children.some((s) => s !== 'todo') ? 'in_progress' : 'todo';
}

function render(d: DocumentShape): string {
  const lines: string[] = ['# Sprint 9', '', '**Sprint Goal:** Ship the parser  ', '**Duration:** 2025-03-03 → 2025-03-14  ', ''];
  if (d.completion) lines.push('**Overall Completion:** 0% (0/1 hours)', '', '```', '░░░░░░░░░░░░░░░░░░░░ 0%', '```', '');
  let n = 0;
  d.sections.forEach((s, si) => {
    const leaves: Written[] = [];
    const rows: string[] = [];
    let total = 0;
    for (const st of s.stories) {
      n++;
      if (st.children.length === 0) {
        leaves.push(st.status);
        total += st.hours;
        rows.push(`| **Story ${n}** | ${STYLES[s.parentStyle][st.status]} | ${st.hours}h |`);
        continue;
      }
      const kids = st.children.map((c) => c.status);
      rows.push(`| **Story ${n}** | ${STYLES[s.parentStyle][derived(kids)]} | ${st.children.reduce((a, c) => a + c.hours, 0)}h |`);
      st.children.forEach((c, ci) => {
        leaves.push(c.status);
        total += c.hours;
        rows.push(`| ${ci === st.children.length - 1 ? '└─' : '├─'} Step ${n}.${ci + 1} | ${STYLES[s.childStyle][c.status]} | ${c.hours}h |`);
      });
    }
    const rollup = s.rollup ? ` (0h / ${total}h) ${MARK[derived(leaves)]}` : '';
    lines.push(`### Day ${si + 1}: Part ${si + 1}${rollup}`, '', '| Task | Status | Hours |', '|------|--------|-------|', ...rows, '');
  });
  if (d.checklist.length > 0) {
    lines.push('### Housekeeping', '', ...d.checklist.map((c, i) => `- [${c.done ? 'x' : ' '}] Chore ${i + 1} (${c.hours}h)`), '');
  }
  if (d.velocity) lines.push('**Completed:** 0 hours  ', '**Remaining:** 0 hours  ', '');
  let text = lines.join(d.crlf ? '\r\n' : '\n');
  if (d.mojibake) text = toMojibake(text);
  return (d.bom ? '\uFEFF' : '') + text;
}

const op = fc.record({ target: fc.constantFrom<Status>('done', 'in_progress', 'todo'), pick: fc.nat() });

// ---------------------------------------------------------------------------------------------
// Where an edit may land

/** Status places of every task (cells up to their closing pipe) and every derived number. */
function allowedRegions(text: string): Array<[number, number]> {
  const sprint = buildSprint(text, 'p.md');
  const ctx = { text, sections: sprint.sections, vocab: defaultVocabulary() };
  const out: Array<[number, number]> = [];
  for (const t of sprint.tasks) {
    for (const o of t.occurrences) {
      for (const p of placesOf(o, ctx)) {
        if (p.kind === 'checkbox') {
          out.push([p.offset, p.offset + 1]);
          continue;
        }
        if (p.kind === 'lane') {
          out.push([p.start, p.end]);
          continue;
        }
        const { emoji, words } = p.parts;
        const start = Math.min(emoji?.start ?? Infinity, words?.start ?? Infinity, p.content?.start ?? Infinity);
        let end = Math.max(emoji?.end ?? -1, words?.end ?? -1, p.content?.end ?? -1);
        if (p.site === 'cell') end = text.indexOf('|', end);
        out.push([start, end]);
      }
    }
  }
  for (const f of sprint.fragments) for (const v of f.values ?? []) out.push([v.start, v.end]);
  return out;
}

function checkEdits(before: string, after: string, edits: readonly Edit[]): void {
  expect(applyEdits(before, edits)).toBe(after);
  const regions = allowedRegions(before);
  for (const e of edits) {
    expect(before.slice(e.start, e.end)).toBe(e.expect);
    expect(/[\r\n]/.test(e.text) || /[\r\n]/.test(before.slice(e.start, e.end))).toBe(false);
    const inside = regions.some(([s, x]) => e.start >= s && e.end <= x);
    expect(inside, `edit ${JSON.stringify(before.slice(e.start, e.end))} → ${JSON.stringify(e.text)} at ${e.start}`).toBe(true);
  }
  expect(after.split('\n').length).toBe(before.split('\n').length);
  expect(after.split('\r\n').length).toBe(before.split('\r\n').length);
  expect(after.startsWith('\uFEFF')).toBe(before.startsWith('\uFEFF'));
}

// ---------------------------------------------------------------------------------------------

describe('write-back on random documents', () => {
  it('never changes a byte outside the edited spans, keeps line endings and the BOM', () => {
    fc.assert(
      fc.property(documentShape, fc.array(op, { minLength: 1, maxLength: 4 }), (shape, ops) => {
        let text = render(shape);
        for (const { target, pick } of ops) {
          const sprint = buildSprint(text, 'p.md');
          const leaves = sprint.tasks;
          const task = leaves[pick % leaves.length]!;
          let out: ReturnType<typeof changeStatus>;
          try {
            out = changeStatus(text, sprint, { task, target }, TODAY);
          } catch (err) {
            if (err instanceof SprintError && err.kind === 'usage') continue; // a refusal writes nothing
            throw err;
          }
          checkEdits(text, out.text, out.edits);
          if (out.text !== text) expect(buildSprint(out.text, 'p.md').tasks.find((t) => t.key === task.key)?.status).toBe(target);
          text = out.text;
        }
      }),
      { numRuns: 50 },
    );
  });

  it('done then reopen of a not-started task gives back sync of the original', () => {
    fc.assert(
      fc.property(documentShape, fc.nat(), (shape, pick) => {
        const text = render(shape);
        const sprint = buildSprint(text, 'p.md');
        const todo = sprint.tasks.filter((t) => t.status === 'todo' && t.children.length === 0);
        fc.pre(todo.length > 0);
        const task = todo[pick % todo.length]!;
        const done = changeStatus(text, sprint, { task, target: 'done' }, TODAY);
        const middle = buildSprint(done.text, 'p.md');
        const reopened = changeStatus(done.text, middle, { task: middle.tasks.find((t) => t.key === task.key)!, target: 'todo' }, TODAY);
        const synced = syncDocument(text, 'p.md', TODAY);
        expect(reopened.text).toBe(synced.text);
        expect(syncDocument(synced.text, 'p.md', TODAY).text).toBe(synced.text);
      }),
      { numRuns: 40 },
    );
  });

  it('two rounds of edits compose into one set on the original', () => {
    const editsOn = (length: number) =>
      fc.array(fc.record({ at: fc.nat({ max: length }), len: fc.nat({ max: 4 }), text: fc.string({ maxLength: 4 }) }), { maxLength: 5 }).map((raw) => {
        const out: Edit[] = [];
        let last = -1;
        for (const r of [...raw].sort((a, b) => a.at - b.at)) {
          const start = Math.max(r.at, last + 1);
          if (start > length) break;
          const end = Math.min(length, start + r.len);
          out.push({ start, end, text: r.text });
          last = end;
        }
        return out;
      });
    const rounds = fc
      .string({ maxLength: 24 })
      .chain((source) => fc.tuple(fc.constant(source), editsOn(source.length)))
      .chain(([source, first]) => fc.tuple(fc.constant(source), fc.constant(first), editsOn(applyEdits(source, first).length)));
    fc.assert(
      fc.property(rounds, ([source, first, second]) => {
        const composed = composeEdits(source, first, second);
        expect(applyEdits(source, composed)).toBe(applyEdits(applyEdits(source, first), second));
        for (const e of composed) expect(source.slice(e.start, e.end)).toBe(e.expect);
      }),
      { numRuns: 2000 },
    );
  });
});
