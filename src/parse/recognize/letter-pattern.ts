/**
 * Regular expressions with Unicode property classes (`\p{L}`, `\p{N}`, `\p{Lu}`…), compiled only
 * for the text that needs them.
 *
 * V8 builds each property class from the Unicode tables every time it parses an expression (once
 * when the expression is created, again when it is compiled): about 50 µs per `\p{…}`, and the
 * reader's expressions hold some two hundred of them. On a first run of `status` on a 21 KB
 * seed that was 27 ms of 188, none of it needed for a document written in English.
 *
 * Rule: on a text whose letters, digits and marks all lie below U+0250 (ASCII, Latin-1, Latin
 * Extended-A and -B: English, the other languages of Western and Central Europe, Turkish, and the
 * mojibake of UTF-8 read as Latin-1; emoji, arrows and dashes may be anywhere), a property class
 * matches exactly its members below U+0250, so the expression with each class written as those
 * members (its "Latin twin", from the tables of latin-classes.ts) matches exactly as the original
 * does. Under case folding (`i`) a letter class also matches U+0345, a mark, and a mark class three
 * Greek letters, so there a text must have no letter or mark at or above U+0250. A LetterPattern
 * holds both and uses the twin on such text and the original on any other; each is compiled on
 * first use. A document with no letter or digit outside ASCII uses the ASCII twin (each class
 * written as its ASCII members, smaller to compile) on text with none either. Classes that do not
 * concern letters and digits (`\p{Extended_Pictographic}`, `\p{S}`, `\p{Script=…}`) stay as
 * written in the twin. tests/property/letter-pattern.property.test.ts compares every pattern of the
 * program with its original on random text of many scripts.
 */
import { LATIN_LIMIT, MEMBERS } from './latin-classes.js';

/** A non-ASCII character anywhere. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The general categories a twin writes out, grouped as the checks below test them. */
type Wide = 'L' | 'N' | 'M';

/** For each start and set of categories (as "128/L", "592/LN"…), a test for a character from there in one of them, compiled on first use. */
const WIDE_CHECKS = new Map<string, RegExp>();

/**
 * True when `text` has no character outside ASCII in the categories `wide` (letters, digits,
 * marks). A text of ASCII with emoji, dashes and arrows has none; U+FE0F, which follows many
 * emoji, is a mark, so it matters only to callers that test marks.
 */
export function asciiWordsOnly(text: string, wide = 'LMN'): boolean {
  return !NON_ASCII.test(text) || !wideCheck(0x80, wide).test(text);
}

/** A character at or above U+0250 anywhere. */
const BEYOND_LATIN = /[\u0250-\uffff]/;

/**
 * True when `text` has no character at or above U+0250 in the categories `wide` (letters, digits,
 * marks): there a pattern whose property classes are only of those categories matches as its
 * Latin twin (see the file header).
 */
export function latinWordsOnly(text: string, wide = 'LMN'): boolean {
  return !BEYOND_LATIN.test(text) || !wideCheck(LATIN_LIMIT, wide).test(text);
}

/** The test for a character at or above `from` in one of the categories `wide`, compiled once. */
function wideCheck(from: number, wide: string): RegExp {
  const key = `${from}/${wide}`;
  let check = WIDE_CHECKS.get(key);
  if (check === undefined) {
    check = new RegExp(`(?=[\\u{${from.toString(16)}}-\\u{10ffff}])[${[...wide].map((c) => `\\p{${c}}`).join('')}]`, 'u');
    WIDE_CHECKS.set(key, check);
  }
  return check;
}

/**
 * Whether patterns use their originals on every text, set per document by the reader. Either way
 * the answers are the same (the original is exact on any text, the twin on the texts it is used
 * for); this only decides what gets compiled. In a document written mostly in another script
 * nearly every pattern would meet both kinds of text and compile twice, so there the originals are
 * used throughout; in one with a few accented or mojibake letters the twins still pay.
 */
let originalsOnly = false;
/** Whether the Latin twins may be used at all (tests compare whole readings with and without them). */
let twinsAllowed = true;

