/**
 * Recognizes calendar dates and date ranges in free text, in the many ways real sprint
 * documents write them: ISO (`2025-10-31`, `2026-04-22T18:47:48Z`), English (`Oct 28, 2025`,
 * `June 18`), day-first with month words in ten languages (`9 de septiembre de 2023`,
 * `16 декабря 2024`, `9 Aralık 2024`), numeric (`20/02/2026`, `16.12.2024`), CJK
 * (`2026年5月16日`) and ranges of all of these (`Sep 16-19, 2024`, `2025-10-31 → 2025-11-14`).
 *
 * Pure: the current date is never consulted. A date written without a year takes
 * `ctx.year` (see `inferYear`), and is not a date at all when no year is known.
 *
 * How it works: the text is folded (lowercase, accents stripped, full-width digits made
 * ASCII — length-preserving, so indices map back to the original), every pattern is run
 * over it, overlapping candidates are settled (earliest first, then longest), adjacent
 * dates joined by a range word ("–", "to", "al", "до", "至" …) become ranges, and only then
 * are years resolved.
 *
 * THE BARE-PAIR RULE. Sprint documents are full of fractions (`7/75 points`, `14/40`, `1/14`,
 * `116/116`) and version numbers (`v1.2`, `1.1-1.7`, `3.8 KB`), so a day/month pair written
 * with no year (`16/12`, `16.12.`) is a date only when BOTH parts are in calendar range
 * (after applying the order rule below) AND at least one of these holds:
 *   1. the caller says so (`ctx.allowBareSlash`, e.g. for a column known to hold dates);
 *   2. a weekday name or abbreviation sits right before or after it (`Måndag 16/12`,
 *      `Mon 16.12.`, `16/12 (Fri)`);
 *   3. it is joined as a range to a numeric date that has a year (`16.12.–20.12.2024`);
 *   4. slash only: it is the sole content of a Markdown heading line (`## 16/12`,
 *      `### 16/12 – 20/12`) — nothing but dates, weekdays and punctuation. Dotted pairs never
 *      qualify this way, because `## 1.2` is a section number.
 * It then takes `ctx.year`, and yields nothing without one.
 *
 * THE ORDER RULE for numeric dates `a/b[/y]`: if one part is above 12 it must be the day;
 * otherwise `ctx.order` decides (default 'dmy', see `inferDateOrder`); dotted dates
 * (`16.12.2024`) are always day-first because no locale writes month.day.year.
 */

import { latinWordsOnly, letterPattern, type LetterPattern } from './letter-pattern.js';
import { DEFAULT_DATE_VOCAB, type DateVocab } from '../vocab/months.js';

/** A calendar day as `YYYY-MM-DD`; the one date representation used across sprint. */
export type IsoDate = string;

/** Which part comes first in an all-numeric date like `03/04/2024`. */
export type DateOrder = 'dmy' | 'mdy';

/** What the caller knows about the document a piece of text came from. */
export interface DateContext {
  /** Year for dates written without one (`Jun 18`, `16/12`, `5月16日`); see `inferYear`. */
  year?: number;
  /** Order of ambiguous numeric dates; default 'dmy'. See `inferDateOrder`. */
  order?: DateOrder;
  /** Trust year-less numeric pairs (`16/12`) anywhere; see the bare-pair rule above. */
  allowBareSlash?: boolean;
  /** Month/weekday words to use instead of the built-in tables (config extension point). */
  vocab?: DateVocab;
}

/** An inclusive span of days, as found in a sprint's "Dates:" line. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Finds the first date in `text` that can be pinned to a calendar day and returns it.
 * When that date opens a range (`Sep 16-19, 2024`), the range supplies its year.
 * Year-less dates are skipped when `ctx.year` is missing.
 */
export function parseDate(text: string, ctx: DateContext = {}): IsoDate | null {
  for (const expr of expressions(text, ctx)) {
    const resolved = resolve(expr, ctx);
    if (resolved) return resolved.start;
  }
  return null;
}

