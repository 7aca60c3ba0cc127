/**
 * Pairs emphasis (`*`, `_`) and strikethrough (`~`) delimiter runs into emphasis, strong and
 * delete nodes the way micromark resolves them: each closing run, left to right, takes the nearest
 * opening run of its kind before it (for `*`/`_` with CommonMark's rule of three; for `~` only a run
 * of the same length), and what lies between is resolved on its own first, so runs left unpaired
 * inside a pair stay text. Items are positions in the joined inline text (inline-source.ts).
 */

/** A piece of inline content before pairing: text, a delimiter run, or a node already complete. */
export type Item =
  | { kind: 'text'; a: number; b: number; value: string }
  | { kind: 'delim'; ch: number; a: number; b: number; open: boolean; close: boolean }
  | { kind: 'break'; a: number; b: number }
  | { kind: 'code' | 'html'; a: number; b: number; value: string }
  | { kind: 'link' | 'image'; a: number; b: number; url: string; children: Item[] }
  | { kind: 'emphasis' | 'strong' | 'delete'; a: number; b: number; children: Item[] };

type Delim = Extract<Item, { kind: 'delim' }>;

/**
 * Pairs the runs of `items` (one span: a link's text, or a whole paragraph, heading or cell).
 * The order is micromark's: at the top of a text the resolver whose construct occurs first runs
 * first (`strikeFirst`); inside a span (a link's text, an emphasis) strikethrough resolves before
 * emphasis, as remark-gfm's resolver is put before the core ones.
 */
export function resolveSpan(items: Item[], strikeFirst = true): Item[] {
  if (!items.some((i) => i.kind === 'delim')) return items;
  if (strikeFirst) return resolveAttention(resolveStrike(items));
  return resolveStrike(resolveAttention(items));
}

const length = (d: Delim): number => d.b - d.a;

function resolveAttention(items: Item[]): Item[] {
  for (let i = 0; i < items.length; i++) {
    const closer = items[i]!;
    if (closer.kind !== 'delim' || closer.ch === 126 || !closer.close || length(closer) === 0) continue;
    for (let o = i - 1; o >= 0; o--) {
      const opener = items[o]!;
      if (opener.kind !== 'delim' || opener.ch !== closer.ch || !opener.open || length(opener) === 0) continue;
      // The rule of three: a run that can both open and close pairs only when the lengths' sum is not a multiple of 3.
      if ((opener.close || closer.open) && length(closer) % 3 && !((length(opener) + length(closer)) % 3)) continue;
      const use = length(opener) > 1 && length(closer) > 1 ? 2 : 1;
      const group: Item = { kind: use > 1 ? 'strong' : 'emphasis', a: opener.b - use, b: closer.a + use, children: resolveSpan(items.slice(o + 1, i)) };
      opener.b -= use;
      closer.a += use;
      const replacement: Item[] = [];
      if (length(opener) > 0) replacement.push(opener);
      replacement.push(group);
      if (length(closer) > 0) replacement.push(closer);
      items.splice(o, i - o + 1, ...replacement);
      // Look at the closer again (what is left of it may close an earlier run), else go on after the group.
      i = o + replacement.length - (length(closer) > 0 ? 2 : 1);
      break;
    }
  }
  return items;
}

function resolveStrike(items: Item[]): Item[] {
  for (let i = 0; i < items.length; i++) {
    const closer = items[i]!;
    if (closer.kind !== 'delim' || closer.ch !== 126 || !closer.close) continue;
    for (let o = i - 1; o >= 0; o--) {
      const opener = items[o]!;
      if (opener.kind !== 'delim' || opener.ch !== 126 || !opener.open || length(opener) !== length(closer)) continue;
      const group: Item = { kind: 'delete', a: opener.a, b: closer.b, children: resolveSpan(items.slice(o + 1, i)) };
      items.splice(o, i - o + 1, group);
      i = o;
      break;
    }
  }
  return items;
}
