// Benchmarks for the speed and memory targets (run with `npm run bench`; never part of `npm test`).
// Measures, in fresh processes: bare `node` start-up, a plain unified + remark-parse + remark-gfm
// parse of a 21 KB document, `sprint status` on that document, and `sprint status --json` on a
// synthetic 1.6 MB sprint history (many sprints appended), reporting median wall time and peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function measure(label, args) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
    rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(times.length / 2)], min: times[0], rss };
}

const results = [
  measure('node -e 0 (bare start-up)', ['-e', '0']),
  measure('unified+remark-parse+remark-gfm, 21 KB', [bare, doc21k]),
  measure('sprint status, 21 KB (seed 004)', [join(root, 'bin/sprint.js'), 'status', doc21k]),
  measure('sprint status --json, 0.8 MB history', [join(root, 'bin/sprint.js'), 'status', '--json', half]),
  measure('sprint status --json, 1.6 MB history', [join(root, 'bin/sprint.js'), 'status', '--json', history]),
];
console.log(`\n${runs} runs each, median wall time (min) and peak RSS:\n`);
for (const r of results)
  console.log(`${r.label.padEnd(42)} ${r.median.toFixed(0).padStart(6)} ms (${r.min.toFixed(0)} ms)  ${r.rss.toFixed(0).padStart(4)} MB`);
const [, , , h, f] = results;
console.log(`\n1.6 MB / 0.8 MB time ratio: ${(f.median / h.median).toFixed(2)} (2.0 = linear)`);
rmSync(work, { recursive: true, force: true });
