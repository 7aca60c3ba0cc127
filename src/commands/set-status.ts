/**
 * `sprint done|start|block|reopen <task> [files…]`: find the one task, change every place it
 * writes its status and every number that depends on it, in one atomic write (or print the diff
 * with `--dry-run`). Refusals (unknown or ambiguous task, a status that lives in a heading, a
 * read-only file) are usage or I/O errors: one line, exit 2, the file untouched.
 */
import { unifiedDiff } from '../edit/diff.js';
import { usageError } from '../errors.js';
import { withDocumentLock } from '../io/document-lock.js';
import type { LoadedFile } from '../io/read-document.js';
import { cachedModel, keepModel } from '../io/model-cache.js';
import { readDocumentRelativeSync } from '../io/read-relative.js';
import { writeDocumentRelative } from '../io/write-relative.js';
import { buildSprint } from '../reader/index.js';
import type { Sprint, Status } from '../model/schema.js';
import { renderDiagnostics } from '../render/diagnostics-view.js';
import { findTask } from '../writeback/find-task.js';
import { changeStatus } from '../writeback/status-change.js';
import type { CommandContext, CommandResult } from './command-result.js';
import { lastOpenVersion } from './earlier-version.js';
import { resolveInputs } from './load.js';
import { placeLines, rollupLines } from './writeback-report.js';

/** Options of the status commands; `today` is already resolved by the CLI (see today.ts). */
export interface SetStatusOptions {
  dryRun?: boolean;
  reason?: string;
  verbose?: boolean;
  today: string;
}

/** The state each command sets. */
export const COMMAND_STATUS: Readonly<Record<'done' | 'start' | 'block' | 'reopen', Status>> = {
  done: 'done',
  start: 'in_progress',
  block: 'blocked',
  reopen: 'todo',
};

/** Runs a status command for `query` over the given files (or the discovered documents). */
export async function setStatusCommand(
  target: Status,
  query: string,
  files: readonly string[],
  options: SetStatusOptions,
  ctx: CommandContext,
): Promise<CommandResult> {
  const paths = await resolveInputs(files, ctx.cwd);
  const loaded = new Map<Sprint, LoadedFile>();
  for (const path of paths) {
    const file = readDocumentRelativeSync(path, ctx.cwd);
    loaded.set(modelOf(file.text, path, ctx, options.dryRun === true), file);
  }
  const { sprint, task: found } = findTask(query, [...loaded.keys()]);
  const file = loaded.get(sprint)!;
  // reopen gives back the words the task had before it was done, where git remembers them.
  const earlier = target === 'todo' ? await lastOpenVersion(file.path, ctx.cwd, found.key) : null;
  const plan = (text: string, model: Sprint) => {
    const { task } = findTask(query, [model]);
    const request = { task, target, ...(options.reason === undefined ? {} : { reason: options.reason }), ...(earlier ? { earlier } : {}) };
    return changeStatus(text, model, request, options.today);
  };
  if (options.dryRun) {
    const outcome = plan(file.text, sprint);
    const stderr = notesOf(outcome, options);
    if (outcome.text === file.text) return { stdout: `${nothingLeft(query, sprint, target, outcome.nothingToDo)}\n`, stderr, exitCode: 0 };
    return { stdout: unifiedDiff(file.text, outcome.text, { fromFile: sprint.file, toFile: sprint.file }), stderr, exitCode: 0 };
  }
  // Under the document's lock: re-read, and re-plan on what is there now if another writer got in first.
  const outcome = await withDocumentLock(file.path, ctx.cwd, async () => {
    const current = readDocumentRelativeSync(file.path, ctx.cwd);
    const result = current.hash === file.hash ? plan(file.text, sprint) : plan(current.text, buildSprint(current.text, sprint.file));
    if (result.text !== current.text) {
      await writeDocumentRelative(current, ctx.cwd, result.text);
      if (ctx.models) keepModel(ctx.models, result.text, sprint.file, result.model);
    }
    return { ...result, unchanged: result.text === current.text };
  });
  const stderr = notesOf(outcome, options);
  if (outcome.unchanged) return { stdout: `${nothingLeft(query, sprint, target, outcome.nothingToDo)}\n`, stderr, exitCode: 0 };
  const lines = [...placeLines(sprint.file, outcome.changed), ...rollupLines(sprint.file, outcome.rollups)];
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr, exitCode: 0 };
}

/**
 * The model of a document: kept by an earlier status command on the same bytes (io/model-cache.ts),
 * or read now. A dry run keeps what it read for the command that follows it; a write keeps the
 * model of what it wrote instead.
 */
function modelOf(text: string, file: string, ctx: CommandContext, keep: boolean): Sprint {
  const cached = ctx.models ? cachedModel(ctx.models, text, file) : null;
  if (cached) return cached;
  const model = buildSprint(text, file);
  if (keep && ctx.models) keepModel(ctx.models, text, file, model);
  return model;
}

/** What the user should know about the change (notes, and with --verbose the document's diagnostics). */
function notesOf(outcome: ReturnType<typeof changeStatus>, options: SetStatusOptions): string {
  return [...outcome.notes.map((n) => `sprint: note: ${n}\n`), options.verbose ? renderDiagnostics(outcome.diagnostics) : ''].join('');
}

/**
 * The message when nothing had to change: only true when the task already reads in the requested
 * state. A task that still reads otherwise (its status comes from somewhere no edit reaches) is a
 * refusal, exit 2, never "nothing to change" with exit 0.
 */
function nothingLeft(query: string, sprint: Sprint, target: Status, said: string | null): string {
  const { task } = findTask(query, [sprint]);
  if (task.status !== target && !(target === 'todo' && task.status === 'todo')) {
    throw usageError(
      `${task.id ?? `"${task.title}"`} reads as ${task.status.replace('_', ' ')} and no place the document writes its status could make it ${target.replace('_', ' ')}; nothing was written`,
    );
  }
  return said ?? 'nothing to change';
}
