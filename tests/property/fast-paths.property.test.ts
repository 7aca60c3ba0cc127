/**
 * The reader's fast paths against the plain code they replace: each must give the same answer on
 * any input. The phrase index against asking findPhrase of every phrase in turn, the ASCII-run
 * folding of dates against folding unit by unit, the word-character test against its Unicode
 * class, the memo against calling the function, and toLowerCase against the root locale's lowercasing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textFrom } from '../helpers/arbitrary-text.js';
import { firstPhrase, phraseIndex } from '../../src/parse/recognize/phrase-index.js';
import { findPhrase, fold, stripInline } from '../../src/parse/recognize/text.js';
import { foldText } from '../../src/parse/recognize/date.js';
import { isWordChar } from '../../src/parse/recognize/word-char.js';
import { memoText, memoTextWith, oncePer } from '../../src/parse/recognize/memo.js';
import { statusFromWords } from '../../src/parse/recognize/status.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';

const RUNS = 400;

/** Text made of pieces that meet at every kind of boundary: words, CJK, dots, digits, emoji, accents. */
const PIECES = [
  'done',
  'not done',
  'in progress',
  'progress',
  '完了',
  '進行中',
  '.',
  '.js',
  ' ',
  '-',
  '_',
  '1',
  'x',
  'é',
  'É',
  'İ',
  'ı',
  '✅',
  '１',
  'готово',
  'Ǆ',
  'ß',
  'ẞ',
  'ﬀ',
];
const text = textFrom(PIECES, 12, 20);

/** What statusFromWords answered before the index: every phrase asked in turn, the earliest, then the longest. */
function earliestLongest(t: string, phrases: ReadonlyArray<{ phrase: string; status: string }>): string | null {
  let best: { at: number; len: number; status: string } | null = null;
  for (const { phrase, status } of phrases) {
    const at = findPhrase(t, phrase);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && phrase.length > best.len)) best = { at, len: phrase.length, status };
  }
  return best?.status ?? null;
}

/** foldText as it was first written: one UTF-16 unit at a time. */
function foldUnitByUnit(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldText(s.charAt(i));
  return out;
}

describe('fast paths give the plain code answer', () => {
  const vocab = defaultVocabulary();

  it('the phrase index finds the phrase findPhrase finds, phrase by phrase', () => {
    const phrases = ['done', 'not done', 'progress', 'in progress', 'js', '完了', 'x', '_x', 'é'];
    const index = phraseIndex(phrases.map((p, i) => ({ phrase: p, value: i })));
    fc.assert(
      fc.property(text, (t) => {
        const plain = earliestLongest(
          t,
          phrases.map((p, i) => ({ phrase: p, status: String(i) })),
        );
        const found = firstPhrase(index, t);
        expect(found === null ? null : String(found.value)).toBe(plain);
      }),
      { numRuns: RUNS },
    );
  });

  it('status words through the index read as through every phrase in turn', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(statusFromWords(t, vocab)).toBe(earliestLongest(fold(stripInline(t)), vocab.statusPhrases));
      }),
      { numRuns: RUNS },
    );
    for (const t of ['Not done', 'DONE.md', 'done. Next', 'In Progress', 'next.js done', '✅ Erledigt', 'В работе'])
      expect(statusFromWords(t, vocab)).toBe(earliestLongest(fold(stripInline(t)), vocab.statusPhrases));
  });

  it('folding dates by ASCII runs equals folding unit by unit, length kept', () => {
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldText(t);
        expect(folded).toBe(foldUnitByUnit(t));
        expect(folded.length).toBe(t.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("toLowerCase and toUpperCase, which the reader cases with, change every code point as the root locale's do", () => {
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase() !== s.toLocaleLowerCase('und')) throw new Error(`U+${c.toString(16)} lowercases otherwise`);
      if (s.toUpperCase() !== s.toLocaleUpperCase('und')) throw new Error(`U+${c.toString(16)} uppercases otherwise`);
    }
    // Final sigma, dotted capitals and letters that uppercase to two depend on their neighbours or grow.
    for (const s of ['ΌΣΟΣ', 'ΣΑΣ ΣΑΣ.', 'aΣb', 'İstanbul', 'I\u0307', 'ǅ', 'straße', 'ŉ', 'ﬀ', 'ı']) {
      expect(s.toLowerCase()).toBe(s.toLocaleLowerCase('und'));
      expect(s.toUpperCase()).toBe(s.toLocaleUpperCase('und'));
    }
  });

  it('the word-character test agrees with the Unicode class on every BMP unit', () => {
    const cls = /[\p{L}\p{N}_]/u;
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      if (isWordChar(unit) !== cls.test(unit)) throw new Error(`U+${c.toString(16)} disagrees`);
    }
  });

  it('a memo answers as the function, for any string, a key object, and past its capacity', () => {
    let calls = 0;
    const upper = memoText((s) => {
      calls++;
      return s.toUpperCase();
    });
    expect(upper('abc')).toBe('ABC');
    expect(upper('abc')).toBe('ABC');
    expect(calls).toBe(1);
    for (let i = 0; i < 5000; i++) expect(upper(`k${i}`)).toBe(`K${i}`);
    const long = 'x'.repeat(3000);
    expect(upper(long)).toBe(long.toUpperCase());
    const nothing = memoText(() => undefined);
    expect(nothing('a')).toBeUndefined();
    const inList = memoTextWith((s: string, list: readonly string[]) => list.includes(s));
    const a = ['a'];
    const b = ['b'];
    expect([inList('a', a), inList('a', b), inList('b', b)]).toEqual([true, false, true]);
    let built = 0;
    const size = oncePer((list: readonly string[]) => {
      built++;
      return list.length;
    });
    expect([size(a), size(a), size(['x', 'y'])]).toEqual([1, 1, 2]);
    expect(built).toBe(2);
  });
});
