/**
 * The entry point and the one place that decides how the program ends: it runs the commander
 * program, writes the command's result, and turns every failure into a short message on stderr
 * and an exit code. Exit codes: 0 fine, 1 `--strict` found problems, 2 anything that stopped
 * the command (usage, I/O, conflict, internal error). A stack trace is printed only when
 * SPRINT_DEBUG=1.
 */
import { CommanderError } from 'commander';
import type { CommandResult } from '../commands/command-result.js';
import { SprintError } from '../errors.js';
import { appendJobSummary } from '../io/job-summary.js';
import { serveReadPool } from '../io/read-pool.js';
import { cacheFolder, cachesOff } from '../io/result-cache.js';
import { rememberTexts } from '../parse/recognize/memo.js';
import { useFastParser } from '../parse/markdown.js';
import { plainPainter } from '../render/painter.js';
import { createProgram } from './program.js';

/** Exit code for anything that stopped a command. */
const EXIT_FAILURE = 2;

/**
 * The bundled program's own file (dist/cli.cjs, whose CommonJS wrapper gives `__filename`), which
 * worker threads load to read documents in parallel; null when running from sources (tests), where
 * documents are read in this thread.
 */
const PROGRAM_FILE = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : null;

// SPRINT_FAST_PARSE=0 has remark parse every section (the fast parser gives the same outline; this
// is for comparing the two and for ruling the fast parser out when a reading looks wrong). Set
// before the read pool starts, so its workers (which load this module too) read the same way.
useFastParser(process.env.SPRINT_FAST_PARSE !== '0');

// Loaded as a worker of the read pool: read the documents it was given; the CLI is not run.
rememberTexts(process.env.SPRINT_CACHE !== '0');
serveReadPool();

/** What a finished run printed, handed to the result cache (see io/result-cache.ts). */
export type RunRecorder = (result: { stdout: string; stderr: string; exitCode: number }) => void;

/**
 * Runs the CLI on `argv` (as in process.argv) and returns the exit code; output goes to stdout/stderr.
 * `build` names the program build (dist/start.cjs passes it), which the model cache keys its entries by.
 */
export async function main(argv: readonly string[], record?: RunRecorder, build?: string): Promise<number> {
  let result: CommandResult | undefined;
  if (cachesOff(argv, process.env)) {
    // Every cache off, the reader's memos of text included; read-pool workers inherit the environment.
    rememberTexts(false);
    process.env.SPRINT_CACHE = '0';
  }
  // chalk (and the terminal probing it does as it loads) only for a terminal: piped runs never load it.
  const colored = colorWanted() ? (await import('./chalk-painter.js')).chalkPainter(true) : plainPainter;
  const program = createProgram({
    context: (colorAllowed) => ({
      cwd: process.cwd(),
      painter: colorAllowed ? colored : plainPainter,
      now: new Date(),
      programFile: PROGRAM_FILE,
      // Read models are kept between runs only by a build that names itself (dist/start.cjs does), with caches on.
      models: build && !cachesOff(argv, process.env) ? { folder: cacheFolder(process.env), build } : null,
      env: {
        SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH,
        GITHUB_ACTIONS: process.env.GITHUB_ACTIONS,
        GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
      },
    }),
    onResult: (r) => {
      result = r;
    },
  });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    return reportFailure(err);
  }
  if (!result) return 0;
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.summary && process.env.GITHUB_STEP_SUMMARY) appendJobSummary(process.env.GITHUB_STEP_SUMMARY, result.summary);
  record?.({ stdout: result.stdout, stderr: result.stderr ?? '', exitCode: result.exitCode });
  return result.exitCode;
}

/** Color only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function colorWanted(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

function reportFailure(err: unknown): number {
  if (err instanceof CommanderError) {
    // Commander already printed help, the version, or its one-line error.
    return err.exitCode === 0 ? 0 : EXIT_FAILURE;
  }
  if (err instanceof SprintError) {
    process.stderr.write(`sprint: ${err.message}\n${err.details.map((d) => `  ${d}\n`).join('')}`);
    return EXIT_FAILURE;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`sprint: internal error: ${firstLine(message)}\n`);
  if (process.env.SPRINT_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return EXIT_FAILURE;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

/** The process-level entry (`bin/sprint.js` through `start.ts`): pipe handling, then `main`, then the exit code. */
export async function run(argv: readonly string[], record?: RunRecorder, build?: string): Promise<void> {
  // `sprint list | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`sprint: cannot write the output: ${err.message}\n`);
    process.exit(EXIT_FAILURE);
  });
  process.exitCode = await main(argv, record, build);
}
