/**
 * Finding the first of many folded phrases in a text at once. Asking `findPhrase` of each of the
 * vocabulary's several hundred status phrases in turn cost more than the rest of a status lookup;
 * this index files the phrases by their first character, so a text is read once, each place
 * trying only the phrases that can start there. The answer is findPhrase's, phrase by phrase:
 * word boundaries on both sides except for CJK phrases, and a dot between letters joins a name.
 */
import { isWordChar } from './word-char.js';

/** One phrase of an index, with what its boundary test needs known in advance. */
interface Entry<V> {
  phrase: string;
  value: V;
  cjk: boolean;
  wordFirst: boolean;
  wordLast: boolean;
}

/** Phrases to look for, with the value each stands for, in the order ties are settled. */
export interface PhraseIndex<V> {
  byFirst: Map<string, Entry<V>[]>;
}

/** A CJK phrase needs no word boundary: those scripts do not separate words with spaces. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Files `phrases` (folded) by first character; among phrases starting at one place the longest wins, then the earlier listed. */
export function phraseIndex<V>(phrases: ReadonlyArray<{ phrase: string; value: V }>): PhraseIndex<V> {
  const byFirst = new Map<string, Entry<V>[]>();
  for (const { phrase, value } of phrases) {
    if (phrase === '') continue;
    const entry = { phrase, value, cjk: CJK.test(phrase), wordFirst: isWordChar(phrase[0]!), wordLast: isWordChar(phrase[phrase.length - 1]!) };
    const list = byFirst.get(phrase[0]!);
    if (list) list.push(entry);
    else byFirst.set(phrase[0]!, [entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return { byFirst };
}

/** The earliest phrase of `index` in `text` (folded) at word boundaries, the longest at that place; null when none is there. */
export function firstPhrase<V>(index: PhraseIndex<V>, text: string): { at: number; phrase: string; value: V } | null {
  for (let at = 0; at < text.length; at++) {
    const list = index.byFirst.get(text[at]!);
    if (list === undefined) continue;
    for (const e of list) if (text.startsWith(e.phrase, at) && bounded(text, at, e)) return { at, phrase: e.phrase, value: e.value };
  }
  return null;
}

/** findPhrase's boundary rule for a phrase found at `at`. */
function bounded(text: string, at: number, e: Entry<unknown>): boolean {
  if (e.cjk) return true;
  const end = at + e.phrase.length;
  const okBefore = at === 0 || !e.wordFirst || !isWordChar(text[at - 1]!);
  if (!okBefore) return false;
  if (end >= text.length) return true;
  // A dot between letters joins one name ("Next.js", "done.md"): the phrase does not end there.
  if (text[end] === '.' && end + 1 < text.length && isWordChar(text[end + 1]!)) return false;
  return !e.wordLast || !isWordChar(text[end]!);
}
