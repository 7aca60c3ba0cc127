/**
 * `sprint doctor`: every problem of a document as a lint finding (`file:line:col rule message`),
 * and the safe repairs. Pure: text, model and "today" in. Three sources, one list:
 *
 * - what the reader noticed (its diagnostics: encoding, rows with missing cells, unknown status
 *   words and estimates, unknown dependencies, unclosed generated blocks, too-deep nesting);
 * - stale derived numbers, found by the same code as `sync` (so `doctor` and `sync --check` never
 *   disagree): each line `sync` would rewrite is a finding, fixable;
 * - structure the model shows: a parent whose written status contradicts its children, an item
 *   whose status is written two ways at once, the same ID written with different titles in one table.
 *
 * The repair (`doctor --fix`) is mojibake turned back into the characters it stands for (exact:
 * only runs that decode to valid UTF-8) followed by `sync`.
 */
import { applyEdits, type Edit } from '../edit/edit.js';
import type { Problem } from '../model/problem.js';
import type { Sprint, Task } from '../model/schema.js';
import { mojibakeRuns } from '../parse/recognize/mojibake.js';
import { statusFromEmoji, statusFromWords } from '../parse/recognize/status.js';
import { normalizeForMatch } from '../parse/recognize/text.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import { buildSprint } from '../reader/index.js';
import { rewrittenLines } from './rewritten-lines.js';
import { syncDocument } from './run-sync.js';
import { lineOf } from './text-lines.js';

/** Rules the reader's diagnostics map to, and whether --fix repairs them. Codes not listed keep their code as the rule. */
const FROM_READER: Readonly<Record<string, { rule: string; fixable: boolean }>> = {
  mojibake: { rule: 'mojibake', fixable: true },
  'unknown-status': { rule: 'unknown-status', fixable: false },
  'unknown-estimate': { rule: 'unknown-estimate', fixable: false },
  'unclosed-generated-block': { rule: 'unclosed-block', fixable: false },
};

/** Every rule `doctor` knows, for `--rule` / `--ignore` and the README. */
export const DOCTOR_RULES: readonly string[] = [
  'stale-number',
  'mojibake',
  'replacement-char',
  'bom',
  'mixed-line-endings',
  'invisible-char',
  'row-cells',
  'unknown-status',
  'unknown-estimate',
  'unknown-dependency',
  'duplicate-id',
  'parent-status',
  'status-conflict',
  'unclosed-block',
  'too-deep',
  'unreadable',
  'no-tasks',
  'html-table',
  'unknown-directive',
  'unknown-checkbox',
];