/** Allows or forbids the Latin twins for the rest of the process; answers are the same either way. */
export function useLatinTwins(on: boolean): void {
  twinsAllowed = on;
}

/** Share of a document's characters that are letters at or above U+0250 above which its patterns use their originals. */
const WIDE_SHARE = 0.01;
const WIDE_LETTER = /(?=[\u0250-\u{10ffff}])\p{L}/gu;

/** Whether patterns try their ASCII twin before the Latin one, set per document: true for one without letters or digits outside ASCII. */
let preferAscii = true;

/** Sets which expressions the next reads compile, from the document they read (see originalsOnly and preferAscii). */
export function chooseExpressionsFor(document: string): void {
  originalsOnly = !twinsAllowed;
  preferAscii = asciiWordsOnly(document, 'LN');
  if (originalsOnly) return;
  if (!BEYOND_LATIN.test(document)) return;
  let wide = 0;
  const enough = document.length * WIDE_SHARE;
  WIDE_LETTER.lastIndex = 0;
  while (WIDE_LETTER.exec(document) !== null) if (++wide > enough) break;
  originalsOnly = wide > enough;
}

/**
 * The Latin twin of a pattern's source under `flags`, or null when it cannot be written (a negated
 * property inside a class). Escapes are copied as they are; `\p{X}` with X a letter, mark or number
 * category becomes its members below U+0250, inside a class or as a class of its own; `\P{X}`
 * outside a class becomes the negated class.
 */
export function latinTwin(source: string, flags = 'u'): string | null {
  return twinOf(source, flags)?.latin ?? null;
}

/** A pattern's twins' sources and the categories (of L, M, N) its original tests. */
interface Twins {
  ascii: string;
  latin: string;
  wide: string;
}

/** The twins of a pattern's source, or null when they cannot be written. */
function twinOf(source: string, flags: string): Twins | null {
  const folded = flags.includes('i');
  const wide = new Set<Wide>();
  let out = '';
  let ascii = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const m = /^\\([pP])\{([A-Za-z_=]+)\}/.exec(source.slice(i, i + 40));
      const members = m ? MEMBERS[m[2]!] : undefined;
      if (m && members !== undefined) {
        wide.add(m[2]![0] as Wide);
        const negated = m[1] === 'P';
        if (inClass && negated) return null;
        const part = folded ? members.folded : members.unfolded;
        out += inClass ? part : `[${negated ? '^' : ''}${part}]`;
        ascii += inClass ? members.ascii : `[${negated ? '^' : ''}${members.ascii}]`;
        i += m[0].length - 1;
      } else {
        out += c + (source[i + 1] ?? '');
        ascii += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
    ascii += c;
  }
  // Under case folding a letter class also matches U+0345 (a mark), a mark class Greek letters.
  if (folded && (wide.has('L') || wide.has('M'))) wide.add('L').add('M');
  return { ascii, latin: out, wide: [...wide].sort().join('') };
}

/**
 * A regular expression used through the same calls as a RegExp (`test`, `exec`, and as the
 * argument of `replace`, `match`, `split`, `search`), choosing per text between the original and
 * its Latin twin. `lastIndex` is kept here and handed to whichever runs, so sticky and global
 * scans work as with one RegExp.
 */
export class LetterPattern {
  /** Where the next sticky or global search starts, as RegExp#lastIndex. */
  lastIndex = 0;
  private full: RegExp | undefined;
  /** The twins' sources and the categories (of L, M, N) its original tests (null: none can be written), then the compiled twins. */
  private twinned: Twins | null | undefined;
  private ascii: RegExp | undefined;
  private latin: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The expression to run on `text`, with this pattern's lastIndex. */
  private pick(text: string): RegExp {
    if (this.twinned === undefined) this.twinned = twinOf(this.source, this.flags);
    const twinned = this.twinned;
    const re = twinned === null || !twinsAllowed || originalsOnly ? this.original() : this.twinFor(text, twinned);
    re.lastIndex = this.lastIndex;
    return re;
  }

