// Benchmarks for the speed and memory targets (`npm run bench`; never part of `npm test`).
// Measures whole processes, side by side in one run: bare `node` start-up, a plain unified +
// remark-parse + remark-gfm parse, and sprint's commands on the documents of bench/generate.mjs.
// A "first run" is a run on bytes sprint has not seen: the file gets a new trailing comment before
// each run, so the result and model caches miss while the program's code cache (written by a
// warm-up run, as by any earlier use of the tool) is used; `--no-cache` runs show the cost without
// any cache.
// Prints median wall time, peak RSS, and each target's ratio next to its goal; the 21 KB ratios
// are medians of paired runs (reference, then subject, repeated: see pairedRatio), at least 7
// pairs. BENCH_RUNS sets the runs per measure (default 7; at most 3 for the 16 MB document);
// BENCH_SKIP_10X=1 skips that one.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'sprint-bench-'));
const cache = join(work, 'cache');

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const docs = generate(work);

const bare = join(work, 'bare-parse.mjs');
writeFileSync(
  bare,
  `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const { unified } = await import(require.resolve('unified'));
const remarkParse = (await import(require.resolve('remark-parse'))).default;
const remarkGfm = (await import(require.resolve('remark-gfm'))).default;
const { readFileSync } = await import('node:fs');
unified().use(remarkParse).use(remarkGfm).parse(readFileSync(process.argv[2], 'utf8'));
`,
);

/** Gives `path` bytes no run has seen yet (a new trailing HTML comment, which reads as nothing). */
function freshBytes(path) {
  const original = readFileSync(path, 'utf8');
  return (i) => writeFileSync(path, `${original}\n<!-- bench run ${i} -->\n`);
}

