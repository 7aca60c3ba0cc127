// The reader's measure: runs ../shared/fidelity/score.mjs (hand counts of real sprint documents)
// over the seeds and the corpus with the built binary, and prints each summary line. It reports;
// it never fails the build. Without ../shared (a clone elsewhere) it says so and exits 0.
//   npm run fidelity            summaries only
//   npm run fidelity -- --verbose   every document line and failed check
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const score = join(shared, 'fidelity', 'score.mjs');
const verbose = process.argv.includes('--verbose');

if (!existsSync(score)) {
  console.log('fidelity: ../shared/fidelity is not here; nothing measured');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli.cjs'))) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

for (const [name, docs, truth] of [
  ['seeds', 'seeds', 'seeds'],
  ['corpus', 'corpus', 'corpus'],
]) {
  const args = [score, '--bin', join(root, 'bin', 'sprint.js'), '--docs', join(shared, docs), '--truth', join(shared, 'fidelity', 'truth', truth)];
  if (verbose) args.push('--verbose');
  try {
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const lines = out.trimEnd().split('\n');
    if (verbose) console.log(lines.slice(0, -1).join('\n'));
    console.log(`${name.padEnd(7)} ${lines.at(-1)}`);
  } catch (e) {
    console.log(`${name.padEnd(7)} fidelity: not measured (${String(e.message).split('\n')[0]})`);
  }
}
