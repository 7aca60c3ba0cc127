/**
 * `Key: value` lines ("**Sprint Goal:** …", "- **Статус**: ⏳ Запланировано", "Status: Complete",
 * "> **Current Day**: Day 1 (2025-12-05)"): recognized by label vocabulary, with the value's exact span.
 * The label comes from the line's phrasing: a leading `strong` node is the label (its colon inside
 * or just after it), else the visible text before the first colon that stands in plain text (not in
 * inline code or a link).
 */
import type { Inline, SourceLine } from '../parse/outline.js';
import { firstVisible, plainBetween, plainText } from '../parse/phrasing.js';
import { findPhrase, fold, stripInline } from '../parse/recognize/text.js';
import type { FieldName, Vocabulary } from '../parse/vocab/index.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** A recognized field line: what it means, its label as written, and where its value sits. */
export interface FieldLine {
  field: FieldName | null;
  label: string;
  value: string;
  /** The value's visible text (markup read from the line's phrasing): what recognizers read. */
  plain: string;
  valueStart: number;
  valueEnd: number;
  line: number;
}

const COLON = /[:：]/;
/** The longest label a field line has; a longer run before a colon is a sentence. */
const MAX_LABEL = 60;

/** Parses one line as `Key: value`; `field` is null when the label is not in the vocabulary. */
export function parseFieldLine(line: SourceLine, vocab: Vocabulary): FieldLine | null {
  // The walk asks this of the same line several times (a list's first lines, a label, metadata):
  // one answer per line object and vocabulary, frozen because it is shared.
  const known = FIELD_OF_LINE.get(line);
  if (known?.vocab === vocab) return known.field;
  const field = readFieldLine(line, vocab);
  FIELD_OF_LINE.set(line, { vocab, field: field && Object.freeze(field) });
  return field;
}

const FIELD_OF_LINE = new WeakMap<SourceLine, { vocab: Vocabulary; field: FieldLine | null }>();

function readFieldLine(line: SourceLine, vocab: Vocabulary): FieldLine | null {
  const found = line.inline.length > 0 ? fromPhrasing(line) : fromLiteral(line);
  if (!found) return null;
  const label = found.label.replace(/\s+/g, ' ').trim();
  if (!label || label.length > MAX_LABEL || label.includes('|') || /^(https?|ftp|mailto)$/i.test(label)) return null;
  let { valueStart, valueEnd } = found;
  const at = (o: number) => line.text[o - line.start] ?? '';
  while (valueStart < valueEnd && /\s/.test(at(valueStart))) valueStart++;
  while (valueEnd > valueStart && /\s/.test(at(valueEnd - 1))) valueEnd--;
  const value = line.text.slice(valueStart - line.start, valueEnd - line.start);
  // "10:30" is a time, not a field labelled "10".
  if (/\d{1,2}$/.test(label) && /^\d/.test(value)) return null;
  const plain = line.inline.length > 0 ? plainBetween(line.inline, valueStart, valueEnd, line) : value.trim();
  return { field: fieldOfLabel(label, vocab), label, value, plain, valueStart, valueEnd, line: line.line };
}

/** A label and value span from the line's phrasing nodes. */
function fromPhrasing(line: SourceLine): { label: string; valueStart: number; valueEnd: number } | null {
  const nodes = line.inline.filter((n) => n.end > line.start);
  const lead = firstVisible(nodes);
  if (!lead) return null;
  const src = (s: number, e: number) => line.text.slice(s - line.start, e - line.start);
  if (lead.type === 'strong') {
    const inner = plainText(lead.children ?? [], line);
    // "**Status:** Done" / "**Status**: Done" / "**Status: Done**".
    if (/[:：]$/.test(inner)) return { label: inner.slice(0, -1), valueStart: lead.end, valueEnd: line.end };
    const after = src(lead.end, line.end);
    const colon = /^\s*[:：]/.exec(after);
    if (colon) return { label: inner, valueStart: lead.end + colon[0].length, valueEnd: line.end };
    const split = colonInText(lead.children ?? [], line);
    if (split === null) return null;
    const label = inner.split(COLON)[0]!;
    const close = lead.end - 2;
    return { label, valueStart: split + 1, valueEnd: after.trim() ? line.end : close };
  }
  // "Status: Done": the first colon, where it stands in plain text before any other markup.
  const split = colonInText(nodes.slice(nodes.indexOf(lead)), line);
  if (split === null) return null;
  return { label: plainBetween(line.inline, line.start, split, line), valueStart: split + 1, valueEnd: line.end };
}