let serial = 0;
/** One whole-process run: wall time (ms) and peak RSS (MB). */
function runOnce(label, args, { env = {}, before } = {}) {
  before?.(serial++);
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SPRINT_CACHE_DIR: cache, ...env },
  });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed: ${r.stderr}`);
  return { ms: Number(t1 - t0) / 1e6, rss: Number(r.stderr.trim().split('\n').pop()) / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(label, args, { env = {}, n = runs, before } = {}) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const run = runOnce(label, args, { env, before });
    times.push(run.ms);
    rss = Math.max(rss, run.rss);
  }
  const result = { label, median: median(times), min: Math.min(...times), rss };
  console.log(`${label.padEnd(56)} ${result.median.toFixed(0).padStart(6)} ms (${result.min.toFixed(0)} ms)  ${rss.toFixed(0).padStart(4)} MB`);
  return result;
}

/**
 * A ratio measured in pairs: the reference and the subject run one after the other, `n` times,
 * and the ratio is the median of the pairs' ratios, so the machine's drift (this one's speed
 * varies by 10-30% over minutes) falls on both sides of each pair.
 */
function pairedRatio(label, reference, subject, n = Math.max(runs, 7)) {
  const ratios = [];
  for (let i = 0; i < n; i++) {
    const a = runOnce(label, reference.args, reference.options);
    const b = runOnce(label, subject.args, subject.options);
    ratios.push(b.ms / a.ms);
  }
  return median(ratios);
}

const sprint = join(root, 'bin/sprint.js');
const seedBytes = freshBytes(docs.seed);
const first = (path) => ({ before: freshBytes(path) });

console.log(`\n${runs} runs each, median wall time (min) and peak RSS:\n`);
const nodeStart = measure('node -e 0 (bare start-up)', ['-e', '0']);
const plain21 = measure('plain unified+remark-parse+remark-gfm, 21 KB', [bare, docs.seed]);
const plain16 = measure('plain unified+remark-parse+remark-gfm, 1.6 MB', [bare, docs.history]);
measure('sprint status, warm-up (writes the code cache)', [sprint, 'status', docs.seed], { n: 1, before: seedBytes });
const first21 = measure('sprint status, 21 KB (seed 004), first run', [sprint, 'status', docs.seed], { before: seedBytes });
measure('sprint status, 21 KB, first run, --no-cache', [sprint, 'status', docs.seed, '--no-cache'], { before: seedBytes });
measure('sprint status, 21 KB, warm-up (fills the result cache)', [sprint, 'status', docs.seed], { n: 1 });
const again21 = measure('sprint status, 21 KB, again on the unchanged file', [sprint, 'status', docs.seed]);
const dryArgs = [sprint, 'done', '4.3', docs.seed, '--dry-run', '--today', '2025-12-10'];
// Repeated on the same bytes, as a dry run and then the real command are: from the second run on it
// starts from the model the first kept (io/model-cache.ts). The first-run row reads bytes never seen.
const dry = measure('sprint done 4.3 --dry-run, 21 KB', dryArgs);
const dryFirst = measure('sprint done 4.3 --dry-run, 21 KB, first run', dryArgs, { before: seedBytes });
measure('sprint done 4.3 --dry-run, 21 KB, --no-cache', [...dryArgs, '--no-cache']);
const hist = measure('sprint status --json, 1.6 MB history', [sprint, 'status', '--json', docs.history], first(docs.history));
// 16 MB is above the default 5 MB a document may have (io/read-document.ts): raised for this measure.
// BENCH_SKIP_10X=1 leaves it out (it takes minutes on a slow machine).
const hist10 = process.env.BENCH_SKIP_10X
  ? null
  : measure('sprint status --json, 16 MB history (10 ×)', [sprint, 'status', '--json', docs.history10], {
      env: { SPRINT_MAX_MB: '32' },
      n: Math.min(runs, 3),
      ...first(docs.history10),
    });
const oneFile = join(docs.folder, 'sprint-000.md');
const one = measure('sprint status, 1 file of the folder', [sprint, 'status', oneFile], first(oneFile));
const folderFile = join(docs.folder, 'sprint-199.md');
const many = measure('sprint status, folder of 200 files', [sprint, 'status', docs.folder], { before: (i) => appendFileSync(folderFile, `<!-- ${i} -->\n`) });
const tbl = measure('sprint status --json, one 600 KB table', [sprint, 'status', '--json', docs.table], first(docs.table));
const lst = measure('sprint status --json, one 600 KB list', [sprint, 'status', '--json', docs.list], first(docs.list));

// The 21 KB ratios again, in pairs (see pairedRatio): these are the figures the goals are read against.
const plainRef = { args: [bare, docs.seed] };
const pairedFirst = pairedRatio('paired: status first run', plainRef, { args: [sprint, 'status', docs.seed], options: { before: seedBytes } });
const pairedAgain = pairedRatio('paired: status again', { args: ['-e', '0'] }, { args: [sprint, 'status', docs.seed] });
const pairedDry = pairedRatio('paired: done --dry-run', plainRef, { args: dryArgs });
const pairedDryFirst = pairedRatio('paired: done --dry-run first run', plainRef, { args: dryArgs, options: { before: seedBytes } });
const r = (a, b) => (a.median / b.median).toFixed(2);
console.log(
  `\nunpaired, from the medians above: status first run ${r(first21, plain21)}, again ${r(again21, nodeStart)}, done --dry-run ${r(dry, plain21)}, its first run ${r(dryFirst, plain21)}`,
);
console.log('(the 21 KB ratios below are medians of paired runs; the others divide the medians above)');

const targets = [
  ['status 21 KB first run / plain pipeline', pairedFirst, 0.5],
  ['status again unchanged / node -e 0', pairedAgain, 1.5],
  ['status 1.6 MB / plain pipeline on 1.6 MB', hist.median / plain16.median, 0.25],
  ['16 MB time / 1.6 MB time', hist10 ? hist10.median / hist.median : Number.NaN, 11],
  ['done --dry-run 21 KB / plain pipeline', pairedDry, 0.6],
  ['  the same, first run (bytes not seen)', pairedDryFirst, 0.6],
  // "At most 2 × the time of one file per 10 files": 200 files in at most 40 × one file's time.
  ['200 files / (one file × 20)', many.median / (one.median * 20), 2],
];
const memory = [
  ['1.6 MB history peak RSS (MB)', hist.rss, 150],
  ['600 KB table peak RSS (MB)', tbl.rss, 150],
  ['600 KB list peak RSS (MB)', lst.rss, 150],
];
console.log('\ntarget                                          measured   goal   met');
for (const [name, value, goal] of [...targets, ...memory]) {
  const met = Number.isNaN(value) ? 'not measured' : value <= goal ? 'yes' : 'no';
  console.log(`${name.padEnd(46)} ${value.toFixed(2).padStart(9)} ${String(goal).padStart(6)}   ${met}`);
}
rmSync(work, { recursive: true, force: true });
