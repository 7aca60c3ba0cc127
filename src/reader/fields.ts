/**
 * `Key: value` lines ("**Sprint Goal:** …", "- **Статус**: ⏳ Запланировано", "Status: Complete",
 * "> **Current Day**: Day 1 (2025-12-05)"): recognized by label vocabulary, with the value's exact span.
 */
import type { SourceLine } from '../parse/outline.js';
import { fold, stripInline } from '../parse/recognize/text.js';
import type { FieldName, Vocabulary } from '../parse/vocab/index.js';

/** A recognized field line: what it means, its label as written, and where its value sits. */
export interface FieldLine {
  field: FieldName | null;
  label: string;
  value: string;
  valueStart: number;
  valueEnd: number;
  line: number;
}

const FIELD_RE = /^(\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?\s*)([^:*_\n|]{1,60}?)(\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*|\s*[:：]\s*(?:\*\*|__)\s*)(.*)$/u;

/** Parses one line as `Key: value`; `field` is null when the label is not in the vocabulary. */
export function parseFieldLine(line: SourceLine, vocab: Vocabulary): FieldLine | null {
  const m = FIELD_RE.exec(line.text);
  if (!m) return null;
  const label = stripInline(m[2]!).replace(/\s+/g, ' ').trim();
  if (!label || /^(https?|ftp|mailto)$/i.test(label) || (/\d{1,2}$/.test(label) && /^\d/.test(m[4] ?? ''))) return null;
  let value = m[4]!;
  let valueStart = line.start + m[1]!.length + m[2]!.length + m[3]!.length;
  // Trailing hard-break spaces and closing emphasis are not part of the value.
  const trail = /(\s*(?:\*\*|__)?\s*)$/.exec(value)![1]!.length;
  value = value.slice(0, value.length - trail);
  const lead = /^(\*\*|__)/.exec(value);
  if (lead) {
    valueStart += 0;
  }
  return { field: fieldOfLabel(label, vocab), label, value, valueStart, valueEnd: valueStart + value.length, line: line.line };
}

/** The meaning of a label (whole-label match after folding), or null. */
export function fieldOfLabel(label: string, vocab: Vocabulary): FieldName | null {
  const l = fold(stripInline(label))
    .replace(/[?？]+$/, '')
    .replace(/\s*\(.*\)$/, '')
    .trim();
  for (const f of vocab.fields) if (f.label === l) return f.field;
  return null;
}