/**
 * Finds the first date range in `text` (`2025-10-31 → 2025-11-14`, `October 22 - November 5,
 * 2025`, `Feb 6-28`, `9 de septiembre de 2023 al 10 de septiembre de 2023`, `5月16日-20日`).
 * A year written only at the end carries back to the start (into the previous year when the
 * start would otherwise fall after the end); with no year written, `ctx.year` is the start's
 * year. An end before the start is returned as written, for the caller to diagnose.
 */
export function parseDateRange(text: string, ctx: DateContext = {}): DateRange | null {
  for (const expr of expressions(text, ctx)) {
    if (!expr.to) continue;
    const resolved = resolve(expr, ctx);
    if (resolved) return resolved;
  }
  return null;
}

/**
 * The year year-less dates in a document most likely belong to: the most frequent year
 * (1990–2100) among the dates in it that state one, ties going to the one seen first.
 */
export function inferYear(text: string, vocab: DateVocab = DEFAULT_DATE_VOCAB): number | null {
  const counts = new Map<number, number>();
  for (const { folded, original } of piecesWithDigits(text)) {
    for (const hit of scan(folded, original, compile(vocab), DAY_FIRST)) {
      const years = new Set<number>();
      if (hit.from.y !== null) years.add(hit.from.y);
      if (hit.to && hit.to.y !== null) years.add(hit.to.y);
      for (const y of years) {
        if (y >= 1990 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The pieces of `text` that hold a digit, folded and as written, in order, in runs joined by line
 * breaks: one run for pieces without letters or digits at or above U+0250, another for the rest, so
 * the date patterns (LetterPatterns) take their Latin twins wherever they can. A piece is a line,
 * or a table cell: no date pattern consumes a line break or a `|`, and every lookaround in them
 * reads either as it reads the end of the text, so scanning the pieces finds the dates the whole
 * text holds, in the same order. In sprint files about half the text has no digit.
 */
function piecesWithDigits(text: string): Array<{ folded: string; original: string }> {
  const runs: Array<{ plain: boolean; folded: string[]; original: string[] }> = [];
  for (const original of text.split(PIECE_END)) {
    // Folding makes full-width digits ASCII and keeps the length, so a piece with a digit of either kind has one once folded.
    if (!ANY_DIGIT_OR_WIDE.test(original)) continue;
    const piece = foldText(original);
    const plain = latinWordsOnly(piece, 'LN');
    let run = runs[runs.length - 1];
    if (run?.plain !== plain) {
      run = { plain, folded: [], original: [] };
      runs.push(run);
    }
    run.folded.push(piece);
    run.original.push(original);
  }
  return runs.map((r) => ({ folded: r.folded.join('\n'), original: r.original.join('\n') }));
}

/** An ASCII or a full-width digit: what folds to an ASCII digit. */
const ANY_DIGIT_OR_WIDE = /[0-9\uff10-\uff19]/;

/** Where a piece of text ends for the date scan (see piecesWithDigits). */
const PIECE_END = /[\n|]/;

/**
 * Decides how a document writes ambiguous numeric dates from its unambiguous `a/b/yyyy`
 * ones: any first part above 12 means 'dmy', else any second part above 12 means 'mdy',
 * else there is no evidence (null).
 */
export function inferDateOrder(text: string): DateOrder | null {
  let sawMdy = false;
  for (const m of text.matchAll(/(?<![\p{N}/])(\d{1,2})\/(\d{1,2})\/\d{4}(?!\p{N})/gu)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) return 'dmy';
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) sawMdy = true;
  }
  return sawMdy ? 'mdy' : null;
}

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) named in `text` — a full name anywhere
 * (`# Monday standup`, `## Måndag`), or an abbreviation directly followed by a date
 * (`Sat 5 Oct`, `Mån 16/12`) — or null. For day-by-day standup headings.
 */
export function parseWeekday(text: string, vocab: DateVocab = DEFAULT_DATE_VOCAB): number | null {
  const c = compile(vocab);
  const f = foldText(text);
  let hitStarts: Set<number> | null = null;
  for (const m of c.weekdayAny.matchAll(f)) {
    const form = m[0];
    const full = c.weekdayOf.get(form);
    if (full !== undefined) return full;
    const abbr = c.weekdayAbbrOf.get(form);
    if (abbr === undefined) continue;
    hitStarts ??= new Set(scan(f, text, c, DAY_FIRST).map((h) => h.start));
    const after = /^\.?,?[^\S\r\n]*/u.exec(f.slice(m.index + form.length));
    if (hitStarts.has(m.index + form.length + (after?.[0].length ?? 0))) return abbr;
  }
  return null;
}

/**
 * Lowercases and strips accents one UTF-16 unit at a time (so the result has the same
 * length and indices as the input), maps ı/İ to i and full-width digits to ASCII. Exported
 * so vocabulary tests and callers compare words exactly the way the recognizer does.
 */
export function foldText(text: string): string {
  // ASCII, most of any document, folds by plain lowercasing; runs of it are lowercased whole.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    out += text.slice(from, i).toLowerCase() + foldUnit(text.charAt(i));
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : out + text.slice(from).toLowerCase();
}

function foldUnit(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x41) return c;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if (c === 'ı' || c === 'İ') return 'i';
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  // Only Latin and Cyrillic carry strippable accents; NFD would split Hangul into jamo.
  if (code < 0x0530 || (code >= 0x1e00 && code <= 0x1eff)) {
    return lower.normalize('NFD').charAt(0) || lower;
  }
  return lower;
}

// ---------------------------------------------------------------------------------------
// Internals

/** One side of a date; `y` is null when the text did not state a year. */
interface Part {
  y: number | null;
  m: number;
  d: number;
}

type HitKind = 'iso' | 'numeric' | 'bare' | 'name' | 'cjk';

/** One pattern match: a single date, or a compressed range (`Sep 16-19`) when `to` is set. */
interface Hit {
  start: number;
  end: number;
  kind: HitKind;
  sep: string;
  from: Part;
  to: Part | null;
}

/** A date or range after pairing, with the hits it came from. */
interface Expr {
  from: Part;
  to: Part | null;
  hits: Hit[];
}

interface Compiled {
  monthOf: Map<string, number>;
  yearRequired: Set<string>;
  capitalRequired: Set<string>;
  weekdayOf: Map<string, number>;
  weekdayAbbrOf: Map<string, number>;
  patterns: { kind: HitKind | 'mrange' | 'drange' | 'nrange' | 'cjkrange'; re: LetterPattern }[];
  pairSep: LetterPattern;
  weekdayAny: LetterPattern;
  weekdayBefore: LetterPattern;
  weekdayAfter: LetterPattern;
}

const compiledCache = new WeakMap<DateVocab, Compiled>();

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternation(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRe)
    .join('|');
}

