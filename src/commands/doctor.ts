/**
 * `sprint doctor [files…]`: lists every problem of the documents like a linter; `--fix` applies the
 * safe repairs (mojibake, stale numbers) as minimal edits and prints the diff, `--fix --dry-run`
 * only prints it. Exit 1 when a problem of severity error remains.
 */
import { unifiedDiff } from '../edit/diff.js';
import { usageError } from '../errors.js';
import { withDocumentLock } from '../io/document-lock.js';
import { readDocumentRelativeSync } from '../io/read-relative.js';
import { writeDocumentRelative } from '../io/write-relative.js';
import { defaultVocabulary } from '../parse/vocab/index.js';
import { buildSprint } from '../reader/index.js';
import { computeProgress } from '../metrics/progress.js';
import { problemsJson, renderProblems } from '../render/doctor-view.js';
import { jobCharts } from './job-charts.js';
import { jobSummary, problemAnnotations } from '../render/github.js';
import { toJsonText } from '../render/json.js';
import type { Problem } from '../model/problem.js';
import { DOCTOR_RULES, examine, planDoctorFix } from '../writeback/doctor.js';
import { githubOutput, type CommandContext, type CommandResult } from './command-result.js';
import { resolveInputs } from './load.js';

/** Options of `doctor`; `today` is resolved by the CLI. */
export interface DoctorOptions {
  json?: boolean;
  fix?: boolean;
  dryRun?: boolean;
  /** Only these rules (comma-separated). */
  rule?: string;
  /** Not these rules (comma-separated). */
  ignore?: string;
  today: string;
  /** `github` (annotations and a job summary), `text`, or `auto` (github when GITHUB_ACTIONS=true). */
  format?: string;
}

/** Runs `doctor` on the given files (or the discovered documents). */
export async function doctorCommand(files: readonly string[], options: DoctorOptions, ctx: CommandContext): Promise<CommandResult> {
  const keep = ruleFilter(options);
  const vocab = defaultVocabulary();
  const paths = await resolveInputs(files, ctx.cwd);
  const problems: Problem[] = [];
  let diff = '';
  for (const path of paths) {
    let file = readDocumentRelativeSync(path, ctx.cwd);
    if (options.fix) {
      const fixed = planDoctorFix(file.text, path, options.today);
      if (fixed.text !== file.text) {
        diff += unifiedDiff(file.text, fixed.text, { fromFile: path, toFile: path });
        if (!options.dryRun) {
          await withDocumentLock(path, ctx.cwd, async () => {
            const current = readDocumentRelativeSync(path, ctx.cwd);
            const text = current.hash === file.hash ? fixed.text : planDoctorFix(current.text, path, options.today).text;
            await writeDocumentRelative(current, ctx.cwd, text);
          });
          file = readDocumentRelativeSync(path, ctx.cwd);
        }
      }
    }
    problems.push(...examine(file.text, buildSprint(file.text, path), options.today, vocab).filter((p) => keep(p.rule)));
  }
  const failing = problems.some((p) => p.severity === 'error');
  if (!options.json && githubOutput(options.format, ctx.env)) {
    const sprints = paths.map((p) => buildSprint(readDocumentRelativeSync(p, ctx.cwd).text, p));
    const summary = jobSummary('sprint doctor', sprints, sprints.map(computeProgress), problems, jobCharts(sprints, options.today));
    return { stdout: diff + problemAnnotations(problems), exitCode: failing ? 1 : 0, summary };
  }
  const report = options.json ? toJsonText(problemsJson(problems)) : renderProblems(problems, ctx.painter);
  const stdout = options.fix ? `${diff}${diff && !options.json ? '\n' : ''}${report}` : report;
  return { stdout, exitCode: failing ? 1 : 0 };
}

/** `--rule` / `--ignore` as a test on a rule name; unknown names are a usage error. */
function ruleFilter(options: DoctorOptions): (rule: string) => boolean {
  const parse = (v: string | undefined) =>
    v === undefined
      ? null
      : v
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean);
  const only = parse(options.rule);
  const skip = parse(options.ignore) ?? [];
  for (const r of [...(only ?? []), ...skip]) {
    if (!DOCTOR_RULES.includes(r)) throw usageError(`unknown rule "${r}" (rules: ${DOCTOR_RULES.join(', ')})`);
  }
  return (rule) => (only === null || only.includes(rule)) && !skip.includes(rule);
}
