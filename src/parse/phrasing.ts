/**
 * The inline content of a block, kept from the parse: mdast phrasing nodes (text, strong, emphasis,
 * delete, inlineCode, link, image, html, break) with offsets into the original text, and the
 * visible text they add up to. Readers take a cell's or line's words from here instead of
 * re-reading its Markdown: `**Key:** value` fields come from `strong` nodes, strikethrough from
 * `delete`, status words from visible text (never from a link target or an HTML tag).
 */
import type { PhrasingContent } from 'mdast';
import type { Inline, InlineType, SourceLine } from './outline.js';

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The phrasing of a literal line (code, front matter): none, one shared empty list. */
export const NO_INLINE: readonly Inline[] = Object.freeze([]);

/** mdast phrasing → Inline nodes with document offsets (`base` is where the parsed piece starts). */
export function toInline(nodes: readonly PhrasingContent[], base: number): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) out.push(toNode(n, base));
  return out;
}

function toNode(n: PhrasingContent, base: number): Inline {
  const p = (n as Positioned).position;
  const start = base + (p?.start.offset ?? 0);
  const end = base + (p?.end.offset ?? 0);
  switch (n.type) {
    case 'text':
      return { type: 'text', start, end, value: n.value };
    case 'inlineCode':
      return { type: 'inlineCode', start, end, value: n.value };
    case 'html':
      return { type: 'html', start, end, value: n.value };
    case 'image':
    case 'imageReference':
      return { type: 'image', start, end, value: n.alt ?? '' };
    case 'break':
      return { type: 'break', start, end };
    case 'strong':
    case 'emphasis':
    case 'delete':
      return { type: n.type, start, end, children: toInline(n.children, base) };
    case 'link':
      return { type: 'link', start, end, url: n.url, children: toInline(n.children, base) };
    case 'linkReference':
      return { type: 'link', start, end, url: '', children: toInline(n.children, base) };
    default:
      // A footnote reference and anything newer: what is written stands as text.
      return { type: 'other', start, end };
  }
}

/** Element names of HTML inline markup → the phrasing type they are (HTML table cells). */
export const HTML_PHRASING: Readonly<Record<string, InlineType>> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  del: 'delete',
  s: 'delete',
  strike: 'delete',
  code: 'inlineCode',
  a: 'link',
  br: 'break',
};

/** An HTML tag that reads as a space between words (`<br>`, block-level tags); others read as nothing. */
const SPACING_TAG = /^<\/?(?:br|p|div|li|ul|ol|tr|td|th|hr)\b/i;

/**
 * The visible text of each of `lines` (a block's physical lines, in order): the words a reader sees,
 * markup removed, whitespace runs folded to one space, trimmed. A text node that runs over several
 * lines (soft line breaks) gives each line its own part. `source` is the document text (for nodes
 * whose words are their source, such as a footnote reference).
 */
export function plainLines(nodes: readonly Inline[], lines: readonly SourceLine[], source: SourceText): string[] {
  const parts: string[][] = lines.map(() => []);
  if (lines.length === 0) return [];
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const visit = (list: readonly Inline[]): void => {
    for (const n of list) {
      if (n.children) {
        visit(n.children);
        continue;
      }
      const at = lineAt(n.start);
      const words = leafText(n, source);
      if (n.type !== 'text' || !words.includes('\n')) {
        parts[at]!.push(words);
        continue;
      }
      const pieces = words.split('\n');
      for (let k = 0; k < pieces.length; k++) parts[Math.min(at + k, lines.length - 1)]!.push(pieces[k]!);
    }
  };
  visit(nodes);
  return parts.map((p) => foldSpaces(p.join('')));
}

/** The visible text of inline nodes (one line's worth or a cell), spaces folded and trimmed. */
export function plainText(nodes: readonly Inline[], source: SourceText): string {
  return plainBetween(nodes, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, source);
}

/** The source text of a document or of one line of it: what a node whose words are its source reads as. */
export type SourceText = string | { text: string; start: number };

function sourceSlice(source: SourceText, s: number, e: number): string {
  return typeof source === 'string' ? source.slice(s, e) : source.text.slice(s - source.start, e - source.start);
}

function leafText(n: Inline, source: SourceText): string {
  switch (n.type) {
    case 'text':
    case 'inlineCode':
    case 'image':
      return n.value ?? '';
    case 'html':
      return SPACING_TAG.test(n.value ?? '') ? ' ' : '';
    case 'break':
      return ' ';
    default:
      return sourceSlice(source, n.start, n.end);
  }
}

function foldSpaces(s: string): string {
  return /\s\s|^\s|\s$|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * The visible text of the part [start, end) of a line or cell: nodes inside it whole, a text node
 * that straddles an end cut where its value still matches its source one to one (else taken from
 * `source`), spaces folded and trimmed. `source` is the document text or the line's.
 */
export function plainBetween(nodes: readonly Inline[], start: number, end: number, source: SourceText): string {
  let out = '';
  const visit = (list: readonly Inline[]): void => {
    for (const n of list) {
      if (n.end <= start || n.start >= end) continue;
      if (n.children) visit(n.children);
      else if (n.start >= start && n.end <= end) out += leafText(n, source);
      else if (n.type === 'text') {
        const s = Math.max(start, n.start);
        const e = Math.min(end, n.end);
        const exact = (n.value ?? '').length === n.end - n.start;
        out += exact ? n.value!.slice(s - n.start, e - n.start) : unescapeSource(sourceSlice(source, s, e));
      }
    }
  };
  visit(nodes);
  return foldSpaces(out);
}

/**
 * Part of a text node whose value differs from its source (it holds backslash escapes): the
 * source with CommonMark's escapes of ASCII punctuation read (`\_\_\_` is `___`).
 */
function unescapeSource(raw: string): string {
  return raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The visible text of each part of a cell that line breaks (`<br>`, a hard break) separate, spaces folded. */
export function plainParts(nodes: readonly Inline[], source: SourceText): string[] {
  const parts: string[] = [];
  let part: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'break' || (n.type === 'html' && /^<br\b/i.test(n.value ?? ''))) {
      parts.push(plainText(part, source));
      part = [];
    } else part.push(n);
  }
  parts.push(plainText(part, source));
  return parts;
}

/** Inline nodes that lie within [start, end) (a line of a block), nested nodes kept whole. */
export function inlineWithin(nodes: readonly Inline[], start: number, end: number): Inline[] {
  return nodes.filter((n) => n.end > start && n.start < end);
}

/** The first node that is not blank text, or undefined. */
export function firstVisible(nodes: readonly Inline[]): Inline | undefined {
  return nodes.find((n) => !(n.type === 'text' && (n.value ?? '').trim() === ''));
}

/** True when the visible content is one strikethrough run (trailing punctuation allowed). */
export function isStruck(nodes: readonly Inline[]): boolean {
  let sawDelete = false;
  for (const n of nodes) {
    if (n.type === 'delete') sawDelete = true;
    else if (n.type === 'text' && /^[\s.,;:!?]*$/.test(n.value ?? '')) continue;
    else if (n.type === 'strong' || n.type === 'emphasis') {
      if (!isStruck(n.children ?? [])) return false;
      sawDelete = true;
    } else return false;
  }
  return sawDelete;
}