function compile(vocab: DateVocab): Compiled {
  const cached = compiledCache.get(vocab);
  if (cached) return cached;

  const monthOf = new Map<string, number>();
  for (const months of Object.values(vocab.months)) {
    months.forEach((forms, i) => {
      for (const form of forms) {
        const key = foldText(form);
        if (!monthOf.has(key)) monthOf.set(key, i + 1);
      }
    });
  }
  const weekdayOf = new Map<string, number>();
  for (const days of Object.values(vocab.weekdays)) {
    days.forEach((forms, i) => {
      for (const form of forms) if (!weekdayOf.has(foldText(form))) weekdayOf.set(foldText(form), i + 1);
    });
  }
  const weekdayAbbrOf = new Map<string, number>();
  for (const days of Object.values(vocab.weekdayAbbreviations)) {
    days.forEach((forms, i) => {
      for (const form of forms) {
        const key = foldText(form);
        if (!weekdayOf.has(key) && !weekdayAbbrOf.has(key)) weekdayAbbrOf.set(key, i + 1);
      }
    });
  }

  const H = String.raw`[^\S\r\n]`;
  const ORD = '(?:st|nd|rd|th|er|re|e|:e|º|ª|°)?';
  const MON = String.raw`(?<!\p{L})(?<!\p{N})(?<mon>${alternation(monthOf.keys())})(?!\p{L})\.?`;
  // After a day that is not followed by a year: no letters, digits, times or decimals.
  const DAY_END = String.raw`(?!\p{L}|\p{N}|[:.,]\p{N})`;
  const MDY_YEAR = String.raw`(?:${H}*,${H}*|${H}+)(?<y>\d{4})(?!\p{N})`;
  const DMY_YEAR = String.raw`(?:${H}*,${H}*|${H}+(?:de|del)${H}+|${H}+|-)(?<y>\d{4})(?!\p{N})`;
  const DAY_MON = String.raw`(?:\.${H}*|-|${H}+)?(?:(?:de|of|du)${H}+)?`;
  const DAY_START = String.raw`(?<!\p{L})(?<![\p{N}.,/:\-–])`;
  // Range separators: dashes, tildes, arrows (`→`, `⇒`, `->`, `=>`), or a word (`to`, `bis`, `al`, `до`).
  const RSEP = String.raw`(?:${H}*(?:-{1,2}>|=>|[\-–—−~～〜→⟶⇒➔➜])${H}*|${H}+(?:to|through|thru|till|until|al|a|au|bis|do|до|по)${H}+)`;
  const CJK_Y = String.raw`(?:(?<y>\d{4})${H}*[年년]${H}*)?`;
  const CJK_D = '[日号號일]';

  const sources: [Compiled['patterns'][number]['kind'], string][] = [
    ['iso', String.raw`(?<!\p{L})(?<![\p{N}.\-/])(?<y>\d{4})(?<s>[\-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\p{N}|[.\-/]\p{N})`],
    ['numeric', String.raw`(?<!\p{L})(?<![\p{N}.\-/:])(?<a>\d{1,2})(?<s>[\-/.])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2})(?!\p{N}|[.\-/:]\p{N})`],
    ['bare', String.raw`(?<!\p{L})(?<![\p{N}./:,])(?<a>\d{1,2})(?<s>[/.])(?<b>\d{1,2})(?!\p{N}|[./:,]\p{N}|${H}*%)`],
    ['name', String.raw`${MON}${H}*(?<d>\d{1,2})${ORD}(?:${MDY_YEAR}|${DAY_END})`],
    ['name', String.raw`${DAY_START}(?<d>\d{1,2})${ORD}${DAY_MON}${MON}(?:${DMY_YEAR}|(?!${H}*[.,]?${H}*\d{1,2}(?![\d:])))`],
    ['cjk', String.raw`(?<!\p{N})${CJK_Y}(?<m>\d{1,2})${H}*[月월]${H}*(?<d>\d{1,2})(?!\p{N})(?:${H}*(?<suf>${CJK_D}))?`],
    ['mrange', String.raw`${MON}${H}*(?<d>\d{1,2})${ORD}${RSEP}(?<d2>\d{1,2})${ORD}(?:${MDY_YEAR}|${DAY_END})`],
    ['drange', String.raw`${DAY_START}(?<d>\d{1,2})${ORD}\.?${RSEP}(?<d2>\d{1,2})${ORD}${DAY_MON}${MON}(?:${DMY_YEAR})?`],
    // Two days of one month written with numbers, the month and year once: `01-07/07/2026`, `1.–7.7.2026`.
    [
      'nrange',
      String.raw`(?<!\p{L})(?<![\p{N}.\-/:])(?<d>\d{1,2})\.?${H}*[\-–—]${H}*(?<d2>\d{1,2})(?<s>[/.])(?<m>\d{1,2})\k<s>(?<y>\d{4})(?!\p{N}|[.\-/:]\p{N})`,
    ],
    [
      'cjkrange',
      String.raw`(?<!\p{N})${CJK_Y}(?<m>\d{1,2})${H}*[月월]${H}*(?<d>\d{1,2})${H}*${CJK_D}?${H}*(?:[\-–—~～〜]|至|到)${H}*(?:(?<m2>\d{1,2})${H}*[月월]${H}*)?(?<d2>\d{1,2})${H}*${CJK_D}`,
    ],
  ];

  const allWeekdays = [...weekdayOf.keys(), ...weekdayAbbrOf.keys()];
  const latin = alternation(allWeekdays.filter((w) => !CJK_CHAR.test(w)));
  const cjk = alternation(allWeekdays.filter((w) => CJK_CHAR.test(w)));
  const weekdayAlt = cjk ? `${latin}|${cjk}` : latin;
  const weekdayAny = cjk ? String.raw`(?<!\p{L})(?<!\p{N})(?:${latin})(?![\p{L}])|(?:${cjk})` : String.raw`(?<!\p{L})(?<!\p{N})(?:${latin})(?![\p{L}])`;

  const compiled: Compiled = {
    monthOf,
    yearRequired: new Set(vocab.yearRequired.map(foldText)),
    capitalRequired: new Set(vocab.capitalRequired.map(foldText)),
    weekdayOf,
    weekdayAbbrOf,
    patterns: sources.map(([kind, src]) => ({ kind, re: letterPattern(src, 'gdu') })),
    pairSep: letterPattern(
      // A leading dot closes a dotted pair (`16.12.–20.12.2024`); a weekday may open the end
      // (`Mon 16/12 – Fri 20/12`).
      String.raw`^\.?(?:${H}*(?:-->|->|=>|→|⇒|⟶|[\-–—−~～〜]|\.\.\.?|至|到|から)${H}*|${H}+(?:to|till|until|through|thru|al|a|hasta|ate|au|bis|tot|do|до|по)${H}+)(?:(?:${weekdayAlt})\.?,?${H}*)?$`,
      'u',
    ),
    weekdayAny: letterPattern(weekdayAny, 'gu'),
    weekdayBefore: letterPattern(String.raw`(?:^|[^\p{L}\p{N}])(?:${weekdayAlt})\.?,?${H}*$`, 'u'),
    weekdayAfter: letterPattern(String.raw`^${H}*,?${H}*[(（]?(?:${weekdayAlt})(?!\p{L})`, 'u'),
  };
  compiledCache.set(vocab, compiled);
  return compiled;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A validated part; year-less parts allow Feb 29 until a year is chosen. */
function part(y: number | null, m: number, d: number): Part | null {
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return null;
  if (y !== null && (y < 1900 || y > 2199)) return null;
  if (d > daysInMonth(y ?? 2000, m)) return null;
  return { y, m, d };
}

/** The order year inference and weekday lookup read numeric dates in. */
const DAY_FIRST = (): DateOrder => 'dmy';

/** Day and month of `a<sep>b` under the order rule (see the module comment); `order` is asked only when the parts leave it open. */
function dayMonth(a: number, b: number, sep: string, order: () => DateOrder): { d: number; m: number } | null {
  if (a > 12 && b > 12) return null;
  if (a > 12) return { d: a, m: b };
  if (b > 12) return { d: b, m: a };
  const o = sep === '.' ? 'dmy' : order();
  return o === 'dmy' ? { d: a, m: b } : { d: b, m: a };
}

/** Every candidate date in the folded text, overlaps settled (earliest, then longest). */
const ANY_DIGIT = /\d/;
const CJK_MONTH = /[月월]/;

function scan(f: string, original: string, c: Compiled, order: () => DateOrder): Hit[] {
  const hits: Hit[] = [];
  // Every pattern needs an ASCII digit (full-width ones are folded to ASCII), and the CJK ones a month sign.
  if (!ANY_DIGIT.test(f)) return hits;
  const cjk = CJK_MONTH.test(f);
  for (const { kind, re } of c.patterns) {
    if (!cjk && (kind === 'cjk' || kind === 'cjkrange')) continue;
    for (const m of re.matchAll(f)) {
      const hit = toHit(kind, m, original, c, order);
      if (hit) hits.push(hit);
    }
  }
  hits.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: Hit[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start >= lastEnd) {
      kept.push(h);
      lastEnd = h.end;
    }
  }
  return kept;
}

