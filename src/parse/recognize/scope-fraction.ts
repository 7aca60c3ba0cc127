/**
 * A stated scope written as a fraction: "Stories completed: 3 / 8", "Story points: ___ / 39",
 * "Total tasks: 12/20". The label names what is counted (a work noun, or an effort unit), with at
 * most a count word beside it; the value is the done part (a number, or a blank left to fill in)
 * over the total. Rules in README "Reading rules" (stated scope).
 */
import type { UnitName, Vocabulary } from '../vocab/index.js';
import { findEstimate } from './estimate.js';
import { fold } from './text.js';

/** What a scope fraction states: a count of work items, or an amount of effort in a unit. */
export interface ScopeFraction {
  kind: 'count' | 'effort';
  unit: UnitName | null;
  /** The done part, or null when the line leaves it blank ("___ / 8"). */
  done: number | null;
  total: number;
}

/**
 * Rule: the value is `done / total`, where done is a number or a blank (underscores, question
 * marks, dashes, an ellipsis), optionally followed by a percentage in parentheses; a template's
 * blank still states the total.
 */
const FRACTION = /^(?:(\d+(?:[.,]\d+)?)|_+|\?+|[-–—]+|…)\s*\/\s*(\d+(?:[.,]\d+)?)\s*(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\))?$/u;

/** Reads `label: value` as a stated scope, or null when it is anything else. */
export function readScopeFraction(label: string, value: string, vocab: Vocabulary): ScopeFraction | null {
  const m = FRACTION.exec(value.trim());
  if (!m) return null;
  const total = Number(m[2]!.replace(',', '.'));
  const done = m[1] !== undefined ? Number(m[1].replace(',', '.')) : null;
  if (!(total > 0) || (done !== null && done > total)) return null;
  const words = fold(label)
    .replace(/[_*]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const counted = words.filter((w) => !vocab.countWords.total.includes(w) && !vocab.countWords.done.includes(w));
  // At most one count word beside what is counted: "Stories completed", "Total story points".
  if (counted.length === 0 || words.length - counted.length > 1) return null;
  const rest = counted.join(' ');
  if (counted.length === 1 && vocab.countItemNouns.includes(rest)) return { kind: 'count', unit: null, done, total };
  const e = findEstimate(`1 ${rest}`, vocab);
  // The label must be the unit and nothing else ("Story points", "Hours"), not a sentence holding one.
  if (!e || fold(e.raw).replace(/\s+/g, ' ') !== `1 ${rest}`) return null;
  // e.value is what one of this unit is worth in its base unit (a week is 5 days, a minute 1/60 hour).
  return { kind: 'effort', unit: e.unit, done: done === null ? null : done * e.value, total: total * e.value };
}
