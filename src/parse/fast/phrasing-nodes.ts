/**
 * Turns resolved inline items into mdast phrasing nodes with source offsets, as mdast-util-from-
 * markdown builds them: adjacent text (plain runs, escapes, character references, unpaired
 * delimiters, unmatched brackets) is one text node; an image's `alt` is its text's words.
 */
import type { PhrasingContent } from 'mdast';
import { position } from './position.js';
import { type Item, resolveSpan } from './delimiters.js';
import type { InlineSource } from './inline-source.js';

/** mdast phrasing for `items` of the joined inline text (see inline-source.ts). */
export function toPhrasing(items: readonly Item[], source: InlineSource): PhrasingContent[] {
  const { v } = source;
  const out: PhrasingContent[] = [];
  let pending: { a: number; b: number; value: string } | null = null;
  const flush = (): void => {
    if (pending) out.push(node('text', pending.a, pending.b, source.at, { value: pending.value }));
    pending = null;
  };
  for (const item of items) {
    if (item.kind === 'text' || item.kind === 'delim') {
      const value = item.kind === 'text' ? item.value : v.slice(item.a, item.b);
      if (pending) {
        pending.b = item.b;
        pending.value += value;
      } else pending = { a: item.a, b: item.b, value };
      continue;
    }
    flush();
    out.push(complete(item, source));
  }
  flush();
  return out;
}

function complete(item: Exclude<Item, { kind: 'text' | 'delim' }>, source: InlineSource): PhrasingContent {
  const { at } = source;
  switch (item.kind) {
    case 'break':
      return node('break', item.a, item.b, at, {});
    case 'code':
      return node('inlineCode', item.a, item.b, at, { value: item.value });
    case 'html':
      return node('html', item.a, item.b, at, { value: item.value });
    case 'link':
      return node('link', item.a, item.b, at, { url: item.url, title: null, children: toPhrasing(resolveSpan(item.children), source) });
    case 'image':
      return node('image', item.a, item.b, at, { url: item.url, title: null, alt: words(toPhrasing(resolveSpan(item.children), source)) });
    default:
      return node(item.kind, item.a, item.b, at, { children: toPhrasing(item.children, source) });
  }
}

function node(type: string, a: number, b: number, at: Int32Array, rest: object): PhrasingContent {
  const start = at[a]!;
  const end = b > a ? at[b - 1]! + 1 : start;
  return { type, ...rest, position: position(start, end) } as PhrasingContent;
}

/** mdast-util-to-string of phrasing: the values and alts of its leaves, in order. */
function words(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    if ('value' in n) out += n.value;
    else if (n.type === 'image') out += n.alt ?? '';
    else if ('children' in n) out += words(n.children as PhrasingContent[]);
  }
  return out;
}
