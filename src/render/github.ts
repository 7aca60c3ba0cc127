/**
 * GitHub Actions output: workflow-command annotations (`::error file=…,line=…,title=…::message`)
 * that GitHub shows on the pull request at the exact line, and the Markdown job summary appended to
 * `$GITHUB_STEP_SUMMARY`. Escaping follows the workflow-command rules: `%`, CR and LF in every
 * part, and `:` and `,` in property values.
 */
import type { Problem } from '../model/problem.js';
import type { Sprint } from '../model/schema.js';
import type { Progress } from '../metrics/progress.js';
import { effortFraction, percent } from './numbers.js';

/** One annotation line. */
export function annotation(level: 'error' | 'warning' | 'notice', file: string, line: number, title: string, message: string): string {
  return `::${level} file=${prop(file)},line=${line},title=${prop(title)}::${data(message)}`;
}

/** Annotations for doctor's findings (errors, warnings, notes as notices). */
export function problemAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((p) => annotation(p.severity === 'info' ? 'notice' : p.severity, p.file, p.line, `sprint: ${p.rule}`, p.message))
    .map((l) => `${l}\n`)
    .join('');
}

/** The job summary: a progress table of the documents, their burn-down charts (`charts[i]`, Markdown), and what is stale or wrong. */
export function jobSummary(
  title: string,
  sprints: readonly Sprint[],
  progress: readonly Progress[],
  problems: readonly Problem[],
  charts: ReadonlyArray<string | null> = [],
): string {
  const rows = sprints.map((s, i) => {
    const p = progress[i]!;
    const active = p.tasks.total - p.tasks.cancelled;
    const effort = p.effort ? `${effortFraction(p.effort)} ${p.effort.unit}` : '—';
    return `| ${cell(s.metadata.title ?? s.file)} | \`${cell(s.file)}\` | ${p.tasks.done}/${active} (${percent(p.tasks.done, active)}%) | ${effort} |`;
  });
  const lines = [`## ${title}`, '', '| Document | File | Tasks done | Effort done |', '|---|---|---:|---:|', ...rows, ''];
  sprints.forEach((s, i) => {
    const chart = charts[i];
    if (chart) lines.push(`<details><summary>Burn-down: ${cell(s.metadata.title ?? s.file)}</summary>`, '', chart, '', '</details>', '');
  });
  if (problems.length > 0) {
    lines.push(`### ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`, '');
    for (const p of problems) lines.push(`- \`${cell(p.file)}:${p.line}\` **${p.rule}**: ${cell(p.message)}`);
    lines.push('');
  } else lines.push('Every derived number is up to date.', '');
  return `${lines.join('\n')}\n`;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
