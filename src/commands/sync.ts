/**
 * `sprint sync [files…]`: bring every derived number of each document up to date (rollups,
 * progress bars, days left, generated blocks) and write the documents that were stale.
 * `--check` writes nothing and exits 1 with the diff when a document is stale: the CI mode.
 */
import { unifiedDiff } from '../edit/diff.js';
import type { LoadedFile } from '../io/read-document.js';
import { readDocumentRelativeSync } from '../io/read-relative.js';
import { writeDocumentRelative } from '../io/write-relative.js';
import type { Diagnostic } from '../model/schema.js';
import { renderDiagnostics } from '../render/diagnostics-view.js';
import { syncDocument } from '../writeback/run-sync.js';
import { rewrittenLines } from '../writeback/rewritten-lines.js';
import type { CommandContext, CommandResult } from './command-result.js';
import { resolveInputs } from './load.js';
import { rollupLines } from './writeback-report.js';

/** Options of `sync`; `today` is already resolved by the CLI (see today.ts). */
export interface SyncOptions {
  check?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  today: string;
}

/** Runs `sync` over the given files (or the discovered documents). */
export async function syncCommand(files: readonly string[], options: SyncOptions, ctx: CommandContext): Promise<CommandResult> {
  const paths = await resolveInputs(files, ctx.cwd);
  const planned: Array<{ path: string; file: LoadedFile; text: string; lines: string[] }> = [];
  const diagnostics: Diagnostic[] = [];
  // Everything is computed before anything is written, so a refusal leaves every file untouched.
  for (const path of paths) {
    const file = readDocumentRelativeSync(path, ctx.cwd);
    const outcome = syncDocument(file.text, path, options.today);
    diagnostics.push(...outcome.diagnostics);
    planned.push({ path, file, text: outcome.text, lines: rollupLines(path, rewrittenLines(file.text, outcome.text, outcome.edits)) });
  }
  const stale = planned.filter((p) => p.text !== p.file.text);
  const left = diagnostics.filter((d) => d.code === 'fragment-left').length;
  const stderr = options.verbose
    ? renderDiagnostics(diagnostics)
    : left > 0 ? `sprint: ${left} derived ${left === 1 ? 'line was' : 'lines were'} left as ${left === 1 ? 'it is' : 'they are'} (--verbose says why)\n` : '';
  const count = (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`;

  if (options.check || options.dryRun) {
    const diff = stale.map((p) => unifiedDiff(p.file.text, p.text, { fromFile: p.path, toFile: p.path })).join('');
    if (stale.length === 0) return { stdout: `${count(planned.length)} up to date\n`, stderr, exitCode: 0 };
    const summary = options.check ? `sprint: ${stale.length} of ${count(planned.length)} ${stale.length === 1 ? 'is' : 'are'} out of date; run \`sprint sync\` to update\n` : '';
    return { stdout: diff, stderr: stderr + summary, exitCode: options.check ? 1 : 0 };
  }
  for (const p of stale) await writeDocumentRelative(p.file, ctx.cwd, p.text);
  const lines = stale.flatMap((p) => p.lines);
  const summary = stale.length === 0 ? `${count(planned.length)} up to date` : `${count(stale.length)} updated, ${planned.length - stale.length} already up to date`;
  return { stdout: [...lines, summary].map((l) => `${l}\n`).join(''), stderr, exitCode: 0 };
}
