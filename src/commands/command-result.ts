/**
 * The shape every command shares: what it receives and what it hands back. Commands never write
 * to the terminal or exit; `cli/main.ts` does both with what they return.
 */
import type { ModelStore } from '../io/model-cache.js';
import type { Painter } from '../render/painter.js';

/** What a command produced: text for stdout and stderr, and 0 (fine) or 1 (`--strict` found problems). */
export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: 0 | 1;
  /** Markdown for the GitHub Actions job summary; the CLI appends it to $GITHUB_STEP_SUMMARY when that is set. */
  summary?: string;
}

/** What a command may know about its surroundings, passed in so commands stay free of `process`. */
export interface CommandContext {
  /** Folder that relative paths and document discovery start from. */
  cwd: string;
  /** Colors for the human views (identity functions when color is off). */
  painter: Painter;
  /** The clock, read once by the CLI, so commands can decide "today" (see today.ts) without reading it. */
  now: Date;
  /** The environment variables commands may consult (SOURCE_DATE_EPOCH for a reproducible "today"). */
  env: { SOURCE_DATE_EPOCH?: string | undefined; GITHUB_ACTIONS?: string | undefined; GITHUB_STEP_SUMMARY?: string | undefined };
  /** The program file worker threads can load to read many documents at once (io/read-pool.ts); absent: read in this thread. */
  programFile?: string | null;
  /** Where the status commands keep read models between runs (io/model-cache.ts); absent or null: every document is read. */
  models?: ModelStore | null;
}

/** Options every reporting command accepts. */
export interface ReportOptions {
  /** Print the JSON contract instead of the human view. */
  json?: boolean;
  /** Exit 1 when any document has an error or warning diagnostic. */
  strict?: boolean;
  /** Print every diagnostic to stderr. */
  verbose?: boolean;
}

/** Whether to speak GitHub Actions: `--format github`, or GITHUB_ACTIONS=true unless `--format text` says otherwise. */
export function githubOutput(format: string | undefined, env: CommandContext['env']): boolean {
  if (format === 'github') return true;
  if (format === undefined || format === 'auto') return env.GITHUB_ACTIONS === 'true';
  return false;
}
