/**
 * Sprint-level facts from `Key: value` lines, front matter and the title: goal, dates, capacity,
 * the declared total scope ("Total Points: 75"), the as-of date, the document's effort unit.
 */
import { readScopeFraction, type ScopeFraction } from '../parse/recognize/scope-fraction.js';
import { addDays } from '../parse/calendar.js';
import { findEstimate } from '../parse/recognize/estimate.js';
import { parseDate, parseDateRange, type DateContext } from '../parse/recognize/date.js';
import { recognizeStatus } from '../parse/recognize/status.js';
import { fold, normalizeForMatch } from '../parse/recognize/text.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Metadata } from '../model/schema.js';
import type { FieldLine } from './fields.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** Builds metadata from the collected field lines (first value of each meaning wins). */
export function readMetadata(fields: readonly FieldLine[], title: string | null, vocab: Vocabulary, dates: DateContext): Metadata {
  const meta: Metadata = {
    title,
    goal: null,
    start: null,
    end: null,
    asOf: null,
    capacity: null,
    declaredTotal: null,
    unit: null,
    status: null,
    declaredCount: null,
    fields: {},
  };
  for (const f of fields) {
    const value = normalizeForMatch(f.plain);
    if (!value) continue;
    if (!(f.label in meta.fields)) meta.fields[f.label] = value;
    readDeclaredCount(meta, f.label, value, vocab);
    // "Total story points: 12 / 39": a fraction states the scope and its done part (reader/stated-scope.ts).
    if (applyFraction(meta, readScopeFraction(f.label, value, vocab))) continue;
    switch (f.field) {
      case 'goal':
        meta.goal ??= value.replace(/^["“«](.*)["”»]$/u, '$1');
        break;
      case 'duration':
      case 'sprint':
      case 'date': {
        const r = parseDateRange(value, dates);
        // A range completes what an earlier "Start" line left open ("Sprint Duration: Feb 6-28").
        if (r && (!meta.start || meta.start === r.start || !meta.end)) {
          meta.start ??= r.start;
          meta.end ??= r.end;
        }
        break;
      }
      case 'start':
        meta.start ??= parseDate(value, dates);
        break;
      case 'end':
        meta.end ??= parseDate(value, dates);
        break;
      case 'asOf':
        meta.asOf ??= parseDate(value, dates);
        break;
      case 'capacity': {
        const e = findEstimate(value, vocab);
        if (e) meta.capacity ??= { value: e.value, unit: e.unit };
        break;
      }
      case 'totalScope': {
        const e = findEstimate(value, vocab) ?? unitFromLabel(f.label, value, vocab);
        if (e) meta.declaredTotal ??= e;
        break;
      }
      case 'status': {
        const s = recognizeStatus(value, vocab);
        if (s) meta.status ??= s.status;
        break;
      }
      default:
        break;
    }
  }
  // "Start Date: September 15, 2024" + "Duration: 9 weeks": the end follows (calendar days, inclusive).
  if (meta.start && !meta.end) {
    const length = fields
      .filter((f) => f.field === 'duration')
      .map((f) => calendarLength(f.plain, vocab))
      .find((n) => n !== null);
    if (length) meta.end = addDays(meta.start, length - 1);
  }
  if (!meta.start && title) {
    const r = parseDateRange(title, dates);
    if (r) {
      meta.start = r.start;
      meta.end = r.end;
    }
  }
  // Outside any work item, "Inicio: 03/03/2025" / "Started: …" and "Completed on: …" date the sprint
  // itself; a written Start / End, a range or the title's dates win over them.
  meta.start ??= firstDate(fields, 'started', dates);
  meta.end ??= firstDate(fields, 'completed', dates);
  return meta;
}

/** The first date written in a field of `name`, or null. */
function firstDate(fields: readonly FieldLine[], name: FieldLine['field'], dates: DateContext): string | null {
  for (const f of fields) {
    if (f.field !== name) continue;
    const d = parseDate(f.plain, dates);
    if (d) return d;
  }
  return null;
}

/**
 * Length in calendar days of a duration such as "2 weeks", "10 days", "3 semanas", "14 días",
 * from the vocabulary's day units: a day word is one day, a week word (5 workdays as effort) is
 * seven calendar days.
 */
function calendarLength(value: string, vocab: Vocabulary): number | null {
  const m = lettersRe`^\s*(\d{1,3})\s*(\p{L}+)`.exec(value);
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  const unit = vocab.units.find((u) => u.unit === 'days' && u.word === word);
  if (!unit) return null;
  const n = Number(m[1]);
  return unit.factor === 1 ? n : n * 7;
}

/** "Total Points: 75" names its unit in the label. */
function unitFromLabel(label: string, value: string, vocab: Vocabulary): { value: number; unit: 'hours' | 'points' | 'days' } | null {
  const n = /^[~≈]?\s*(\d+(?:[.,]\d+)?)/.exec(value);
  if (!n) return null;
  const e = findEstimate(`${n[1]} ${label.replace(/^total\s+/i, '').replace(/^estimated\s+/i, '')}`, vocab);
  return e ? { value: e.value, unit: e.unit } : null;
}

/**
 * A declared count of work items: a label made of a count word and a work noun, either way round
 * ("total_plans", "Total tasks", "Stories completed"), and a whole number as its value. The first
 * of each kind wins (a later stale figure in the body does not override the front matter).
 */
function readDeclaredCount(meta: Metadata, label: string, value: string, vocab: Vocabulary): void {
  const words = fold(label).replace(/[_-]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2 || !/^\d{1,6}$/.test(value)) return;
  const noun = words.filter((w) => vocab.countItemNouns.includes(w));
  const kind = vocab.countWords.total.some((w) => words.includes(w)) ? 'total' : vocab.countWords.done.some((w) => words.includes(w)) ? 'done' : null;
  if (noun.length !== 1 || kind === null || words.length > 3) return;
  meta.declaredCount ??= { total: null, done: null };
  meta.declaredCount[kind] ??= Number(value);
}

/** Fills the declared count or total from a scope fraction; false when there is none. */
export function applyFraction(meta: Metadata, s: ScopeFraction | null): boolean {
  if (s?.kind === 'count') meta.declaredCount ??= { total: s.total, done: s.done };
  else if (s?.kind === 'effort' && s.unit) meta.declaredTotal ??= { value: s.total, unit: s.unit, done: s.done };
  else return false;
  return true;
}
