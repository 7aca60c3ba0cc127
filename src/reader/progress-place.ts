/**
 * Where a document states its overall progress, so `sync --insert` can put a new generated block
 * next to it: the reader's completion line or progress bar when it found one, else the first line
 * outside day sections that looks like one (a bar of block characters, a percentage followed by a
 * `(done/total)` count, or a completion label followed by a percentage or a fraction: `Progress: 45%`,
 * `Completed: 5/8`; a date or an issue number after the label is no progress).
 */
import type { Fragment, Section } from '../model/schema.js';
import type { Vocabulary } from '../parse/vocab/index.js';

const PROGRESS_BAR = /[█▓▒░■□▰▱]{5,}/u;
const PERCENT_WITH_COUNT = /\b\d{1,3}(?:[.,]\d+)?\s*%.{0,40}\(\s*\d+(?:[.,]\d+)?\s*\/\s*\d+/u;

/** Offset of the start of the document's overall progress statement, or null (see the file header). */
export function progressPlace(text: string, sections: readonly Section[], fragments: readonly Fragment[], vocab: Vocabulary): number | null {
  const fragment = fragments.find((f) => (f.kind === 'completion-line' || f.kind === 'progress-bar') && f.asOf === null);
  if (fragment) return fragment.span.start;
  const days = sections.filter((s) => s.role === 'day');
  const labelled = completionLabel(vocab);
  let pos = 0;
  for (const line of text.split('\n')) {
    const inDay = days.some((d) => d.span.start <= pos && pos < d.end);
    if (!inDay && (PROGRESS_BAR.test(line) || PERCENT_WITH_COUNT.test(line) || labelled.test(line))) return pos;
    pos += line.length + 1;
  }
  return null;
}

/** Built once per vocabulary: a completion label ("Progress", "Completado") and a colon, then a percentage or a fraction. */
let labelFor: { vocab: Vocabulary; re: RegExp } | undefined;

function completionLabel(vocab: Vocabulary): RegExp {
  if (labelFor?.vocab === vocab) return labelFor.re;
  const words = vocab.logWords.completion.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(String.raw`(?<!\p{L})(?<!\p{N})(?:${words.join('|')})(?!\p{L})(?!\p{N})\W{0,6}:\W{0,6}\d+(?:[.,]\d+)?\s*(?:%|\/\s*\d)`, 'iu');
  labelFor = { vocab, re };
  return re;
}
