// The benchmark's documents, generated deterministically (same bytes on every machine and run):
// a 1.6 MB history of many sprints (the fixtures renamed per sprint, headings pushed one level
// down) and the same history ten times over, a folder of 200 sprint files, one 600 KB
// table and one 600 KB list. `node bench/generate.mjs DIR` writes them into DIR; bench/run.mjs
// imports `generate`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = ['seed-000-task-tables.md', 'seed-001-phases.md', 'seed-003-daily-report-points.md', 'seed-004-day-boards.md'];

/** Writes every benchmark document into `dir` and returns their paths. */
export function generate(dir) {
  const seeds = SEEDS.map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  let big = '# Sprint history\n\n';
  for (let i = 1; big.length < 1_600_000; i++) big += `${seeds[i % seeds.length].replace(/^# .*$/m, `## Sprint ${i}`).replace(/^(#{1,5}) /gm, '$1# ')}\n`;
  const paths = {
    seed: join(dir, 'seed-004.md'),
    history: join(dir, 'history.md'),
    history10: join(dir, 'history-10x.md'),
    folder: join(dir, 'folder'),
    table: join(dir, 'table.md'),
    list: join(dir, 'list.md'),
  };
  writeFileSync(paths.seed, readFileSync(join(root, 'fixtures', 'seed-004-day-boards.md')));
  writeFileSync(paths.history, big);
  writeFileSync(paths.history10, big.repeat(10));
  mkdirSync(paths.folder, { recursive: true });
  for (let i = 0; i < 200; i++) writeFileSync(join(paths.folder, `sprint-${String(i).padStart(3, '0')}.md`), seeds[i % seeds.length]);
  let table = '# One table\n\n| ID | Task | Status | Hours |\n|---|---|---|---|\n';
  for (let i = 0; table.length < 600_000; i++) table += `| T-${i} | Task number ${i} of the long table | ${i % 3 ? 'Done' : 'To Do'} | ${(i % 8) + 1}h |\n`;
  writeFileSync(paths.table, table);
  let list = '# One list\n\n';
  for (let i = 0; list.length < 600_000; i++) list += `- [${i % 3 ? 'x' : ' '}] Task number ${i} of the long list (${(i % 8) + 1}h)\n`;
  writeFileSync(paths.list, list);
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/generate.mjs DIR');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  console.log(generate(dir));
}
