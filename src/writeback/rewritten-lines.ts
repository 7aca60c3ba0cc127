/**
 * Which derived lines an update rewrote, for the report of `sync` and the status commands: each
 * line's text before and after, and what rewrote it. Multi-line rewrites (generated blocks) are
 * flagged so the report names them instead of quoting half a table.
 */
import type { Edit } from '../edit/edit.js';
import { lineBounds, lineOf } from './text-lines.js';

/** A derived line the change rewrote, old and new, for the report. */
export interface ChangedLine {
  line: number;
  before: string;
  after: string;
  /** What rewrote it ("completion-line at line 11", "burndown block at line 40"). */
  label: string;
  /** The edit spans several lines (a generated block): `before`/`after` show only its first line. */
  multiline: boolean;
}

/** The lines the updaters rewrote, before and after (trimmed), in line order. */
export function rewrittenLines(before: string, after: string, edits: readonly Edit[]): ChangedLine[] {
  const real = edits.filter((e) => before.slice(e.start, e.end) !== e.text).sort((a, b) => a.start - b.start);
  const out: ChangedLine[] = [];
  let shift = 0;
  const seen = new Set<number>();
  for (const e of real) {
    const line = lineOf(before, e.start);
    const [ls, le] = lineBounds(before, e.start);
    if (!seen.has(line)) {
      seen.add(line);
      const [ns, ne] = lineBounds(after, e.start + shift);
      const multiline = /\n/.test(e.text) || /\n/.test(before.slice(e.start, e.end));
      out.push({ line, before: before.slice(ls, le).trim(), after: after.slice(ns, ne).trim(), label: e.label ?? 'rollup', multiline });
    }
    shift += e.text.length - (e.end - e.start);
  }
  return out;
}
