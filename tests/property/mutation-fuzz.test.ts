/**
 * The mutation fuzz test: seeded random damage to the fixtures and the corpus (cut at a random
 * place, U+FFFD and control bytes inserted, lines duplicated or deleted, pipes dropped, status
 * emoji swapped, CRLF mixed in, deep `> `/`- ` nesting and a 3,000-column table put in front, an
 * unclosed fence or comment put in front), each run through what `status`, `list`, `sync --check`,
 * `doctor`, `done` and `reopen` do. Nothing may throw except a SprintError (a refusal with a
 * message, exit 2); `done` changes only text inside the task's own edits.
 *
 * A few hundred cases run in `npm test`; `FUZZ_CASES=20000 npx vitest run tests/property/mutation-fuzz`
 * runs a long campaign, and `FUZZ_SEED=<n>` replays one (the seed is printed when a case fails).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edit/edit.js';
import { SprintError } from '../../src/errors.js';
import { computeProgress } from '../../src/metrics/progress.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';
import { buildSprint } from '../../src/reader/index.js';
import { statusJson } from '../../src/render/json.js';
import { examine } from '../../src/writeback/doctor.js';
import { syncDocument } from '../../src/writeback/run-sync.js';
import { changeStatus } from '../../src/writeback/status-change.js';
import { documentPaths } from '../helpers/documents.js';

const sources = documentPaths().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const CASES = Number(process.env.FUZZ_CASES ?? 160);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
const ONE = process.env.FUZZ_SEED !== undefined;
const TODAY = '2026-01-15';
const vocab = defaultVocabulary();

/** A small deterministic generator (mulberry32), so a seed replays its case exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EMOJI = ['✅', '🔲', '⏳', '🔄', '❌', '⬜', 'âœ…', '🚧'];

/** The mutations, each a function of the text and the generator. */
const MUTATIONS: Array<(t: string, r: () => number) => string> = [
  (t, r) => t.slice(0, Math.floor(r() * t.length)),
  (t, r) => insertAt(t, r, ['\ufffd', '\u0000', '\u001b', '\ud800', '\u200b'][Math.floor(r() * 5)]!),
  (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  },
  (t, r) => {
    const lines = t.split('\n');
    lines.splice(Math.floor(r() * lines.length), 1 + Math.floor(r() * 3));
    return lines.join('\n');
  },
  (t, r) => t.replace(/\|/g, (m) => (r() < 0.1 ? '' : m)),
  (t, r) => t.replace(/✅|🔲|⏳|🔄|❌|⬜/gu, (m) => (r() < 0.3 ? EMOJI[Math.floor(r() * EMOJI.length)]! : m)),
  (t, r) => t.replace(/\n/g, (m) => (r() < 0.2 ? '\r\n' : m)),
  (t) => `${'> '.repeat(2000)}- ${'- '.repeat(2000)}x\n${t}`,
  (t) => `| ${Array.from({ length: 3000 }, (_, i) => `c${i}`).join(' | ')} |\n|${' --- |'.repeat(3000)}\n${t}`,
  (t) => `\`\`\`\n${t}`,
  (t) => `<!-- never closed\n${t}`,
  (t, r) => {
    const a = Math.floor(r() * t.length);
    return (
      t.slice(0, a) +
      t
        .slice(a, a + Math.floor(r() * 400))
        .split('')
        .reverse()
        .join('') +
      t.slice(a + 400)
    );
  },
];

function insertAt(t: string, r: () => number, s: string): string {
  const i = Math.floor(r() * (t.length + 1));
  return t.slice(0, i) + s + t.slice(i);
}

/** One case: a source, one to three mutations. */
function mutate(seed: number): { name: string; text: string } {
  const r = rng(seed);
  const src = sources[Math.floor(r() * sources.length)]!;
  let text = src.text;
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) text = MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(text, r);
  return { name: src.path.split('/').at(-1)!, text };
}

/** Runs what each command does; only a SprintError (a refusal with a message) may come out. */
function exercise(text: string, seed: number): void {
  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof SprintError)) throw err;
    }
  };
  const sprint = buildSprint(text, 'fuzz.md');
  statusJson([sprint], [computeProgress(sprint)], undefined, TODAY);
  examine(text, sprint, TODAY, vocab);
  refusal(() => syncDocument(text, 'fuzz.md', TODAY, sprint));
  const leaves = sprint.tasks.filter((t) => t.children.length === 0);
  const task = leaves[seed % Math.max(1, leaves.length)];
  if (!task) return;
  refusal(() => {
    const done = changeStatus(text, sprint, { task, target: 'done' }, TODAY);
    // Every byte outside the planned edits is kept.
    expect(applyEdits(text, done.edits)).toBe(done.text);
    const again = buildSprint(done.text, 'fuzz.md');
    const same = again.tasks.find((t) => t.key === task.key);
    if (same) refusal(() => changeStatus(done.text, again, { task: same, target: 'todo' }, TODAY));
  });
}

describe('mutation fuzz', () => {
  const seeds = ONE ? [FIRST_SEED] : Array.from({ length: CASES }, (_, i) => FIRST_SEED + i);
  it(`${seeds.length} seeded cases through status, doctor, sync, done and reopen`, () => {
    for (const seed of seeds) {
      const { name, text } = mutate(seed);
      try {
        exercise(text, seed);
      } catch (err) {
        throw new Error(`case FUZZ_SEED=${seed} (from ${name}) failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }, 600_000);
});
