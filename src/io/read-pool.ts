/**
 * Reading many documents on more than one core. Reading is pure and each document is read alone,
 * so a folder of sprint files can be shared out: worker threads load the same program file and
 * take the next unread document from a shared counter (SharedArrayBuffer + Atomics, so a slow
 * document never leaves a core idle), and the calling thread reads too. Every model lands at its
 * document's index, so the result is the array a loop would give, and the output is identical
 * (tests/cli/read-pool.test.ts compares the pool with one thread over every document).
 *
 * Workers cost a start-up each (loading the program), so they are used only for at least
 * FILES_PER_WORKER documents per worker, on the cores beyond the first, and only where the program
 * runs as its bundle (`script`); a worker that fails leaves its documents to the calling thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Sprint } from '../model/schema.js';
import { buildSprint } from '../reader/index.js';

/** A document's text and the path it is reported under. */
export interface DocumentText {
  text: string;
  file: string;
}

/**
 * Documents per worker below which a worker is not started: a worker first loads the 2 MB program
 * and warms it up, which costs as much as reading several small sprint files, so it pays only with
 * a few dozen documents to share.
 */
const FILES_PER_WORKER = 24;
/** At most this many workers, whatever the machine. */
const MAX_WORKERS = 3;
/** How a worker knows it was started to read documents. */
const ROLE = 'sprint-read-pool';
/**
 * The argument a pool worker is started with: the program tells a worker from the main thread by
 * it without loading node:worker_threads, which costs every other run a millisecond or two.
 */
const ROLE_ARG = `--${ROLE}`;

interface PoolData {
  role: typeof ROLE;
  docs: DocumentText[];
  next: Int32Array;
}

/** How many workers pay for `count` documents on this machine. */
export function workersFor(count: number): number {
  return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1, Math.floor(count / FILES_PER_WORKER)));
}

/**
 * The models of `docs`, in order; `script` is the program file workers can load (null: read here
 * only); `workers` is how many to start (tests set it; by default workersFor); `stats`, when
 * given, counts the models the workers delivered.
 */
export async function readAll(
  docs: readonly DocumentText[],
  script: string | null,
  workers = workersFor(docs.length),
  stats: { fromWorkers: number } = { fromWorkers: 0 },
): Promise<Sprint[]> {
  if (!script || workers <= 0) return docs.map((d) => buildSprint(d.text, d.file));
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const next = new Int32Array(new SharedArrayBuffer(4));
  const out: Array<Sprint | undefined> = new Array(docs.length);
  const start = (data: PoolData) => new Worker(script, { workerData: data, argv: [ROLE_ARG] });
  const done = Array.from({ length: workers }, () => startWorker(start, { role: ROLE, docs: [...docs], next }, out, stats));
  for (let i = Atomics.add(next, 0, 1); i < docs.length; i = Atomics.add(next, 0, 1)) out[i] = buildSprint(docs[i]!.text, docs[i]!.file);
  await Promise.all(done);
  return docs.map((d, i) => out[i] ?? buildSprint(d.text, d.file));
}

function startWorker(start: (data: PoolData) => Worker, data: PoolData, out: Array<Sprint | undefined>, stats: { fromWorkers: number }): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = start(data);
    } catch {
      resolve();
      return;
    }
    worker.on('message', (m: { index: number; sprint: Sprint }) => {
      out[m.index] = m.sprint;
      stats.fromWorkers++;
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

/**
 * When this thread is a worker of the pool, reads documents until none is left and returns true;
 * otherwise does nothing and returns false. The program calls it when it loads.
 */
export function serveReadPool(): boolean {
  if (!process.argv.includes(ROLE_ARG)) return false;
  const { isMainThread, parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  if (isMainThread || !parentPort) return false;
  const data = workerData as PoolData | undefined;
  if (data?.role !== ROLE) return false;
  for (let i = Atomics.add(data.next, 0, 1); i < data.docs.length; i = Atomics.add(data.next, 0, 1)) {
    parentPort.postMessage({ index: i, sprint: buildSprint(data.docs[i]!.text, data.docs[i]!.file) });
  }
  return true;
}
