/**
 * Small string helpers shared by the recognizers: inline-Markdown stripping for raw lines,
 * whitespace folding, emoji/variation-selector handling, and word-boundary phrase search that
 * works for Cyrillic, accented Latin and CJK alike.
 */
import { memoText } from './memo.js';
import { repairMojibake } from './mojibake.js';
import { isWordChar } from './word-char.js';
import { letterPattern, lettersRe } from './letter-pattern.js';

/** Removes inline Markdown from a raw line: emphasis, code ticks, links, images, HTML tags, escapes. */
export function stripInline(raw: string): string {
  return STRIP_INLINE(raw);
}

const STRIP_INLINE = memoText((raw) => {
  // Plain text (no markup characters, single spaces, nothing to trim) is returned as it is: most cells and titles are.
  if (!MARKUP_OR_SPACING.test(raw)) return raw;
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/(^|[^~\w])~([^~\s][^~]*?)~(?![~\w])/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
});

/** The text recognizers compare against: mojibake repaired, variation selectors dropped, spaces folded. */
export function normalizeForMatch(text: string): string {
  return NORMALIZED(text);
}

const NORMALIZED = memoText((text) =>
  repairMojibake(text)
    .replace(/[\ufe0e\ufe0f\u200d]/g, '')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Lowercase form used for vocabulary matching. */
export function fold(text: string): string {
  return FOLDED(text);
}

/**
 * Recognizers fold the same cell and title text many times over: one fold each. toLowerCase is the
 * root locale's lowercasing (no Turkish or Lithuanian rules), as toLocaleLowerCase('und') is, and
 * several times faster (tests/property/fast-paths.property.test.ts compares them on every code point).
 */
const FOLDED = memoText((text) => normalizeForMatch(text).toLowerCase());

/** What makes stripInline do anything: a markup character, a run of spaces, a tab or line break, or spaces at an end. */
const MARKUP_OR_SPACING = /[![\]\\<>*_~`]|\s{2}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^\s|\s$/;

/** A CJK phrase needs no word boundary: those scripts do not separate words with spaces. */
const CJK_PHRASE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Index of `phrase` in `haystack` at word boundaries (both already folded), or -1. */
export function findPhrase(haystack: string, phrase: string): number {
  let from = 0;
  let cjk: boolean | undefined;
  for (;;) {
    const at = haystack.indexOf(phrase, from);
    if (at < 0) return -1;
    cjk ??= CJK_PHRASE.test(phrase);
    if (cjk) return at;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + phrase.length] ?? '';
    const okBefore = before === '' || !isWordChar(before) || !isWordChar(phrase[0]!);
    // A dot between letters joins one name ("Next.js", "done.md"): the phrase does not end there.
    const next = haystack[at + phrase.length + 1];
    const dotted = after === '.' && next !== undefined && isWordChar(next);
    const okAfter = (after === '' || !isWordChar(after) || !isWordChar(phrase[phrase.length - 1]!)) && !dotted;
    if (okBefore && okAfter) return at;
    from = at + 1;
  }
}

// biome-ignore lint/suspicious/noMisleadingCharacterClass: joiners and selectors are removed one by one on purpose
const SYMBOLS = /[\p{Extended_Pictographic}\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]/gu;
/** Arrows that join two things ("27/02 → 05/03", "Login → Dashboard") rather than decorate. */
const JOINING_ARROW = /^[\u2190-\u21ff\u2794\u279c]$/u;

/**
 * Removes emoji and pictographic symbols (status marks, decoration) from a title. An arrow with
 * text on both sides (one space allowed each way) is kept: it says "to" ("27/02 → 05/03"), so a
 * date range or a flow in a title survives; a leading or trailing arrow is decoration.
 */
export function stripEmoji(text: string): string {
  return WITHOUT_EMOJI(text);
}

const WITHOUT_EMOJI = memoText((text) =>
  text
    .replace(SYMBOLS, (ch, at: number, all: string) => (JOINING_ARROW.test(ch) && joins(all, at, ch.length) ? ch : ''))
    .replace(/\s+/g, ' ')
    .trim(),
);

function joins(all: string, at: number, length: number): boolean {
  return lettersRe`[\p{L}\p{N})\]]\s?$`.test(all.slice(Math.max(0, at - 2), at)) && lettersRe`^\s?[\p{L}\p{N}([]`.test(all.slice(at + length, at + length + 2));
}

/** Placeholder test: '-', '—', 'N/A', 'TBD', empty. */
export function isBlankish(text: string, placeholders: readonly string[]): boolean {
  const t = fold(stripInline(text));
  if (t === '' || placeholders.includes(t)) return true;
  // "None yet.", "(none)", "_Nothing_": the placeholder in punctuation or emphasis.
  const bare = t.replace(/^[\s(*_]+|[\s)*_.!…]+$/gu, '');
  return bare !== t && (bare === '' || placeholders.includes(bare));
}

/** A series number before a title ("1. ", "2) "): it orders items of a list or headings and is no part of a title. */
export const SERIES_NUMBER = /^\s*\d{1,3}[.)]\s+(?=\S)/u;

/**
 * A template's slot outside code: a brace, then at once a capitalised name ("{Story Name}", "{X}",
 * "{Task: Store the token}") or several lowercase words with no colon ("{what is left}"), and no
 * double quote, equals sign or semicolon, which code objects have ("{ status: \"ok\" }", "{id = x.Id}").
 */
const TEMPLATE_SLOT = letterPattern(String.raw`\{(?:\p{Lu}[^{}\n"=;]{0,60}|\p{Ll}[^{}\n"=;:]*\s[^{}\n"=;:]*)\}`, 'u');

/**
 * A line that opens with a template's slot in square brackets, not a link: a capitalised phrase of
 * several words or of words joined by a slash, some of them in lowercase ("[Action 1] - [Owner]",
 * "**[Task/Feature]** - …", "[What you did yesterday]"); codes ("[C-1/C-2]") are IDs. One word in brackets ("[P]", "[US1]", "[Bug]") is a label, a wiki
 * link ("[[Page Name]]") is a link, and a bracket later in a title ("Sprint 3 [Week 2]") is its text.
 */
const BRACKET_SLOT = letterPattern(String.raw`^[\s*_]*\[(?=[^\]\n]*\p{Ll})\p{Lu}[^\][\n]*[\s/][^\][\n]*\](?![(:[\]])`, 'u');

/**
 * Rule: a line holding a template slot ("#### Story {ID}: {Story Name}", "- **Outcome:** {Value
 * delivered}", "- [ ] [Action 1] - [Owner] - [Due Date]") is a template's text, to be filled in,
 * not work; a lowercase name in braces ("GET /users/{id}"), a one-word label in brackets, a link
 * and anything in a code span are not slots.
 */
export function hasTemplateSlot(source: string): boolean {
  const text = source.replace(/`+[^`]*`+/g, '');
  return TEMPLATE_SLOT.test(text) || BRACKET_SLOT.test(text);
}