function toHit(kind: Compiled['patterns'][number]['kind'], m: RegExpMatchArray, original: string, c: Compiled, order: () => DateOrder): Hit | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const num = (s: string | undefined): number => (s === undefined ? NaN : Number(s));
  const year = g['y'] === undefined ? null : Number(g['y']);

  const monthWordOk = (): boolean => {
    const word = g['mon'] ?? '';
    if (year !== null) return true;
    if (c.yearRequired.has(word)) return false;
    if (c.capitalRequired.has(word)) {
      const at = m.indices?.groups?.['mon']?.[0];
      const ch = at === undefined ? '' : original.charAt(at);
      return ch !== '' && ch !== ch.toLowerCase();
    }
    return true;
  };
  const single = (k: HitKind, p: Part | null, sep = ''): Hit | null => (p ? { start, end, kind: k, sep, from: p, to: null } : null);
  const range = (k: HitKind, from: Part | null, to: Part | null): Hit | null => {
    if (!from || !to) return null;
    if (from.m === to.m && to.d < from.d && (from.y === null || to.y === null || from.y === to.y)) return null;
    return { start, end, kind: k, sep: '', from, to };
  };

  switch (kind) {
    case 'iso':
      return single('iso', part(year, num(g['m']), num(g['d'])), g['s']);
    case 'numeric': {
      const sep = g['s'] ?? '';
      const a = g['a'] ?? '';
      const b = g['b'] ?? '';
      const yRaw = g['y'] ?? '';
      let y = Number(yRaw);
      if (yRaw.length === 2) {
        // `20/02/26`: only when every part has two digits and the separator is / or .
        if (sep === '-' || a.length !== 2 || b.length !== 2) return null;
        y += 2000;
      }
      const dm = dayMonth(Number(a), Number(b), sep, order);
      return dm ? single('numeric', part(y, dm.m, dm.d), sep) : null;
    }
    case 'bare': {
      const sep = g['s'] ?? '';
      const dm = dayMonth(num(g['a']), num(g['b']), sep, order);
      return dm ? single('bare', part(null, dm.m, dm.d), sep) : null;
    }
    case 'name': {
      const month = c.monthOf.get(g['mon'] ?? '');
      if (month === undefined || !monthWordOk()) return null;
      return single('name', part(year, month, num(g['d'])));
    }
    case 'cjk':
      if (year === null && g['suf'] === undefined) return null;
      return single('cjk', part(year, num(g['m']), num(g['d'])));
    case 'mrange':
    case 'drange': {
      const month = c.monthOf.get(g['mon'] ?? '');
      if (month === undefined || !monthWordOk()) return null;
      // The year is written once, after the second day; it belongs to both.
      return range('name', part(year, month, num(g['d'])), part(year, month, num(g['d2'])));
    }
    case 'nrange':
      // Day first, as a day range before one month is only written that way.
      return range('numeric', part(year, num(g['m']), num(g['d'])), part(year, num(g['m']), num(g['d2'])));
    case 'cjkrange': {
      const m1 = num(g['m']);
      const m2 = g['m2'] === undefined ? m1 : num(g['m2']);
      // The year is written once, before the first day; the end may roll into the next year.
      return range('cjk', part(year, m1, num(g['d'])), part(m2 === m1 ? year : null, m2, num(g['d2'])));
    }
  }
}

