/**
 * Every LetterPattern of the program against the expression it was written as: on random text of
 * many scripts (ASCII, accented Latin, Cyrillic, CJK, emoji, marks, full-width and Arabic-Indic
 * digits), test, exec, matchAll, replace, match and split give the same answers, so using the
 * twins (Latin, or ASCII in an ASCII document) on the text they fit changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textFrom } from '../helpers/arbitrary-text.js';
import { MEMBERS } from '../../src/parse/recognize/latin-classes.js';
import { asciiWordsOnly, chooseExpressionsFor, latinTwin, latinWordsOnly, LetterPattern, patternsMade } from '../../src/parse/recognize/letter-pattern.js';
import { buildSprint } from '../../src/reader/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Pieces of text that meet every class a pattern may test. */
const PIECES = [
  'Sprint 3',
  'Story 4.2',
  'done',
  'DONE',
  ' ',
  '  ',
  '-',
  '–',
  ':',
  '.',
  '/',
  '12/03/2025',
  'Dec 5',
  '5 de marzo',
  '3 дек',
  '5月16日',
  '✅',
  '🟢',
  '→',
  'é',
  'É',
  'ñ',
  'ß',
  'ȿ',
  'µ',
  'Łódź',
  'âœ…',
  'ǅ',
  '²',
  '\u0345',
  'ι',
  'ɐ',
  'ſ',
  'K',
  'д',
  'Д',
  '完了',
  '한',
  '\u0301',
  '１２',
  '٣',
  '½',
  'Ⅻ',
  '(2/5 pts)',
  '3h',
  '@ana',
  '#12',
  'T-1',
  'Mon',
  '⚠\ufe0f',
  'lun.',
  '_x_',
  '**Status:**',
];
const text = textFrom(PIECES, 10, 16);

/** A match with what JSON and array equality leave out: its place, groups and their indices. */
function whole(m: RegExpMatchArray | null): unknown {
  return m && { all: [...m], index: m.index, groups: m.groups && { ...m.groups }, indices: m.indices && [...m.indices] };
}

/** What a pattern and its original give for one text, through every call the program makes. */
function answers(re: RegExp | LetterPattern, t: string): unknown[] {
  const global = re.flags.includes('g');
  re.lastIndex = 0;
  const out: unknown[] = [re.test(t)];
  re.lastIndex = 0;
  out.push(whole(re.exec(t)));
  re.lastIndex = 0;
  out.push(t.replace(re, '<$&>'));
  re.lastIndex = 0;
  out.push(global ? t.match(re) : whole(t.match(re)));
  re.lastIndex = 0;
  out.push(t.split(re));
  if (global) {
    re.lastIndex = 0;
    out.push([...(re instanceof LetterPattern ? re.matchAll(t) : t.matchAll(re))].map(whole));
  }
  if (re.flags.includes('y')) {
    re.lastIndex = Math.min(1, t.length);
    out.push(whole(re.exec(t)), re.lastIndex);
  }
  re.lastIndex = 0;
  return out;
}

describe('LetterPattern', () => {
  // Read every fixture once, so the patterns the reader builds per vocabulary are made too.
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) buildSprint(readFileSync(join(FIXTURES, f), 'utf8'), f);
  const patterns = patternsMade();

  it('the program has patterns to check', () => {
    expect(patterns.length).toBeGreaterThan(10);
  });

  it('each answers as the expression it was written as, on text of every script', () => {
    fc.assert(
      fc.property(text, fc.nat(patterns.length - 1), (t, i) => {
        const p = patterns[i]!;
        expect(answers(p, t)).toEqual(answers(p.original(), t));
      }),
      { numRuns: 3000 },
    );
  });

  it('each answers as its original on every piece, alone and between words and numbers, in an ASCII document and another', () => {
    const texts = PIECES.flatMap((piece) => [piece, `Sprint ${piece} 12`, `${piece}${piece}`, `12 ${piece}: done`]);
    for (const document of ['# Sprint 3', '# Café 3']) {
      chooseExpressionsFor(document);
      for (const p of patterns) {
        for (const t of texts) {
          if (JSON.stringify(answers(p, t)) !== JSON.stringify(answers(p.original(), t))) throw new Error(`${p.source} on ${t} in ${document}`);
        }
      }
    }
  });

  it('each answers as its original on every fixture line', () => {
    const lines = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'))
      .slice(0, 3000);
    for (const p of patterns) {
      for (const line of lines) {
        const mine = answers(p, line);
        const theirs = answers(p.original(), line);
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) throw new Error(`${p.source} on ${line}`);
      }
    }
  });

  it('the twin writes letter and digit classes as their members below U+0250 and leaves other classes alone', () => {
    const L = MEMBERS.L!.unfolded;
    expect(latinTwin(String.raw`(?<!\p{L})\p{Lu}[\p{L}\p{N}_]+\P{L}`)).toBe(`(?<![${L}])[${MEMBERS.Lu!.unfolded}][${L}${MEMBERS.N!.unfolded}_]+[^${L}]`);
    expect(latinTwin(String.raw`[\p{M}]|\p{Extended_Pictographic}|\\p{L}`)).toBe(String.raw`[]|\p{Extended_Pictographic}|\\p{L}`);
    expect(latinTwin(String.raw`[^\P{L}]`)).toBeNull();
    // Under case folding a class also matches its members' case partners: ȿ (U+023F) is lowercase, but Ȿ is uppercase.
    expect(latinTwin(String.raw`\p{Lu}`, 'iu')).toBe(`[${MEMBERS.Lu!.folded}]`);
    expect(new RegExp(`[${MEMBERS.Lu!.folded}]`, 'iu').test('\u023f')).toBe(/\p{Lu}/iu.test('\u023f'));
  });

  it('takes the twin only for text whose letters, digits and marks are below U+0250', () => {
    expect(['Sprint 3 ✅ — done →', '', '🟢 12%', 'café', 'Größe', 'âœ… 12', 'Łódź', 'ǅ'].every((t) => latinWordsOnly(t))).toBe(true);
    expect(['Спринт', '完了', 'e\u0301', '１', '٣', 'ɐ'].some((t) => latinWordsOnly(t))).toBe(false);
    // U+FE0F after an emoji is a mark: it matters only to patterns that test marks.
    expect([latinWordsOnly('⚠\ufe0f Risk', 'LN'), latinWordsOnly('⚠\ufe0f Risk', 'LMN')]).toEqual([true, false]);
    expect([asciiWordsOnly('café'), asciiWordsOnly('Sprint 3 ✅')]).toEqual([false, true]);
  });

  it('a folded letter pattern keeps its original on text with U+0345, a mark that folds to a Greek letter', () => {
    const p = new LetterPattern(String.raw`^\p{L}$`, 'iu');
    expect(p.test('\u0345')).toBe(true);
  });
});
