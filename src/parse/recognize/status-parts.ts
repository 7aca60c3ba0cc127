/**
 * The parts of a written status: its emoji and its words, located in the raw text (mojibake
 * included: "âœ… Done" has the emoji "âœ…"), so a status change replaces just those parts and
 * keeps everything around them — bold markers, a trailing note, the spaces between. Also the
 * helpers that give new words the case of the words they replace.
 */
import { repairMojibakeMapped } from './mojibake.js';
import { recognizeStatus, type Legend } from './status.js';
import { findPhrase, fold, stripInline } from './text.js';
import type { StatusName, Vocabulary } from '../vocab/index.js';
import { STATUS_SYMBOL } from '../vocab/index.js';
import { letterPattern, lettersRe, lettersReWith, type AnyPattern } from './letter-pattern.js';

/** A [start, end) range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** Where the emoji and the words of one written status sit (absolute offsets); either may be missing. */
export interface StatusParts {
  emoji: Range | null;
  words: Range | null;
  /** What the parts say, as the reader read them (see readPartsStatus); absent on parts a writer builds. */
  status?: StatusName | null;
}

/** Records on `parts` the status its emoji and words say together in `text` (the document), with its legend. */
export function readPartsStatus(parts: StatusParts, text: string, vocab: Vocabulary, legend?: Legend): StatusParts {
  const { emoji, words } = parts;
  if (!emoji && !words) return { ...parts, status: null };
  const start = Math.min(emoji?.start ?? Number.POSITIVE_INFINITY, words?.start ?? Number.POSITIVE_INFINITY);
  const end = Math.max(emoji?.end ?? -1, words?.end ?? -1);
  return { ...parts, status: statusOfText(text.slice(start, end), vocab, legend) };
}

/** How status words are capitalized: "DONE", "Not Started", "Not started", "done". */
export type WordStyle = 'upper' | 'title' | 'sentence' | 'lower';

