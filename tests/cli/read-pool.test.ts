/**
 * Many documents are read on several cores (io/read-pool.ts): worker threads load the built
 * program and share the documents with the calling thread. The models must be exactly those of a
 * loop in one thread, in order, and a worker that cannot start or fails leaves its documents to
 * the calling thread.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAll, workersFor } from '../../src/io/read-pool.js';
import { buildSprint } from '../../src/reader/index.js';
import { documentPaths } from '../helpers/documents.js';
import { ROOT, ensureBuilt } from '../helpers/run-cli.js';

const docs = documentPaths({ seeds: true }).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const program = join(ROOT, 'dist', 'cli.cjs');
const inOneThread = () => JSON.stringify(docs.map((d) => buildSprint(d.text, d.file)));
beforeAll(() => ensureBuilt());

describe('reading many documents in worker threads', () => {
  it(`gives the models of one thread, in order, for ${docs.length} documents`, async () => {
    const stats = { fromWorkers: 0 };
    expect(JSON.stringify(await readAll(docs, program, 2, stats))).toBe(inOneThread());
    expect(stats.fromWorkers).toBeGreaterThan(0);
  });

  it('reads everything in the calling thread when a worker fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-pool-'));
    const broken = join(dir, 'broken.cjs');
    writeFileSync(broken, 'throw new Error("no program here");\n');
    expect(JSON.stringify(await readAll(docs, broken, 2))).toBe(inOneThread());
    expect(JSON.stringify(await readAll(docs, join(dir, 'missing.cjs'), 1))).toBe(inOneThread());
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts no worker for a few documents', () => {
    expect(workersFor(3)).toBe(0);
    expect(workersFor(10_000)).toBeLessThanOrEqual(3);
  });
});
