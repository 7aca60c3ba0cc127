/**
 * The small inline constructs, each read at one position of the joined inline text: character
 * references, an inline link's `(destination "title")`, autolinks and raw inline HTML. Each follows
 * CommonMark as micromark implements it; where a construct runs over a line ending the section
 * declines (remark reads it).
 */
import { decline } from './decline.js';

/** True for the ASCII punctuation characters a backslash escapes. */
export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

// The named references this parser knows; any other `&name;` declines (remark knows them all).
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  rarr: '\u2192',
  larr: '\u2190',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/** The character reference at `s` (`&amp;`, `&#35;`, `&#x23;`) and what it stands for, or null when there is none. */
export function characterReference(v: string, s: number): { end: number; value: string } | null {
  REFERENCE.lastIndex = s;
  const m = REFERENCE.exec(v);
  if (!m) return null;
  const end = s + m[0].length;
  if (m[3] !== undefined) {
    const value = NAMED[m[3]];
    if (value === undefined) decline(`character reference &${m[3]};`);
    return { end, value };
  }
  return { end, value: numericReference(m[1] !== undefined ? Number.parseInt(m[1], 16) : Number.parseInt(m[2]!, 10)) };
}

/** micromark's decodeNumericCharacterReference: invalid and control code points read as U+FFFD. */
function numericReference(code: number): string {
  const invalid =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55295 && code < 57344) ||
    (code > 64975 && code < 65008) ||
    (code & 65535) === 65535 ||
    (code & 65535) === 65534 ||
    code > 1114111;
  return invalid ? '\ufffd' : String.fromCodePoint(code);
}

/** Backslash escapes and character references resolved, as in a link destination. */
function resolveEscapes(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('&')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92 && isAsciiPunctuation(raw.charCodeAt(i + 1))) {
      out += raw[++i];
    } else if (c === 38) {
      const ref = characterReference(raw, i);
      if (ref) {
        out += ref.value;
        i = ref.end - 1;
      } else out += '&';
    } else out += raw[i];
  }
  return out;
}

/**
 * The rest of an inline link after `](`: destination, optional title, `)`. Returns where the link
 * ends and its URL, or null when it is not a link tail (the `]` is then text).
 */
export function linkTail(v: string, s: number): { end: number; url: string } | null {
  let k = skipSpaces(v, s);
  if (v.charCodeAt(k) === 41) return { end: k + 1, url: '' };
  const dest = destination(v, k);
  if (!dest) return null;
  k = dest.end;
  const spaced = skipSpaces(v, k);
  const q = v.charCodeAt(spaced);
  if (spaced > k && (q === 34 || q === 39 || q === 40)) {
    const close = q === 40 ? 41 : q;
    let t = spaced + 1;
    while (t < v.length && v.charCodeAt(t) !== close) {
      if (v.charCodeAt(t) === 10 || v.charCodeAt(t) === 13) decline('link title over lines');
      if (q === 40 && v.charCodeAt(t) === 40) return null;
      t += v.charCodeAt(t) === 92 ? 2 : 1;
    }
    if (t >= v.length) return null;
    k = skipSpaces(v, t + 1);
  } else k = spaced;
  if (v.charCodeAt(k) !== 41) return null;
  return { end: k + 1, url: resolveEscapes(dest.raw) };
}

function skipSpaces(v: string, s: number): number {
  let k = s;
  while (v.charCodeAt(k) === 32) k++;
  const c = v.charCodeAt(k);
  if (c === 10 || c === 13 || c === 9) decline('link tail over lines');
  return k;
}

function destination(v: string, s: number): { end: number; raw: string } | null {
  if (v.charCodeAt(s) === 60) {
    for (let k = s + 1; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (c === 62) return { end: k + 1, raw: v.slice(s + 1, k) };
      if (c === 60 || c === 10 || c === 13) return null;
      if (c === 92) k++;
    }
    return null;
  }
  let depth = 0;
  let k = s;
  for (; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c <= 32 || c === 127) break;
    if (c === 92 && isAsciiPunctuation(v.charCodeAt(k + 1))) k++;
    else if (c === 40) {
      if (++depth > 32) return null;
    } else if (c === 41) {
      if (depth === 0) break;
      depth--;
    }
  }
  if (depth !== 0 || k === s) return null;
  return { end: k, raw: v.slice(s, k) };
}

// No space, control character, `<` or `>` in the address.
// biome-ignore lint/suspicious/noControlCharactersInRegex: CommonMark excludes exactly U+0000–U+0020 from an autolink
const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>]*)>/y;
const EMAIL_AUTOLINK =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const HTML = new RegExp(
  String.raw`<(?:[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--(?:>|->|[\s\S]*?-->)|\?[\s\S]*?\?>|![A-Za-z][^>]*>|!\[CDATA\[[\s\S]*?\]\]>)`,
  'y',
);

/** An autolink (`<https://…>`, `<a@b.c>`) or inline HTML at `s`, or null when `<` is text there. */
export function rawHtml(v: string, s: number): { kind: 'autolink'; end: number; url: string } | { kind: 'html'; end: number } | null {
  URI_AUTOLINK.lastIndex = s;
  let m = URI_AUTOLINK.exec(v);
  if (m) return { kind: 'autolink', end: s + m[0].length, url: m[1]! };
  EMAIL_AUTOLINK.lastIndex = s;
  m = EMAIL_AUTOLINK.exec(v);
  if (m) return { kind: 'autolink', end: s + m[0].length, url: `mailto:${m[1]}` };
  HTML.lastIndex = s;
  m = HTML.exec(v);
  if (!m) return null;
  if (/[\r\n]/.test(m[0])) decline('inline HTML over lines');
  return { kind: 'html', end: s + m[0].length };
}
