/**
 * Inline Markdown (phrasing) read as micromark reads it: text with escapes and character
 * references, code spans, emphasis and strong (`*`, `_`), GFM strikethrough (`~`, `~~`), inline
 * links and images, autolinks, inline HTML, hard and soft line breaks. What it does not read
 * (GFM literal autolinks such as a bare `https://…`, rare entities, code spans or links across
 * lines) declines, and remark reads the section. Output is mdast phrasing with offsets only.
 */
import type { PhrasingContent } from 'mdast';
import { decline } from './decline.js';
import { type Item, resolveSpan } from './delimiters.js';
import { type ContentLine, inlineSource } from './inline-source.js';
import { toPhrasing } from './phrasing-nodes.js';
import { characterReference, isAsciiPunctuation, linkTail, rawHtml } from './inline-tokens.js';

/** Where a `[` or `![` waits for its `]`. */
interface Opener {
  item: number;
  a: number;
  image: boolean;
  active: boolean;
}

// Characters that may start something other than plain text.
const SPECIAL = /[\\`*_~[\]!<&\r\n]/g;

/** The phrasing of content `lines` of `src` (one or more lines of a paragraph, a heading's or a cell's text). */
export function parseInline(src: string, lines: readonly ContentLine[], inTable = false): PhrasingContent[] {
  const source = inlineSource(src, lines);
  const { v } = source;
  const items: Item[] = [];
  const openers: Opener[] = [];
  const text = (a: number, b: number, value = v.slice(a, b)): void => {
    if (b > a) items.push({ kind: 'text', a, b, value });
  };
  let k = 0;
  while (k < v.length) {
    SPECIAL.lastIndex = k;
    const m = SPECIAL.exec(v);
    const s = m ? m.index : v.length;
    if (s > k) text(k, s);
    if (!m) break;
    if (openers.length > 0 && (v.charCodeAt(s) === 10 || v.charCodeAt(s) === 13)) bracketOverLines(v, s, source.at);
    k = special(v, s, items, openers, text);
  }
  if (inTable) unescapePipesInCode(items);
  const nodes = toPhrasing(resolveSpan(items, firstRun(items) === 126), source);
  for (const n of nodes) refuseLiteralAutolinks(n);
  return nodes;
}

function isAutolink(n: PhrasingContent): boolean {
  if (n.type !== 'link' || n.children.length !== 1) return false;
  const only = n.children[0]!;
  return only.type === 'text' && (n.url === only.value || n.url === `mailto:${only.value}`);
}

/** mdast-util-gfm-table: in a table cell, `\\|` in a code span is a pipe. */
function unescapePipesInCode(items: Item[]): void {
  for (const i of items) {
    if (i.kind === 'code') i.value = i.value.replace(/\\\|/g, '|');
    else if ('children' in i) unescapePipesInCode(i.children);
  }
}

/** The character of the first delimiter run in text order (micromark resolves that kind first at the top). */
function firstRun(items: readonly Item[]): number {
  for (const i of items) {
    if (i.kind === 'delim') return i.ch;
    if (i.kind === 'link' || i.kind === 'image') {
      const inner = firstRun(i.children);
      if (inner) return inner;
    }
  }
  return 0;
}

// Text remark-gfm may turn into a link of its own (`www.`, `https://`, an e-mail address): not read here.
const LITERAL_AUTOLINK = /https?:\/\/|www\.|mailto:|xmpp:|[A-Za-z0-9._+-]@[A-Za-z0-9_-]/i;

function refuseLiteralAutolinks(n: PhrasingContent): void {
  if (n.type === 'text' && LITERAL_AUTOLINK.test(n.value)) decline('literal autolink');
  if (isAutolink(n)) return; // `<https://…>`: its text is the address, not text remark-gfm reads again
  if ('children' in n) for (const c of n.children) refuseLiteralAutolinks(c);
}

/**
 * Inside a pending `[`, remark ends a text before a line ending where the next line's containers
 * end, not right after the line ending as elsewhere (found by comparing with remark); the two
 * agree when the next line starts right after the ending, else the section is not read here.
 */
function bracketOverLines(v: string, s: number, at: Int32Array): void {
  const next = s + (v.charCodeAt(s) === 13 ? 2 : 1);
  if (next < v.length && at[next] !== at[next - 1]! + 1) decline('link text over an indented line');
}

/** Reads the construct at `s` (a special character); returns where reading goes on. */
function special(v: string, s: number, items: Item[], openers: Opener[], text: (a: number, b: number, value?: string) => void): number {
  const c = v.charCodeAt(s);
  switch (c) {
    case 92: // backslash
      return backslash(v, s, items, text);
    case 96: // backtick
      return codeSpan(v, s, items, text);
    case 42: // *
    case 95: // _
    case 126: // ~
      return delimiterRun(v, s, c, items, text);
    case 33: // !
      if (v.charCodeAt(s + 1) !== 91) {
        text(s, s + 1);
        return s + 1;
      }
      openers.push({ item: items.length, a: s, image: true, active: true });
      text(s, s + 2);
      return s + 2;
    case 91: // [
      openers.push({ item: items.length, a: s, image: false, active: true });
      text(s, s + 1);
      return s + 1;
    case 93: // ]
      return closeBracket(v, s, items, openers, text);
    case 60: // <
      return angle(v, s, items, text);
    case 38: // &
      return reference(v, s, text);
    default: // line ending
      return lineEnding(v, s, items, text);
  }
}

function backslash(v: string, s: number, items: Item[], text: (a: number, b: number, value?: string) => void): number {
  const next = v.charCodeAt(s + 1);
  if (next === 10 || next === 13) {
    const end = next === 13 ? s + 3 : s + 2;
    items.push({ kind: 'break', a: s, b: end });
    return end;
  }
  if (isAsciiPunctuation(next)) {
    text(s, s + 2, v[s + 1]);
    return s + 2;
  }
  text(s, s + 1);
  return s + 1;
}

/** A line ending: a hard break after two or more spaces, else a soft break kept in the text. */
function lineEnding(v: string, s: number, items: Item[], text: (a: number, b: number, value?: string) => void): number {
  let spaces = 0;
  while (v.charCodeAt(s - 1 - spaces) === 32) spaces++;
  const last = items.at(-1);
  if (spaces > 0 && last?.kind === 'text' && last.b === s) {
    // Trailing spaces are not text: micromark drops them from the value; a text of nothing else goes,
    // and the range of the text before them keeps them unless they make a break.
    last.value = last.value.replace(/ +$/, '');
    if (last.a >= s - spaces) items.pop();
    else if (spaces >= 2) last.b = s - spaces;
  }
  const length = v.charCodeAt(s) === 13 ? 2 : 1; // `\r\n` or `\n`
  if (spaces >= 2) items.push({ kind: 'break', a: s - spaces, b: s + length });
  else text(s, s + length, v.slice(s, s + length));
  return s + length; // the next line comes without its indentation (inline-source.ts)
}

function codeSpan(v: string, s: number, items: Item[], text: (a: number, b: number, value?: string) => void): number {
  let n = 1;
  while (v.charCodeAt(s + n) === 96) n++;
  let from = s + n;
  for (;;) {
    const close = v.indexOf('`', from);
    if (close < 0) {
      // An unclosed run before a line ending leaves remark's text ends where its failed attempt stopped.
      if (v.indexOf('\n', s) >= 0) decline('unclosed code span before a line ending');
      text(s, s + n);
      return s + n;
    }
    let m = 1;
    while (v.charCodeAt(close + m) === 96) m++;
    if (m === n) {
      let value = v.slice(s + n, close);
      if (value.includes('\n')) decline('code span over lines');
      // One space is stripped from each side when both have one and the content is not all spaces.
      if (value.length > 1 && value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value)) value = value.slice(1, -1);
      items.push({ kind: 'code', a: s, b: close + n, value });
      return close + n;
    }
    from = close + m;
  }
}

