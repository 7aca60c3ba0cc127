/** How `doctor` prints its findings: one `file:line:col  rule  message` line each, a hint, a summary. */
import type { Problem } from '../model/problem.js';
import { JSON_SCHEMA_VERSION } from './json.js';
import type { Painter } from './painter.js';

/** What to do about each rule's findings. */
const HINTS: Readonly<Record<string, string>> = {
  'stale-number': 'run `sprint sync` or `sprint doctor --fix`',
  mojibake: 'run `sprint doctor --fix` to restore the characters',
  'replacement-char': 'the original characters are gone; restore them from git history',
  'mixed-line-endings': 'pick one line ending (e.g. `git config core.autocrlf`)',
  'invisible-char': 'retype the ID',
  'row-cells': 'give the row as many cells as the header: add empty `|  |` cells, or a header cell for the extra ones',
  'unknown-status': 'use a status word the document already uses, or add it to a legend',
  'unknown-dependency': 'name a task of this document, or remove the reference',
  'duplicate-id': 'give one of the two items another ID',
  'parent-status': "set the parent's status (or `sprint done` the subtasks)",
  'status-conflict': 'keep one of the two statuses',
  'unclosed-block': 'add the closing `<!-- /sprint:… -->` marker',
};

/** The findings for people: grouped by nothing, sorted by file and line, with a closing count. */
export function renderProblems(problems: readonly Problem[], painter: Painter): string {
  if (problems.length === 0) return 'no problems found\n';
  const lines = problems.map((p) => {
    const sev = p.severity === 'error' ? painter.red(p.rule) : p.severity === 'warning' ? painter.yellow(p.rule) : painter.dim(p.rule);
    const hint = HINTS[p.rule];
    return `${p.file}:${p.line}:${p.column}  ${sev}  ${p.message}${hint ? painter.dim(`  (${hint})`) : ''}`;
  });
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  const fixable = problems.filter((p) => p.fixable).length;
  const summary = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes)${fixable ? `; ${fixable} fixable with --fix` : ''}`;
  return `${lines.join('\n')}\n\n${summary}\n`;
}

/** `doctor --json`: `{schemaVersion, problems: [...]}`. */
export function problemsJson(problems: readonly Problem[]): { schemaVersion: number; problems: Problem[] } {
  return { schemaVersion: JSON_SCHEMA_VERSION, problems: [...problems] };
}
