/**
 * Whether one UTF-16 unit is part of a word (a letter, a digit or an underscore, in any script):
 * the word-boundary test of every phrase search. ASCII, most of what is tested, is answered by
 * comparison; the rest by the letter-or-digit test LetterPatterns use (compiled once, shared).
 */
import { asciiWordsOnly } from './letter-pattern.js';

/** True for a letter, digit or underscore; `unit` is one UTF-16 code unit (a lone surrogate is no word character). */
export function isWordChar(unit: string): boolean {
  const c = unit.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return !asciiWordsOnly(unit, 'LN');
}