/** Hits → dates and ranges, with unsupported bare pairs removed (see the bare-pair rule). */
function expressions(text: string, ctx: DateContext): Expr[] {
  const c = compile(ctx.vocab ?? DEFAULT_DATE_VOCAB);
  const f = foldText(text);
  // ctx.order is read only for an ambiguous numeric date: a reader may work it out on demand.
  const hits = scan(f, text, c, () => ctx.order ?? 'dmy');

  const grouped: Expr[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    const next = hits[i + 1];
    if (!h.to && next && !next.to && c.pairSep.test(f.slice(h.end, next.start))) {
      grouped.push({ from: h.from, to: next.from, hits: [h, next] });
      i++;
    } else {
      grouped.push({ from: h.from, to: h.to, hits: [h] });
    }
  }

  const out: Expr[] = [];
  for (const e of grouped) {
    const ok = e.hits.map((h) => h.kind !== 'bare' || bareAccepted(h, e.hits, f, hits, c, ctx));
    if (ok.every(Boolean)) out.push(e);
    else for (const [i, h] of e.hits.entries()) if (ok[i]) out.push({ from: h.from, to: h.to, hits: [h] });
  }
  return out;
}

function bareAccepted(h: Hit, group: Hit[], f: string, all: Hit[], c: Compiled, ctx: DateContext): boolean {
  if (ctx.allowBareSlash) return true;
  if (c.weekdayBefore.test(f.slice(Math.max(0, h.start - 40), h.start))) return true;
  if (c.weekdayAfter.test(f.slice(h.end, h.end + 40))) return true;
  if (group.some((o) => o !== h && o.kind === 'numeric' && o.from.y !== null)) return true;
  return h.sep === '/' && headingAlone(h, f, all, c);
}

