/**
 * Estimate recognition: "4h", "0.5h", "2 days", "(3 points)", "5 SP", "1-2 días", "~152 hours",
 * "2-4 saat", or a bare number under a column whose header names the unit.
 */
import { letterPattern, lettersRe, type LetterPattern } from './letter-pattern.js';
import type { UnitName, Vocabulary } from '../vocab/index.js';
import { fold, stripInline } from './text.js';

/** A recognized estimate; a range keeps its bounds and uses the midpoint as its value. */
export interface EstimateMatch {
  value: number;
  unit: UnitName;
  raw: string;
  min: number;
  max: number;
  /** Offset of the match inside the text it was found in (after normalization). */
  index: number;
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;

let unitRegexFor: { vocab: Vocabulary; re: LetterPattern } | undefined;

function unitRegex(vocab: Vocabulary): LetterPattern {
  if (unitRegexFor?.vocab === vocab) return unitRegexFor.re;
  const words = vocab.units.map((u) => u.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = letterPattern(
    String.raw`(^|[^\p{L}\p{N}.])([~≈<>]?\s*)(${NUM})(?:\s*(?:-|–|—|to|a|à|bis|до)\s*(${NUM}))?\s*(${words.join('|')})(?!\p{L})(?!\p{N})`,
    'giu',
  );
  unitRegexFor = { vocab, re };
  return re;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

/** Finds the first "number + unit" estimate in free text. */
export function findEstimate(text: string, vocab: Vocabulary): EstimateMatch | null {
  const t = stripInline(text);
  const re = unitRegex(vocab);
  re.lastIndex = 0;
  for (const m of re.matchAll(t)) {
    const unitWord = fold(m[5] ?? '');
    const unit = vocab.units.find((u) => u.word === unitWord);
    if (!unit) continue;
    // "Sprint 1 - 3 hours", "Phase 2 – 4h": the first number is the code of the name before it, not a bound.
    const named = m[4] !== undefined && namesCode(t.slice(0, m.index + m[1]!.length), vocab);
    const lo = toNumber(named ? m[4]! : m[3]!) * unit.factor;
    const hi = m[4] ? toNumber(m[4]) * unit.factor : lo;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) continue;
    const value = round((lo + hi) / 2);
    // Start at the approximation sign if there is one, else at the number.
    const boundsAt = m.index + m[1]!.length + m[2]!.length;
    const start = named ? m.index + m[0].indexOf(m[4]!, m[1]!.length + m[2]!.length + m[3]!.length) : boundsAt - (/[~≈<>]/.test(m[2]!) ? m[2]!.length : 0);
    const raw = t.slice(start, m.index + m[0].length).trim();
    return { value, unit: unit.unit, raw, min: round(lo), max: round(hi), index: start };
  }
  return null;
}

/** True when the text ends with a word that takes a code ("Sprint ", "Phase ", "Task #"): the number after it is a name. */
function namesCode(before: string, vocab: Vocabulary): boolean {
  if (!/[\s#]$/.test(before)) return false;
  const tail = fold(before).replace(/[\s#]+$/, '');
  return [...vocab.idPrefixWords, ...vocab.sprintWords].some((w) => tail.endsWith(w) && !lettersRe`[\p{L}\p{N}]`.test(tail.charAt(tail.length - w.length - 1)));
}

/** Reads an estimate cell: "4h", "2 days", or a bare number in the column's unit; placeholders give null. */
export function parseEstimateCell(text: string, vocab: Vocabulary, columnUnit: UnitName | null): EstimateMatch | null {
  const found = findEstimate(text, vocab);
  if (found) return found;
  const t = stripInline(text).trim();
  const m = new RegExp(String.raw`^[~≈]?\s*(${NUM})(?:\s*[-–]\s*(${NUM}))?$`).exec(t);
  if (!m || !columnUnit) return null;
  const lo = toNumber(m[1]!);
  const hi = m[2] ? toNumber(m[2]) : lo;
  return { value: round((lo + hi) / 2), unit: columnUnit, raw: t, min: lo, max: hi, index: 0 };
}

/** The unit a column header names ("Hours", "Est. Days", "Story Points", "Effort" → points). */
export function unitFromHeader(header: string, vocab: Vocabulary): UnitName | null {
  const h = fold(stripInline(header));
  const m = headerUnitRegex(vocab).exec(h);
  if (m) return vocab.units.find((u) => u.word === m[1])?.unit ?? null;
  // Rule: a header whose last word names an estimate without a unit ("Size", "Estimated size",
  // "Story effort") counts points; "Estimated time" names no such word and stays without a unit.
  if (vocab.unitlessEstimateHeaders.includes(h) || vocab.unitlessEstimateHeaders.includes(h.split(/\s+/).at(-1) ?? '')) return 'points';
  if (h === 'h') return 'hours';
  return null;
}

let headerRegexFor: { vocab: Vocabulary; re: LetterPattern } | undefined;

/** One regex over every unit word of two letters or more (longest first), built once per vocabulary. */
function headerUnitRegex(vocab: Vocabulary): LetterPattern {
  if (headerRegexFor?.vocab === vocab) return headerRegexFor.re;
  const words = vocab.units.filter((u) => u.word.length >= 2).map((u) => u.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = letterPattern(String.raw`(?:^|[^\p{L}])(${words.join('|')})(?:$|[^\p{L}])`, 'u');
  headerRegexFor = { vocab, re };
  return re;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * The estimate is written in minutes (a unit of the vocabulary worth less than an hour): "TTL (5
 * minutes)", "Passo 1 (5 minutos)". Rule: minutes are how long a thing takes, not the effort
 * estimate of a work item, in a heading or a list item alike.
 */
export function inMinuteUnits(raw: string, vocab: Vocabulary): boolean {
  const word = lettersRe`\d\s*(\p{L}+)`.exec(raw)?.[1]?.toLowerCase();
  return word !== undefined && vocab.units.some((u) => u.unit === 'hours' && u.factor < 1 && u.word === word);
}