/** All problems of one document, in line order. */
export function examine(text: string, sprint: Sprint, today: string, vocab: Vocabulary): Problem[] {
  const file = sprint.file;
  const out: Problem[] = [];
  for (const d of sprint.diagnostics) {
    if (d.code === 'mojibake') continue; // listed per line below, with the repaired text
    const known = FROM_READER[d.code];
    out.push({ file, line: d.line, column: d.column, rule: known?.rule ?? d.code, severity: d.severity, message: d.message, fixable: known?.fixable ?? false });
  }
  out.push(...mojibakeProblems(text, file), ...staleNumbers(text, sprint, today), ...structure(sprint, vocab));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One finding per line holding mojibake, showing what it stands for. */
function mojibakeProblems(text: string, file: string): Problem[] {
  const byLine = new Map<number, { column: number; runs: Array<{ raw: string; decoded: string }> }>();
  for (const run of mojibakeRuns(text)) {
    const line = lineOf(text, run.start);
    const column = run.start - text.lastIndexOf('\n', run.start - 1);
    const entry = byLine.get(line) ?? { column, runs: [] };
    entry.runs.push({ raw: text.slice(run.start, run.end), decoded: run.decoded });
    byLine.set(line, entry);
  }
  return [...byLine].map(([line, { column, runs }]) => ({
    file,
    line,
    column,
    rule: 'mojibake',
    severity: 'warning' as const,
    message: `UTF-8 read as Windows-1252: ${runs
      .slice(0, 3)
      .map((r) => `"${r.raw}" is ${r.decoded}`)
      .join(', ')}${runs.length > 3 ? ` and ${runs.length - 3} more` : ''}`,
    fixable: true,
  }));
}

/** The lines `sync` would rewrite, as they stand and as they should read. */
function staleNumbers(text: string, sprint: Sprint, today: string): Problem[] {
  if (sprint.diagnostics.some((d) => d.severity === 'error')) return [];
  let outcome: ReturnType<typeof syncDocument>;
  try {
    outcome = syncDocument(text, sprint.file, today, sprint);
  } catch {
    return []; // sync refuses this document; its own message says why when it is run
  }
  return rewrittenLines(text, outcome.text, outcome.edits).map((r) => ({
    file: sprint.file,
    line: r.line,
    column: 1,
    rule: 'stale-number',
    severity: 'error' as const,
    message: r.multiline ? `the ${r.label} is out of date` : `"${r.before}" should read "${r.after}"`,
    fixable: true,
  }));
}

/** Contradictions the model shows: parents against children, two statuses at once, one ID with two titles. */
function structure(sprint: Sprint, vocab: Vocabulary): Problem[] {
  const out: Problem[] = [];
  const byKey = new Map(sprint.tasks.map((t) => [t.key, t]));
  const at = (t: Task, rule: string, message: string, line = t.span.line) =>
    out.push({ file: sprint.file, line, column: 1, rule, severity: 'warning', message, fixable: false });
  for (const t of sprint.tasks) {
    const kids = t.children.map((k) => byKey.get(k)).filter((k): k is Task => k !== undefined && k.status !== 'cancelled');
    if (t.statusFrom === 'written' && kids.length > 0) {
      const allDone = kids.every((k) => k.status === 'done');
      if (t.status === 'done' && !allDone)
        at(t, 'parent-status', `${name(t)} is marked done but ${kids.filter((k) => k.status !== 'done').length} of its subtasks are not`);
      if (t.status !== 'done' && allDone) at(t, 'parent-status', `${name(t)} is marked ${t.status.replace('_', ' ')} but all its subtasks are done`);
    }
    for (const o of t.occurrences) {
      const raw = o.statusRaw ? normalizeForMatch(o.statusRaw) : ''; // visible text: the reader read the markup
      const emoji = raw ? statusFromEmoji(raw, vocab) : null;
      const words = raw ? statusFromWords(raw, vocab) : null;
      if (emoji?.strength === 'strong' && words && emoji.status !== words) {
        at(
          t,
          'status-conflict',
          `${name(t)} is written ${emoji.status.replace('_', ' ')} by its emoji and ${words.replace('_', ' ')} by its words ("${raw}")`,
          o.span.line,
        );
      }
    }
    const rows = t.occurrences.filter((o) => o.kind === 'table-row');
    for (let i = 1; i < rows.length; i++) {
      const a = rows[0]!;
      const b = rows[i]!;
      if (t.id && a.table === b.table && a.title.trim() && b.title.trim() && a.title.trim() !== b.title.trim()) {
        at(t, 'duplicate-id', `${t.id} names two items in one table: "${a.title}" (line ${a.span.line}) and "${b.title}"`, b.span.line);
      }
    }
  }
  return out;
}

function name(t: Task): string {
  return t.id ?? `"${t.title}"`;
}

/** What `doctor --fix` makes of a document: mojibake repaired, then every derived number synced. */
export function planDoctorFix(text: string, file: string, today: string): { text: string; edits: Edit[] } {
  const repairs: Edit[] = mojibakeRuns(text).map((r) => ({ start: r.start, end: r.end, text: r.decoded, label: 'mojibake' }));
  const repaired = applyEdits(text, repairs);
  const model = buildSprint(repaired, file);
  if (model.diagnostics.some((d) => d.severity === 'error')) return { text: repaired, edits: repairs };
  const synced = syncDocument(repaired, file, today, model);
  return { text: synced.text, edits: [...repairs, ...synced.edits] };
}
