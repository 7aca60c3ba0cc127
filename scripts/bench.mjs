// Benchmarks for the speed and memory targets (run with `npm run bench`; never part of `npm test`).
// Measures whole processes, side by side in one run: bare `node` start-up, a plain unified +
// remark-parse + remark-gfm parse, and sprint's commands (first runs with the result cache off,
// repeated runs with it on), on a 21 KB seed, a deterministic 1.6 MB history and 10 × that, a
// folder of 200 sprint files, and one 600 KB table or list. Prints median wall time, peak RSS, and
// each target's ratio next to its goal. BENCH_RUNS sets the runs per measure (default 7; 3 for the
// 16 MB document).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 7);
const doc21k = join(root, 'fixtures/seed-004-day-boards.md');
const work = mkdtempSync(join(tmpdir(), 'sprint-bench-'));

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

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

// A long history: every fixture, renamed per sprint, repeated until 1.6 MB.
const history = join(work, 'history.md');
const seeds = ['seed-000-task-tables.md', 'seed-001-phases.md', 'seed-003-daily-report-points.md', 'seed-004-day-boards.md'].map((f) =>
  readFileSync(join(root, 'fixtures', f), 'utf8'),
);
let big = '# Sprint history\n\n';
for (let i = 1; big.length < 1_600_000; i++) big += `${seeds[i % seeds.length].replace(/^# .*$/m, `## Sprint ${i}`).replace(/^(#{1,5}) /gm, '$1# ')}\n`;
writeFileSync(history, big);
const half = join(work, 'history-half.md');
writeFileSync(half, big.slice(0, big.length / 2).replace(/\n[^\n]*$/, '\n'));

function measure(label, args, env = {}, n = runs) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
      encoding: 'utf8',
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, SPRINT_CACHE_DIR: join(work, 'cache'), ...env },
    });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
    rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  times.sort((a, b) => a - b);
  const result = { label, median: times[Math.floor(times.length / 2)], min: times[0], rss };
  console.log(`${label.padEnd(52)} ${result.median.toFixed(0).padStart(6)} ms (${result.min.toFixed(0)} ms)  ${rss.toFixed(0).padStart(4)} MB`);
  return result;
}

const sprint = join(root, 'bin/sprint.js');
const off = { SPRINT_CACHE: '0' };
// 10 × the history, a folder of 200 files, and one 600 KB table and list.
const history10 = join(work, 'history-10x.md');
writeFileSync(history10, big.repeat(10));
const folder = join(work, 'folder');
mkdirSync(folder);
for (let i = 0; i < 200; i++) writeFileSync(join(folder, `sprint-${String(i).padStart(3, '0')}.md`), seeds[i % seeds.length]);
const tableDoc = join(work, 'table.md');
let table = '# One table\n\n| ID | Task | Status | Hours |\n|---|---|---|---|\n';
for (let i = 0; table.length < 600_000; i++) table += `| T-${i} | Task number ${i} of the long table | ${i % 3 ? 'Done' : 'To Do'} | ${(i % 8) + 1}h |\n`;
writeFileSync(tableDoc, table);
const listDoc = join(work, 'list.md');
let list = '# One list\n\n';
for (let i = 0; list.length < 600_000; i++) list += `- [${i % 3 ? 'x' : ' '}] Task number ${i} of the long list (${(i % 8) + 1}h)\n`;
writeFileSync(listDoc, list);
const seedCopy = join(work, 'seed-004.md');
writeFileSync(seedCopy, readFileSync(doc21k));

console.log(`\n${runs} runs each, median wall time (min) and peak RSS:\n`);
const nodeStart = measure('node -e 0 (bare start-up)', ['-e', '0']);
const plain21 = measure('plain unified+remark-parse+remark-gfm, 21 KB', [bare, doc21k]);
const plain16 = measure('plain unified+remark-parse+remark-gfm, 1.6 MB', [bare, history]);
const first21 = measure('sprint status, 21 KB (seed 004), first run', [sprint, 'status', seedCopy], off);
measure('sprint status, 21 KB, warming the cache', [sprint, 'status', seedCopy], {}, 1);
const again21 = measure('sprint status, 21 KB, again on the unchanged file', [sprint, 'status', seedCopy]);
const dry = measure('sprint done 4.3 --dry-run, 21 KB', [sprint, 'done', '4.3', seedCopy, '--dry-run', '--today', '2025-12-10'], off);
const hist = measure('sprint status --json, 1.6 MB history', [sprint, 'status', '--json', history], off);
// 16 MB is above the default 5 MB a document may have (io/read-document.ts): raised for this measure.
const hist10 = measure(
  'sprint status --json, 16 MB history (10 ×)',
  [sprint, 'status', '--json', history10],
  { ...off, SPRINT_MAX_MB: '32' },
  Math.min(runs, 3),
);
const one = measure('sprint status, 1 file of the folder', [sprint, 'status', join(folder, 'sprint-000.md')], off);
const many = measure('sprint status, folder of 200 files', [sprint, 'status', folder], off);
const tbl = measure('sprint status --json, one 600 KB table', [sprint, 'status', '--json', tableDoc], off);
const lst = measure('sprint status --json, one 600 KB list', [sprint, 'status', '--json', listDoc], off);

const targets = [
  ['status 21 KB first run / plain pipeline', first21.median / plain21.median, 0.5],
  ['status again unchanged / node -e 0', again21.median / nodeStart.median, 1.5],
  ['status 1.6 MB / plain pipeline on 1.6 MB', hist.median / plain16.median, 0.25],
  ['16 MB time / 1.6 MB time', hist10.median / hist.median, 11],
  ['done --dry-run 21 KB / plain pipeline', dry.median / plain21.median, 0.6],
  ['200 files / (one file × 20)', many.median / (one.median * 20), 1],
];
const memory = [
  ['1.6 MB history peak RSS (MB)', hist.rss, 150],
  ['600 KB table peak RSS (MB)', tbl.rss, 150],
  ['600 KB list peak RSS (MB)', lst.rss, 150],
];
console.log('\ntarget                                          measured   goal   met');
for (const [name, value, goal] of [...targets, ...memory]) {
  console.log(`${name.padEnd(46)} ${value.toFixed(2).padStart(9)} ${String(goal).padStart(6)}   ${value <= goal ? 'yes' : 'no'}`);
}
rmSync(work, { recursive: true, force: true });
