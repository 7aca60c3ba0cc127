/**
 * `sprint sync [files…]`: bring every derived number of each document up to date (rollups,
 * progress bars, days left, generated blocks) and write the documents that were stale.
 * `--check` writes nothing and exits 1 with the diff when a document is stale: the CI mode.
 */
import { unifiedDiff } from '../edit/diff.js';
import { applyEdits, lineOfOffset } from '../edit/edit.js';
import { buildSprint } from '../reader/index.js';
import type { GeneratedBlockName } from '../parse/generated-markers.js';
import { planGeneratedBlockInsert } from '../writeback/generated-block-insert.js';
import type { LoadedFile } from '../io/read-document.js';
import { withDocumentLock } from '../io/document-lock.js';
import { computeProgress } from '../metrics/progress.js';
import { defaultVocabulary } from '../parse/vocab/index.js';
import { jobCharts } from './job-charts.js';
import { jobSummary, problemAnnotations } from '../render/github.js';
import { examine } from '../writeback/doctor.js';
import type { BurndownReport } from '../metrics/burndown-report.js';
import { findGeneratedRegions } from '../parse/generated-markers.js';
import { gitBlockReport } from './sprint-reports.js';
import { readDocumentRelativeSync } from '../io/read-relative.js';
import { writeDocumentRelative } from '../io/write-relative.js';
import type { Diagnostic } from '../model/schema.js';
import { renderDiagnostics } from '../render/diagnostics-view.js';
import { syncDocument } from '../writeback/run-sync.js';
import { rewrittenLines } from '../writeback/rewritten-lines.js';
import { githubOutput, type CommandContext, type CommandResult } from './command-result.js';
import { resolveInputs } from './load.js';
import { rollupLines } from './writeback-report.js';

/** Options of `sync`; `today` is already resolved by the CLI (see today.ts). */
export interface SyncOptions {
  check?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  today: string;
  /** `--insert burndown|velocity`: add an empty marker pair first (after the progress section), then fill it. */
  insert?: GeneratedBlockName;
  /** `github` (annotations and a job summary), `text`, or `auto` (github when GITHUB_ACTIONS=true). */
  format?: string;
  /** Generated blocks show the burn-down rebuilt from the file's git history. */
  git?: boolean;
}

/** Runs `sync` over the given files (or the discovered documents). */
export async function syncCommand(files: readonly string[], options: SyncOptions, ctx: CommandContext): Promise<CommandResult> {
  const paths = await resolveInputs(files, ctx.cwd);
  const planned: Array<{ path: string; file: LoadedFile; text: string; lines: string[] }> = [];
  const diagnostics: Diagnostic[] = [];
  const notes: string[] = [];
  // Everything is computed before anything is written, so a refusal leaves every file untouched.
  for (const path of paths) {
    const file = readDocumentRelativeSync(path, ctx.cwd);
    const fromGit = options.git && hasGeneratedBlock(file.text, options) ? await gitBlockReport(buildSprint(file.text, path), ctx.cwd) : undefined;
    if (fromGit?.note) notes.push(`sprint: note: ${fromGit.note}\n`);
    const report = fromGit?.report;
    const plan = planSync(file.text, path, options, report);
    diagnostics.push(...plan.diagnostics);
    planned.push({ path, file, text: plan.text, lines: plan.lines });
  }
  const stale = planned.filter((p) => p.text !== p.file.text);
  const left = diagnostics.filter((d) => d.code === 'fragment-left').length;
  const stderr =
    notes.join('') +
    (options.verbose
      ? renderDiagnostics(diagnostics)
      : left > 0
        ? `sprint: ${left} derived ${left === 1 ? 'line was' : 'lines were'} left as ${left === 1 ? 'it is' : 'they are'} (--verbose says why)\n`
        : '');
  const count = (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`;

  if (options.check && githubOutput(options.format, ctx.env)) return githubCheck(planned, options.today, stderr);
  if (options.check || options.dryRun) {
    const diff = stale.map((p) => unifiedDiff(p.file.text, p.text, { fromFile: p.path, toFile: p.path })).join('');
    if (stale.length === 0) return { stdout: `${count(planned.length)} up to date\n`, stderr, exitCode: 0 };
    const summary = options.check
      ? `sprint: ${stale.length} of ${count(planned.length)} ${stale.length === 1 ? 'is' : 'are'} out of date; run \`sprint sync\` to update\n`
      : '';
    return { stdout: diff, stderr: stderr + summary, exitCode: options.check ? 1 : 0 };
  }
  for (const p of stale) {
    // Under the document's lock: if another writer changed it since it was read, sync what is there now.
    await withDocumentLock(p.path, ctx.cwd, async () => {
      const current = readDocumentRelativeSync(p.path, ctx.cwd);
      const report = options.git && current.hash !== p.file.hash ? (await gitBlockReport(buildSprint(current.text, p.path), ctx.cwd)).report : undefined;
      const text = current.hash === p.file.hash ? p.text : planSync(current.text, p.path, options, report).text;
      if (text !== current.text) await writeDocumentRelative(current, ctx.cwd, text);
    });
  }
  const lines = stale.flatMap((p) => p.lines);
  const summary =
    stale.length === 0 ? `${count(planned.length)} up to date` : `${count(stale.length)} updated, ${planned.length - stale.length} already up to date`;
  return { stdout: [...lines, summary].map((l) => `${l}\n`).join(''), stderr, exitCode: 0 };
}

/** What sync makes of one document's text: the new text, the report lines, and the diagnostics. */
function planSync(text: string, path: string, options: SyncOptions, report?: BurndownReport): { text: string; lines: string[]; diagnostics: Diagnostic[] } {
  const inserted = options.insert ? planGeneratedBlockInsert(text, buildSprint(text, path), options.insert) : null;
  const start = inserted ? applyEdits(text, inserted.edits) : text;
  const outcome = syncDocument(start, path, options.today, buildSprint(start, path), report);
  const insertLine = inserted?.edits.length
    ? [`${path}:${lineOfOffset(start, inserted.edits[0]!.start + inserted.edits[0]!.text.search(/<!--/)).line}  inserted the ${options.insert} block`]
    : [];
  return {
    text: outcome.text,
    lines: [...insertLine, ...rollupLines(path, rewrittenLines(start, outcome.text, outcome.edits))],
    diagnostics: [...(inserted?.diagnostics ?? []), ...outcome.diagnostics],
  };
}

/**
 * `sync --check` in GitHub Actions: an `::error` annotation at every stale line (found by the same
 * code doctor uses) and a job summary with each document's progress and what is stale.
 */
function githubCheck(planned: ReadonlyArray<{ path: string; file: LoadedFile }>, today: string, stderr: string): CommandResult {
  const vocab = defaultVocabulary();
  const sprints = planned.map((p) => buildSprint(p.file.text, p.path));
  const problems = planned.flatMap((p, i) => examine(p.file.text, sprints[i]!, today, vocab).filter((x) => x.rule === 'stale-number'));
  const summary = jobSummary('sprint sync --check', sprints, sprints.map(computeProgress), problems, jobCharts(sprints, today));
  const tail = problems.length > 0 ? `sprint: ${problems.length} stale ${problems.length === 1 ? 'number' : 'numbers'}; run \`sprint sync\` to update\n` : '';
  return { stdout: problemAnnotations(problems), stderr: stderr + tail, exitCode: problems.length > 0 ? 1 : 0, summary };
}

/** Whether the document has (or --insert adds) a generated block, the only thing --git changes. */
function hasGeneratedBlock(text: string, options: SyncOptions): boolean {
  return options.insert !== undefined || findGeneratedRegions(text).length > 0;
}