/**
 * The offset of the first colon in the leading text nodes of `nodes` on this line (searching
 * the source, so escapes and entities do not shift it); null when markup comes first.
 */
function colonInText(nodes: readonly Inline[], line: SourceLine): number | null {
  for (const n of nodes) {
    if (n.type !== 'text') return null;
    const s = Math.max(n.start, line.start);
    const e = Math.min(n.end, line.end);
    const i = line.text.slice(s - line.start, e - line.start).search(COLON);
    if (i >= 0) return s + i;
  }
  return null;
}

/** A literal line (code, front matter): `Key: value` by its text. */
function fromLiteral(line: SourceLine): { label: string; valueStart: number; valueEnd: number } | null {
  const m = /^(\s*)([^:\n|]{1,60}?)\s*[:：]/.exec(line.text);
  if (!m) return null;
  return { label: m[2]!, valueStart: line.start + m[0].length, valueEnd: line.end };
}
/**
 * The meaning of a label: a whole-label match after folding, else a standup question asked as a
 * sentence, else a date field named by the label's leading words; null for any other label.
 */
export function fieldOfLabel(label: string, vocab: Vocabulary): FieldName | null {
  const folded = fold(stripInline(label)).trim();
  const l = folded
    .replace(/[?？]+$/, '')
    .replace(/\s*\(.*\)$/, '')
    .trim();
  return labelMap(vocab).get(l) ?? standupQuestionOf(folded, vocab) ?? qualifiedDateField(l, vocab);
}

const LABELS = new WeakMap<Vocabulary, ReadonlyMap<string, FieldName>>();

/** Label → meaning, the first spelling of each label winning, built once per vocabulary. */
function labelMap(vocab: Vocabulary): ReadonlyMap<string, FieldName> {
  let map = LABELS.get(vocab);
  if (!map) {
    const m = new Map<string, FieldName>();
    for (const f of vocab.fields) if (!m.has(f.label)) m.set(f.label, f.field);
    LABELS.set(vocab, m);
    map = m;
  }
  return map;
}

/**
 * Rule: a label that asks a question (it ends with "?" or starts with a question word) and names
 * a day or an obstacle asks that standup question: "Vad jobbade du med igår?" is yesterday's
 * work, "What we need to do today" today's plan, "What challenges we expect" the blockers. The
 * first such word in the label decides.
 */
function standupQuestionOf(label: string, vocab: Vocabulary): FieldName | null {
  const { questions, keywords } = vocab.standupQuestions;
  const asks = /[?？]$/.test(label) || questions.some((q) => label.startsWith(q) && !lettersRe`[\p{L}\p{N}]`.test(label.charAt(q.length)));
  if (!asks || label.length > 120) return null;
  let best: { at: number; field: FieldName } | null = null;
  for (const [field, words] of Object.entries(keywords) as Array<[FieldName, readonly string[]]>) {
    for (const w of words) {
      const at = findPhrase(label, w);
      if (at >= 0 && (best === null || at < best.at)) best = { at, field };
    }
  }
  return best?.field ?? null;
}

/**
 * Rule: a date field's label may carry a qualifier after its own words ("Start Date (planned)",
 * "Data Início Execução", "Fecha de inicio real"): up to two trailing words are dropped to find it.
 */
function qualifiedDateField(label: string, vocab: Vocabulary): FieldName | null {
  const words = label.split(/\s+/);
  for (let drop = 1; drop <= 2 && words.length - drop >= 1; drop++) {
    const f = labelMap(vocab).get(words.slice(0, words.length - drop).join(' '));
    if (f && vocab.qualifiedDateFields.includes(f)) return f;
  }
  return null;
}
