/**
 * The edit engine. `sprint` never re-serializes a document: every change is an `Edit` on the
 * original string, located from parser positions, verified against the text it expects to
 * replace, and applied with all offsets referring to the original (the models are markdownlint's
 * applyFixes and changesets' updateChangelog). Pure: no fs, no process.
 *
 * Offsets are UTF-16 code units, exactly as JavaScript strings index them.
 */

import { conflictError } from '../errors.js';

/** One change to a document: replace [start, end) of the original text with `text`. */
export interface Edit {
  /** First UTF-16 code unit replaced (inclusive). */
  start: number;
  /** Code unit after the last one replaced (exclusive); `start === end` is an insertion. */
  end: number;
  /** Replacement text. */
  text: string;
  /** Exact text that must sit at [start, end) now; if it differs, the document changed since it was parsed. */
  expect?: string;
  /** Human description for messages, e.g. "status of 4.3 at line 46". */
  label?: string;
}

/** Turns an offset into a 1-based line and column for messages (a `\r\n` is one line ending). */
export function lineOfOffset(source: string, offset: number): { line: number; column: number } {
  const at = Number.isFinite(offset) ? Math.max(0, Math.min(Math.floor(offset), source.length)) : 0;
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** The offset of a 1-based line and column (the inverse of lineOfOffset), or null when the source has no such line. */
export function offsetOfLine(source: string, line: number, column: number): number | null {
  let start = 0;
  for (let l = 1; l < line; l++) {
    start = source.indexOf('\n', start) + 1;
    if (start === 0) return null;
  }
  return start + column - 1;
}

/** Applies non-overlapping, verified edits to `source`; throws a 'conflict' SprintError on any problem. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const plan = planEdits(source, edits);
  if (plan.length === 0) return source;
  // Every offset refers to the original text, so one forward pass that copies the untouched
  // gaps and the replacements gives the same result as applying bottom-up, in linear time.
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of plan) {
    parts.push(source.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(source.slice(cursor));
  return parts.join('');
}

/** The edits that turn `applyEdits(source, edits)` back into `source` (for undo and for property tests). */
export function invertEdits(source: string, edits: readonly Edit[]): Edit[] {
  const inverse: Edit[] = [];
  let shift = 0; // how far the edits so far moved later offsets
  for (const edit of planEdits(source, edits)) {
    const start = edit.start + shift;
    const undo: Edit = {
      start,
      end: start + edit.text.length,
      text: source.slice(edit.start, edit.end),
      expect: edit.text,
    };
    if (edit.label !== undefined) undo.label = `undo ${edit.label}`;
    shift += edit.text.length - (edit.end - edit.start);
    // Edits that touch in the original can touch in the result too (two deletions side by side
    // become two insertions at one offset, which applyEdits rightly refuses): merge them.
    const previous = inverse[inverse.length - 1];
    if (previous !== undefined && previous.end === undo.start) {
      previous.end = undo.end;
      previous.text += undo.text;
      previous.expect = (previous.expect ?? '') + undo.expect;
      if (undo.label !== undefined) {
        previous.label = previous.label === undefined ? undo.label : `${previous.label}; ${undo.label}`;
      }
    } else {
      inverse.push(undo);
    }
  }
  return inverse;
}

/** Validates every edit, refuses overlaps, drops no-ops; returns the rest sorted by position. */
function planEdits(source: string, edits: readonly Edit[]): Edit[] {
  for (const edit of edits) validate(source, edit);
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index)
    .map(({ edit }) => edit);
  // Sorted by (start, end) and conflict-free so far, the previous edit has the largest end,
  // so checking neighbours finds the first conflict.
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    const bothInsertionsHere = previous.start === previous.end && current.start === current.end && current.start === previous.start;
    const intersect = current.start < previous.end && (current.start < current.end || current.start > previous.start);
    if (bothInsertionsHere || intersect) {
      const why = bothInsertionsHere ? 'insert at the same place, so their order is ambiguous' : 'overlap';
      throw conflictError(`Edits ${describe(source, previous)} and ${describe(source, current)} ${why}; refusing to apply either.`);
    }
  }
  return sorted.filter((edit) => source.slice(edit.start, edit.end) !== edit.text);
}

/** Throws unless the edit is well-formed, in range, on code-point boundaries and finds what it expects. */
function validate(source: string, edit: Edit): void {
  const { start, end, text, expect } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > source.length) {
    throw conflictError(
      `Edit ${describe(source, edit)} has range ${String(start)}..${String(end)}, outside the document (${source.length} characters); it was located in another version of the file.`,
    );
  }
  if (typeof text !== 'string' || (expect !== undefined && typeof expect !== 'string')) {
    throw conflictError(`Edit ${describe(source, edit)} has no replacement text.`);
  }
  if (splitsSurrogatePair(source, start) || splitsSurrogatePair(source, end)) {
    throw conflictError(`Edit ${describe(source, edit)} would cut a character in half (its range splits a surrogate pair).`);
  }
  if (expect !== undefined) {
    const found = source.slice(start, end);
    if (found !== expect) {
      throw conflictError(`Edit ${describe(source, edit)} expected ${quote(expect)} but found ${quote(found)}; the file changed since it was read.`);
    }
  }
}

/** True when `offset` falls between the two halves of an astral character. */
function splitsSurrogatePair(source: string, offset: number): boolean {
  if (offset <= 0 || offset >= source.length) return false;
  const before = source.charCodeAt(offset - 1);
  const after = source.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** "\"status of 4.3\" (line 46, column 12)" — the label if any, and where the edit starts. */
function describe(source: string, edit: Edit): string {
  const { line, column } = lineOfOffset(source, edit.start);
  const name = edit.label === undefined ? 'at' : `"${edit.label}" at`;
  return `${name} line ${line}, column ${column}`;
}

/** A short JSON-quoted excerpt, so CR, tabs and long cells stay on one readable line. */
function quote(text: string): string {
  const max = 60;
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