/** True when `h`'s line is a Markdown heading holding only dates, weekdays and punctuation. */
function headingAlone(h: Hit, f: string, all: Hit[], c: Compiled): boolean {
  const lineStart = h.start === 0 ? 0 : f.lastIndexOf('\n', h.start - 1) + 1;
  const nl = f.indexOf('\n', h.end);
  const lineEnd = nl < 0 ? f.length : nl;
  const line = f.slice(lineStart, lineEnd);
  const marker = /^ {0,3}#{1,6}[^\S\r\n]+/u.exec(line);
  if (!marker) return false;
  const chars = line.split('');
  for (const o of all) {
    if (o.start < lineStart || o.end > lineEnd) continue;
    for (let k = o.start; k < o.end; k++) chars[k - lineStart] = ' ';
  }
  const rest = chars.join('').slice(marker[0].length).replace(c.weekdayAny, ' ');
  return /^[\s\p{P}\p{S}]*$/u.test(rest);
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function before(a: Part, b: Part): boolean {
  return a.m < b.m || (a.m === b.m && a.d < b.d);
}

/** Chooses years (see `parseDateRange`) and checks the days exist in them. */
function resolve(e: Expr, ctx: DateContext): DateRange | null {
  // ctx.year is read only for a date written without one: a reader may work it out on demand.
  const fallbackYear = (): number | null => {
    const y = ctx.year;
    return y !== undefined && Number.isInteger(y) ? y : null;
  };
  const { from, to } = e;
  if (!to) {
    const y = from.y ?? fallbackYear();
    if (y === null || from.d > daysInMonth(y, from.m)) return null;
    const day = iso(y, from.m, from.d);
    return { start: day, end: day };
  }
  let ys = from.y;
  let ye = to.y;
  if (ys === null && ye === null) {
    const fallback = fallbackYear();
    if (fallback === null) return null;
    ys = fallback;
    ye = before(to, from) ? fallback + 1 : fallback;
  } else if (ys === null && ye !== null) {
    ys = before(to, from) ? ye - 1 : ye;
  } else if (ye === null && ys !== null) {
    ye = before(to, from) ? ys + 1 : ys;
  }
  if (ys === null || ye === null) return null;
  if (from.d > daysInMonth(ys, from.m) || to.d > daysInMonth(ye, to.m)) return null;
  return { start: iso(ys, from.m, from.d), end: iso(ye, to.m, to.d) };
}
