/**
 * Regular expressions with Unicode property classes (`\p{L}`, `\p{N}`, `\p{Lu}`…), compiled only
 * for the text that needs them.
 *
 * V8 builds each property class from the Unicode tables every time it parses an expression (once
 * when the expression is created, again when it is compiled): about 50 µs per `\p{…}`, and the
 * reader's expressions hold some two hundred of them. On a first run of `status` on a 21 KB
 * seed that was 27 ms of 188, none of it needed for a document written in English.
 *
 * Rule: on a text with no letter, digit or mark outside ASCII (emoji, arrows and dashes are
 * allowed), a letter class matches exactly the ASCII letters it contains, `\p{N}` the ASCII
 * digits, `\p{Lo}` and `\p{M}` nothing, so the expression with those classes written in ASCII
 * (its "ASCII twin") matches exactly as the original does. A LetterPattern holds both and uses the
 * twin on such text and the original on any other; each is compiled on first use. Classes that
 * do not concern letters and digits (`\p{Extended_Pictographic}`, `\p{S}`, `\p{Script=…}`) stay
 * as written in the twin. tests/property/letter-pattern.property.test.ts compares every pattern of
 * the program with its original on random text of many scripts.
 */

/** A non-ASCII character anywhere. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The general categories a twin writes in ASCII, grouped as the checks below test them. */
type Wide = 'L' | 'N' | 'M';

/** For each set of categories (as "L", "LN", "LMN"…), a test for a non-ASCII character in one of them, compiled on first use. */
const WIDE_CHECKS = new Map<string, RegExp>();

/**
 * True when `text` has no character outside ASCII in the categories `wide` (letters, digits,
 * marks): there a pattern whose property classes are only of those categories matches as its
 * ASCII twin. A text of ASCII with emoji, dashes and arrows has none; U+FE0F, which follows many
 * emoji, is a mark, so it matters only to patterns that test marks.
 */
export function asciiWordsOnly(text: string, wide = 'LMN'): boolean {
  if (!NON_ASCII.test(text)) return true;
  let check = WIDE_CHECKS.get(wide);
  if (check === undefined) {
    check = new RegExp(`(?=[\\u0080-\\u{10ffff}])[${[...wide].map((c) => `\\p{${c}}`).join('')}]`, 'u');
    WIDE_CHECKS.set(wide, check);
  }
  return !check.test(text);
}

/**
 * Whether patterns use their originals on every text, set per document by the reader. Either way
 * the answers are the same (the original is exact on any text, the twin on the texts it is used
 * for); this only decides what gets compiled. In a document written mostly in another script
 * nearly every pattern would meet both kinds of text and compile twice, so there the originals are
 * used throughout; in one with a few accented or mojibake letters the twins still pay.
 */
let originalsOnly = false;
/** Whether the ASCII twins may be used at all (tests compare whole readings with and without them). */
let twinsAllowed = true;

/** Allows or forbids the ASCII twins for the rest of the process; answers are the same either way. */
export function useAsciiTwins(on: boolean): void {
  twinsAllowed = on;
}

/** Share of a document's characters that are non-ASCII letters above which its patterns use their originals. */
const WIDE_SHARE = 0.01;
const WIDE_LETTER = /(?=[\u0080-\u{10ffff}])\p{L}/gu;

/** Sets which expressions the next reads compile, from the document they read (see originalsOnly). */
export function chooseExpressionsFor(document: string): void {
  originalsOnly = !twinsAllowed;
  if (originalsOnly) return;
  if (!NON_ASCII.test(document)) return;
  let wide = 0;
  const enough = document.length * WIDE_SHARE;
  WIDE_LETTER.lastIndex = 0;
  while (WIDE_LETTER.exec(document) !== null) if (++wide > enough) break;
  originalsOnly = wide > enough;
}

/** What each letter and digit property stands for on text without non-ASCII letters, digits or marks. */
const ASCII_PART: Record<string, string> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  Lt: '',
  Lm: '',
  Lo: '',
  M: '',
  Mn: '',
  Mc: '',
  Me: '',
  N: '0-9',
  Nd: '0-9',
  Nl: '',
  No: '',
};

/**
 * The ASCII twin of a pattern's source, or null when it cannot be written (a negated property
 * inside a class). Escapes are copied as they are; `\p{X}` with X a letter, mark or number
 * category becomes its ASCII part, inside a class or as a class of its own; `\P{X}` outside a
 * class becomes the negated class.
 */
export function asciiTwin(source: string): string | null {
  return twinOf(source)?.source ?? null;
}

/** The twin's source and the categories (of L, M, N) its original tests, or null. */
function twinOf(source: string): { source: string; wide: string } | null {
  const wide = new Set<Wide>();
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const m = /^\\([pP])\{([A-Za-z_=]+)\}/.exec(source.slice(i, i + 40));
      const part = m ? ASCII_PART[m[2]!] : undefined;
      if (m && part !== undefined) {
        wide.add(m[2]![0] as Wide);
        const negated = m[1] === 'P';
        if (inClass && negated) return null;
        out += inClass ? part : `[${negated ? '^' : ''}${part}]`;
        i += m[0].length - 1;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return { source: out, wide: [...wide].sort().join('') };
}

/**
 * A regular expression used through the same calls as a RegExp (`test`, `exec`, and as the
 * argument of `replace`, `match`, `split`, `search`), choosing per text between the original and
 * its ASCII twin. `lastIndex` is kept here and handed to whichever runs, so sticky and global
 * scans work as with one RegExp.
 */
export class LetterPattern {
  /** Where the next sticky or global search starts, as RegExp#lastIndex. */
  lastIndex = 0;
  private full: RegExp | undefined;
  /** The twin's source and the categories its original tests (null: none can be written), then the compiled twin. */
  private twinned: { source: string; wide: string } | null | undefined;
  private twin: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The expression to run on `text`, with this pattern's lastIndex. */
  private pick(text: string): RegExp {
    if (this.twinned === undefined) this.twinned = twinOf(this.source);
    const twinned = this.twinned;
    const re = twinned !== null && twinsAllowed && !originalsOnly && asciiWordsOnly(text, twinned.wide) ? this.compiledTwin(twinned.source) : this.original();
    re.lastIndex = this.lastIndex;
    return re;
  }

  private compiledTwin(source: string): RegExp {
    this.twin ??= new RegExp(source, this.flags);
    return this.twin;
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
