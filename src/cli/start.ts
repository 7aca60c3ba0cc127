/**
 * What `bin/sprint.js` loads first: a small bundle (node built-ins only) that answers a repeated
 * read-only run from the result cache, and otherwise loads the full program (`dist/cli.cjs`,
 * compiled with its V8 code cache: io/code-cache.ts) and records its result. See
 * io/result-cache.ts for what is cached and when.
 *
 * It is built as CommonJS (`dist/start.cjs`), and `bin/sprint.js` is CommonJS too (bin/package.json):
 * Node reaches the first line of a CommonJS entry about 3 ms sooner than an ES module's, whose
 * loader reads files asynchronously and links before it runs anything (measured: a first run of
 * status 2.7 ms shorter, 31 paired runs).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import pkg from '../../package.json' with { type: 'json' };
import { resolveToday } from '../commands/today.js';
import { loadProgram } from '../io/code-cache.js';
import { cacheFolder, cacheSlot, cachesOff, namedBytes, readCached, writeCached, type CacheSlot } from '../io/result-cache.js';

/** The hash of the bundled program, set by scripts/build.mjs: cached results of another build are never used. */
declare const __SPRINT_BUILD__: string;

/** The full program, loaded only on a cache miss (next to this bundle at run time). */
const PROGRAM = 'cli.cjs';

/** What the program bundle exports. */
interface Program {
  run: (argv: readonly string[], record?: (r: { stdout: string; stderr: string; exitCode: number }) => void, build?: string) => Promise<void>;
}

/** Runs `sprint` for `argv` (as in process.argv). */
export async function start(argv: readonly string[]): Promise<void> {
  const slot = slotFor(argv.slice(2));
  const hit = slot ? readCached(slot) : null;
  if (hit) {
    process.stderr.write(hit.stderr);
    process.stdout.write(hit.stdout);
    process.exitCode = hit.exitCode;
    return;
  }
  keepHeapTight();
  compileRegexpsOnce();
  optimizeLater(namedBytes(argv.slice(2), process.cwd()));
  const codeCache = cachesOff(argv, process.env) ? null : cacheFolder(process.env);
  const program = loadProgram<Program>(join(__dirname /* CommonJS's own: dist/ at run time */, PROGRAM), codeCache, __SPRINT_BUILD__, commandOf(argv.slice(2)));
  await program.exports.run(argv, slot ? (r) => writeCached(slot, r) : undefined, __SPRINT_BUILD__);
  program.saveCache();
}

/** The command a run names (its first word that is not an option), or '' for `--version`, `--help` and the like. */
function commandOf(args: readonly string[]): string {
  const word = args.find((a) => !a.startsWith('-')) ?? '';
  return /^[a-z][a-z-]{0,30}$/.test(word) ? word : '';
}

function slotFor(args: readonly string[]): CacheSlot | null {
  try {
    const flag = args.indexOf('--today');
    const today = flag >= 0 ? (args[flag + 1] ?? '') : resolveToday(undefined, process.env, new Date());
    return cacheSlot(args, `${pkg.version}+${__SPRINT_BUILD__}`, today, process.env, process.stdout.isTTY === true, process.cwd());
  } catch {
    return null; // anything odd (a bad SOURCE_DATE_EPOCH): no cache, the program reports it
  }
}

/**
 * V8 first runs a regular expression with its bytecode interpreter and compiles it to machine code
 * once it proves hot ("tier-up"), so every hot expression is compiled twice. The reader's
 * expressions are nearly all hot on any document (a hundred of them, many with Unicode classes),
 * and on a first run of `status` on a 21 KB seed the double compilation measured 40 ms of 280 ms
 * (median of 6 runs each way); compiling each expression to machine code at once is faster on
 * every document size measured (bench/). V8 reads the flag when it compiles an expression, so it
 * takes effect when set here, before the program loads; output is the same either way.
 */
function compileRegexpsOnce(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // a runtime without the flag: expressions tier up as usual, nothing else changes
  }
}

/**
 * V8 optimizes a function with TurboFan once it has run enough bytecode (its "interrupt budget",
 * 66 KB by default). A run of sprint on ordinary documents is short, and its reader runs hundreds
 * of functions a few thousand times each, so at the default many optimizations land when little of
 * their work is left, and they compete with the reader and the garbage collector for the machine's
 * two cores (and some are thrown away again). Eight times the budget optimizes only what is really
 * hot. Measured with paired runs alternating the two (this machine, fresh bytes each run): status
 * on seed 004, first run, -3.4 ms (21 pairs); `done --dry-run` -2.5 ms (15); a folder of 200 files
 * -0.7 s of 3.0 s (7); the 1.6 MB history -234 ms of 2.27 s (5); the 600 KB table -49 ms (5). A run
 * of tens of seconds on one huge document is the exception: after each deoptimization V8 waits for
 * the budget again before optimizing anew, and the 16 MB history took 8% longer (2 pairs), so above
 * LONG_RUN_BYTES of named input the default stays. Output is the same either way; V8 reads the
 * budget when it sets up a function's feedback, so setting it here, before the program loads,
 * covers all of it.
 */
function optimizeLater(inputBytes: number): void {
  if (inputBytes > LONG_RUN_BYTES) return;
  try {
    setFlagsFromString('--interrupt-budget=524288');
  } catch {
    // a runtime without the flag: V8's default budget, nothing else changes
  }
}

/** Named input above which a run is long enough for V8's default optimization budget (see optimizeLater). */
const LONG_RUN_BYTES = 4 * 1024 * 1024;

/**
 * Reading a document allocates mostly short-lived parse trees, one section at a time; V8's default
 * lets the heap grow to about four times what is live, so a 1.6 MB history peaked at 281 MB RSS
 * with 31 MB live. Growing the heap by 20% at each full collection instead measured 212 MB, and
 * was no slower (5.0 s against 5.5 s); 10% took 6 MB more off a 600 KB list, again no slower. The young generation starts small and doubles under
 * allocation pressure up to 16 MB per semi-space (three of them resident): on a 600 KB table or
 * list that growth alone is about 45 MB of peak RSS (168 -> 124 MB, 173 -> 129 MB, measured),
 * for about 12% more time on those documents and none on a 21 KB one; keeping it at its start
 * size (--semi-space-growth-factor=1) is the better trade for a command-line tool. V8 reads both
 * flags at every collection, so setting them here, before the program loads, takes effect; Node
 * documents setFlagsFromString after start-up as unsupported for flags read only once, which
 * these are not (--max-semi-space-size is, and has no effect set here).
 */
function keepHeapTight(): void {
  try {
    setFlagsFromString('--heap-growing-percent=10');
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // a runtime without the flag: the default growth, nothing else changes
  }
}
