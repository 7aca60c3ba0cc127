/**
 * How `done`/`start`/`block`/`reopen` and `sync` tell what they changed: one line per place,
 * `file:line  4.3  NOT STARTED → DONE`, and one per derived line, `file:11  35% (14/40 hours) →
 * 43% (17/40 hours)` — only the words that changed, so a long line stays readable.
 */
import type { Task } from '../model/schema.js';
import { normalizeForMatch } from '../parse/recognize/text.js';
import type { ChangedPlace } from '../writeback/plan-status-change.js';
import type { ChangedLine } from '../writeback/rewritten-lines.js';

/** Lines for the status places that changed, places of one task on one line merged. */
export function placeLines(file: string, changed: readonly ChangedPlace[]): string[] {
  const groups = new Map<string, { task: Task; line: number; before: string[]; after: string[]; because: string | null }>();
  for (const c of changed) {
    const key = `${c.task.key}\u0000${c.line}`;
    const g = groups.get(key) ?? { task: c.task, line: c.line, before: [], after: [], because: c.because };
    g.before.push(shown(c.before));
    g.after.push(shown(c.after));
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.line - b.line)
    .map(
      (g) =>
        `${file}:${g.line}  ${g.task.id ?? `"${g.task.title}"`}  ${g.before.join(' ') || '(blank)'} → ${g.after.join(' ')}${g.because ? `  (${g.because})` : ''}`,
    );
}

/** Lines for the derived lines that changed. */
export function rollupLines(file: string, rollups: readonly ChangedLine[]): string[] {
  return rollups.map((r) => {
    if (r.multiline) return `${file}:${r.line}  ${r.label} rewritten`;
    const [before, after] = changedWords(r.before, r.after);
    return `${file}:${r.line}  ${shown(before)} → ${shown(after)}`;
  });
}

/** The part of two lines that differs, widened to whole words. */
export function changedWords(before: string, after: string): [string, string] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (start > 0 && !/\s/.test(before[start - 1]!)) start--;
  // A short tail is shown whole ("35% (14/40 hours)"), a long one only up to the changed words.
  if (before.length - start <= 48 && after.length - start <= 48) return [before.slice(start), after.slice(start)];
  const widen = (s: string, e: number): number => {
    let x = s.length - e;
    while (x < s.length && !/\s/.test(s[x]!)) x++;
    return x;
  };
  return [before.slice(start, widen(before, end)), after.slice(start, widen(after, end))];
}

/** Status text as a person reads it: mojibake repaired, spacing folded. */
function shown(text: string): string {
  return normalizeForMatch(text);
}