function delimiterRun(v: string, s: number, c: number, items: Item[], text: (a: number, b: number, value?: string) => void): number {
  let e = s + 1;
  while (v.charCodeAt(e) === c) e++;
  if (c === 126 && e - s > 2) {
    text(s, e);
    return e;
  }
  const before = classify(s === 0 ? -1 : v.charCodeAt(s - 1));
  const after = classify(e === v.length ? -1 : v.charCodeAt(e));
  if (c === 126) {
    items.push({ kind: 'delim', ch: c, a: s, b: e, open: !after || (after === 2 && before !== 0), close: !before || (before === 2 && after !== 0) });
    return e;
  }
  // micromark's attention: `~` next to a run counts as punctuation that lets it open or close.
  const prev = s === 0 ? -1 : v.charCodeAt(s - 1);
  const next = e === v.length ? -1 : v.charCodeAt(e);
  const open = !after || (after === 2 && before !== 0) || next === 126;
  const close = !before || (before === 2 && after !== 0) || prev === 126;
  items.push({
    kind: 'delim',
    ch: c,
    a: s,
    b: e,
    open: c === 42 ? open : open && (before !== 0 || !close),
    close: c === 42 ? close : close && (after !== 0 || !open),
  });
  return e;
}

const PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;

/** micromark's classifyCharacter on a UTF-16 code unit: 1 whitespace (or none), 2 punctuation, 0 other. */
function classify(code: number): 0 | 1 | 2 {
  if (code < 0 || code === 32 || code === 10 || code === 13 || code === 9) return 1;
  if (code < 128) return isAsciiPunctuation(code) ? 2 : 0;
  const ch = String.fromCharCode(code);
  if (WHITESPACE.test(ch)) return 1;
  return PUNCTUATION.test(ch) ? 2 : 0;
}

function closeBracket(v: string, s: number, items: Item[], openers: Opener[], text: (a: number, b: number, value?: string) => void): number {
  const opener = openers.pop();
  if (!opener?.active) {
    text(s, s + 1);
    return s + 1;
  }
  const tail = v.charCodeAt(s + 1) === 40 ? linkTail(v, s + 2) : null;
  if (!tail) {
    text(s, s + 1);
    return s + 1;
  }
  const inner = items.splice(opener.item);
  inner.shift(); // the `[` or `![` text
  items.push({ kind: opener.image ? 'image' : 'link', a: opener.a, b: tail.end, url: tail.url, children: inner });
  if (!opener.image) for (const o of openers) if (!o.image) o.active = false;
  return tail.end;
}

function angle(v: string, s: number, items: Item[], text: (a: number, b: number, value?: string) => void): number {
  const html = rawHtml(v, s);
  if (html) {
    if (html.kind === 'autolink')
      items.push({
        kind: 'link',
        a: s,
        b: html.end,
        url: html.url,
        children: [{ kind: 'text', a: s + 1, b: html.end - 1, value: v.slice(s + 1, html.end - 1) }],
      });
    else items.push({ kind: 'html', a: s, b: html.end, value: v.slice(s, html.end) });
    return html.end;
  }
  text(s, s + 1);
  return s + 1;
}

function reference(v: string, s: number, text: (a: number, b: number, value?: string) => void): number {
  const ref = characterReference(v, s);
  if (!ref) {
    text(s, s + 1);
    return s + 1;
  }
  text(s, ref.end, ref.value);
  return ref.end;
}