/** One emoji cluster: a pictograph or status symbol with its variation selectors and joiners. */
const EMOJI_CLUSTER = new RegExp(String.raw`${STATUS_SYMBOL}(?:\p{Extended_Pictographic}[\ufe0e\ufe0f]*)*`, 'uy');
const WORD = letterPattern(String.raw`[\p{L}\p{M}][\p{L}\p{M}'’-]*`, 'uy');
const MARKUP = /(?:\*\*|__|\*|_|~~|~|`)/y;
const SPACE = /[ \t\u00a0]+/y;

/**
 * The leading status of a cell or field value ("✅ Done", "⏳ Запланировано", "QUEUED - Aguardando…",
 * "✅ **COMPLETED (95%)**"): the longest run of emoji and words before the first separator that
 * reads as a status and has no other words. Null when the value does not start with a status.
 */
export function leadingStatusParts(raw: string, base: number, vocab: Vocabulary, legend?: Legend): StatusParts | null {
  const view = repairMojibakeMapped(raw);
  const t = view.text;
  let pos = 0;
  let best: { emoji: Range | null; words: Range | null } | null = null;
  let emoji: Range | null = null;
  let words: Range | null = null;
  let tokens = 0;
  while (pos < t.length && tokens < 12) {
    const at = (re: AnyPattern): number => {
      re.lastIndex = pos;
      return re.test(t) ? re.lastIndex : -1;
    };
    let end: number;
    // biome-ignore lint/suspicious/noAssignInExpressions: the scanner tries each token class in turn
    if ((end = at(SPACE)) > 0 || (end = at(MARKUP)) > 0) {
      pos = end;
      continue;
    }
    // biome-ignore lint/suspicious/noAssignInExpressions: the scanner tries each token class in turn
    if ((end = at(EMOJI_CLUSTER)) > 0) {
      emoji = emoji ? { start: emoji.start, end } : { start: pos, end };
      // biome-ignore lint/suspicious/noAssignInExpressions: the scanner tries each token class in turn
    } else if ((end = at(WORD)) > 0) {
      words = words ? { start: words.start, end } : { start: pos, end };
    } else {
      break; // a separator, a digit, a bracket: the status part is over
    }
    pos = end;
    tokens++;
    const candidate = t.slice(0, pos);
    if (recognizeStatus(candidate, vocab, legend) && onlyStatusWords(candidate, vocab)) best = { emoji, words };
  }
  if (!best) return null;
  const map = (r: Range | null): Range | null => (r ? { start: base + view.offsets[r.start]!, end: base + view.offsets[r.end]! } : null);
  return { emoji: map(best.emoji), words: map(best.words) };
}

/** Splits a whole status text ("✅ Done", "🔲", "IN PROGRESS") into its parts, for vocabulary samples. */
export function wholeStatusParts(raw: string, base: number): StatusParts {
  const view = repairMojibakeMapped(raw);
  const t = view.text;
  let emoji: Range | null = null;
  let words: Range | null = null;
  for (let pos = 0; pos < t.length; ) {
    const at = (re: AnyPattern): number => {
      re.lastIndex = pos;
      return re.test(t) ? re.lastIndex : -1;
    };
    let end: number;
    // biome-ignore lint/suspicious/noAssignInExpressions: the scanner tries each token class in turn
    if ((end = at(EMOJI_CLUSTER)) > 0) emoji = emoji ? { start: emoji.start, end } : { start: pos, end };
    // biome-ignore lint/suspicious/noAssignInExpressions: the scanner tries each token class in turn
    else if ((end = at(WORD)) > 0) words = words ? { start: words.start, end } : { start: pos, end };
    else end = pos + 1;
    pos = end;
  }
  const map = (r: Range | null): Range | null => (r ? { start: base + view.offsets[r.start]!, end: base + view.offsets[r.end]! } : null);
  return { emoji: map(emoji), words: map(words) };
}

/** True when every word of `text` belongs to a status phrase (emoji, markup, punctuation and numbers aside). */
export function onlyStatusWords(text: string, vocab: Vocabulary, filler = 0): boolean {
  let rest = ` ${fold(stripInline(text))} `;
  for (const { phrase } of vocab.statusPhrases) {
    for (let at = findPhrase(rest, phrase); at >= 0; at = findPhrase(rest, phrase)) rest = `${rest.slice(0, at)} ${rest.slice(at + phrase.length)}`;
  }
  const left = rest.replace(lettersReWith('gu')`[^\p{L}\s]`, ' ').split(/\s+/).filter(Boolean);
  return left.length <= filler;
}

/** The capitalization of some status words. */
export function styleOf(words: string): WordStyle {
  const letters = words.replace(lettersReWith('gu')`[^\p{L}]`, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  const parts = words.split(/\s+/).filter((w) => lettersRe`\p{L}`.test(w));
  if (parts.length > 1 && parts.every((w) => isCapitalized(w))) return 'title';
  return isCapitalized(parts[0] ?? '') ? (parts.length > 1 ? 'sentence' : 'title') : 'lower';
}

/** `words` written in `style` ("Not Started" → "NOT STARTED" for an upper-case board). */
export function recase(words: string, style: WordStyle): string {
  switch (style) {
    case 'upper':
      return words.toUpperCase();
    case 'lower':
      return words.toLowerCase();
    case 'title':
      return words.toLowerCase().replace(lettersReWith('gu')`(^|\s)(\p{L})`, (_m, sp: string, c: string) => sp + c.toUpperCase());
    case 'sentence': {
      const lower = words.toLowerCase();
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    }
  }
}

/** The status `text` reads as, or null. */
export function statusOfText(text: string, vocab: Vocabulary, legend?: Legend): StatusName | null {
  return recognizeStatus(text, vocab, legend)?.status ?? null;
}

/** True when the raw text stores an emoji as mojibake ("âœ…"), so new emoji must be written the same way. */
export function isMojibakeText(raw: string): boolean {
  return repairMojibakeMapped(raw).text !== raw;
}

function isCapitalized(word: string): boolean {
  const first = word.replace(lettersRe`^[^\p{L}]+`, '').charAt(0);
  return first !== '' && first !== first.toLowerCase();
}
