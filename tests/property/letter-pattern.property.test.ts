/**
 * Every LetterPattern of the program against the expression it was written as: on random text of
 * many scripts (ASCII, accented Latin, Cyrillic, CJK, emoji, marks, full-width and Arabic-Indic
 * digits), test, exec, matchAll, replace, match and split give the same answers, so using the
 * ASCII twin on text without non-ASCII letters, digits or marks changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textFrom } from '../helpers/arbitrary-text.js';
import { asciiTwin, asciiWordsOnly, LetterPattern, patternsMade } from '../../src/parse/recognize/letter-pattern.js';
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

  it('the twin writes letter and digit classes in ASCII and leaves other classes alone', () => {
    expect(asciiTwin(String.raw`(?<!\p{L})\p{Lu}[\p{L}\p{N}_]+\P{L}`)).toBe('(?<![A-Za-z])[A-Z][A-Za-z0-9_]+[^A-Za-z]');
    expect(asciiTwin(String.raw`[\p{Lo}\p{M}]|\p{Extended_Pictographic}|\\p{L}`)).toBe(String.raw`[]|\p{Extended_Pictographic}|\\p{L}`);
    expect(asciiTwin(String.raw`[^\P{L}]`)).toBeNull();
  });

  it('takes the twin only for text without non-ASCII letters, digits or marks', () => {
    expect(['Sprint 3 ✅ — done →', '', '🟢 12%'].every((t) => asciiWordsOnly(t))).toBe(true);
    expect(['café', 'Спринт', '完了', 'e\u0301', '１', '٣'].some((t) => asciiWordsOnly(t))).toBe(false);
    // U+FE0F after an emoji is a mark: it matters only to patterns that test marks.
    expect([asciiWordsOnly('⚠\ufe0f Risk', 'LN'), asciiWordsOnly('⚠\ufe0f Risk', 'LMN')]).toEqual([true, false]);
  });
});