  /** The ASCII twin in an ASCII document on text it fits, else the Latin twin on text it fits, else the original. */
  private twinFor(text: string, twins: Twins): RegExp {
    if (preferAscii && asciiWordsOnly(text, twins.wide)) {
      this.ascii ??= new RegExp(twins.ascii, this.flags);
      return this.ascii;
    }
    if (!latinWordsOnly(text, twins.wide)) return this.original();
    this.latin ??= new RegExp(twins.latin, this.flags);
    return this.latin;
  }

  /** The pattern as written (compiled on first use). */
  original(): RegExp {
    this.full ??= new RegExp(this.source, this.flags);
    return this.full;
  }

  /** As RegExp#test. */
  test(text: string): boolean {
    const re = this.pick(text);
    const found = re.test(text);
    this.lastIndex = re.lastIndex;
    return found;
  }

  /** As RegExp#exec. */
  exec(text: string): RegExpExecArray | null {
    const re = this.pick(text);
    const found = re.exec(text);
    this.lastIndex = re.lastIndex;
    return found;
  }

  /** As String#matchAll with this pattern (which must be global). */
  matchAll(text: string): IterableIterator<RegExpExecArray> {
    return this.pick(text)[Symbol.matchAll](text) as IterableIterator<RegExpExecArray>;
  }

  /** For String#replace and String#replaceAll. */
  [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    const re = this.pick(text);
    const out = re[Symbol.replace](text, replacement as string);
    this.lastIndex = re.lastIndex;
    return out;
  }

  /** For String#match. */
  [Symbol.match](text: string): RegExpMatchArray | null {
    const re = this.pick(text);
    const out = re[Symbol.match](text);
    this.lastIndex = re.lastIndex;
    return out;
  }

  /** For String#split. */
  [Symbol.split](text: string, limit?: number): string[] {
    return this.pick(text)[Symbol.split](text, limit);
  }

  /** For String#search. */
  [Symbol.search](text: string): number {
    return this.pick(text)[Symbol.search](text);
  }
}

/** A LetterPattern from a regular expression's source and flags (the source is not compiled here). */
export function letterPattern(source: string, flags = 'u'): LetterPattern {
  const pattern = new LetterPattern(source, flags);
  if (MADE.size < MADE_LIMIT) MADE.set(`${flags}/${source}`, pattern);
  return pattern;
}

/** One pattern per source made so far (bounded), for the test that compares each with its original. */
const MADE = new Map<string, LetterPattern>();
const MADE_LIMIT = 5000;

/** The patterns made so far, one per source and flags. */
export function patternsMade(): LetterPattern[] {
  return [...MADE.values()];
}

/** Either kind of expression, for code that runs both (a sticky scanner trying several token classes). */
export type AnyPattern = RegExp | LetterPattern;

/** The pattern of each tagged template (its strings array is the same object at every call of one site). */
const BY_SITE = new WeakMap<TemplateStringsArray, LetterPattern>();
/** One tag per set of flags. */
const TAGS = new Map<string, (strings: TemplateStringsArray) => LetterPattern>();

/**
 * A LetterPattern written in place, as a tagged template of its source (`lettersRe\`^\p{L}+\``), made
 * once per place in the code. No substitutions: the source is the template's raw text.
 */
export function lettersRe(strings: TemplateStringsArray): LetterPattern {
  return lettersReWith('u')(strings);
}

/** The tag for patterns with other flags than `u` (`lettersReWith('gu')\`[^\p{L}]\``). */
export function lettersReWith(flags: string): (strings: TemplateStringsArray) => LetterPattern {
  let tag = TAGS.get(flags);
  if (tag === undefined) {
    tag = (strings) => {
      let pattern = BY_SITE.get(strings);
      if (pattern === undefined) {
        pattern = letterPattern(strings.raw.join(''), flags);
        BY_SITE.set(strings, pattern);
      }
      return pattern;
    };
    TAGS.set(flags, tag);
  }
  return tag;
}
