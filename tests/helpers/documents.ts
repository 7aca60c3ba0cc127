/** The documents whole-corpus tests run over: the fixtures, and the workspace's seeds and corpus when they are there. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
/** The bundled fixtures folder. */
export const FIXTURES = join(ROOT, 'fixtures');
/** The workspace's 29 real documents (absent in a clone elsewhere). */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
/** The workspace's five seed documents (absent in a clone elsewhere). */
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');

function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter(keep)
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** Paths of the fixtures (README excluded), the corpus documents and, with `seeds`, the seed files. */
export function documentPaths(options: { seeds?: boolean } = {}): string[] {
  return [
    ...filesIn(FIXTURES, (f) => f.endsWith('.md') && f !== 'README.md'),
    ...filesIn(CORPUS, (f) => f.endsWith('.md')),
    ...(options.seeds ? filesIn(SEEDS, () => true) : []),
  ];
}
