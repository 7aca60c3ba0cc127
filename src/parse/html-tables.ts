/**
 * HTML tables (`<table>` with `<tr>` / `<th>` / `<td>`, as GitHub renders them) read into the same
 * table blocks as GFM tables, with exact source offsets, so their rows are tasks like any other
 * and `done` rewrites a cell's content in place. Parsed with parse5 (the WHATWG parser, with
 * source locations): optional end tags, attributes and nested markup are read as a browser does.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Block, Inline, Span, TableBlock, TableCell, TableRow } from './outline.js';
import { HTML_PHRASING, isStruck, plainText } from './phrasing.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const TABLE_OPEN = /<table[\s>]/i;
const TABLE_CLOSE = /<\/table\s*>/gi;

/**
 * Replaces each HTML block that opens a table with the table it holds. A table may run over
 * several blocks (blank lines inside it end an HTML block): the blocks up to its `</table>` are
 * read together and dropped. `spanOf` gives line and column of an offset.
 */
export function withHtmlTables(text: string, blocks: Block[], spanOf: (start: number, end: number) => Span): Block[] {
  const out: Block[] = [];
  let skipUntil = -1;
  // Every "</table>" once, so finding a table's end is a binary search, not a scan per block.
  const closes = [...text.matchAll(TABLE_CLOSE)].map((m) => m.index + m[0].length);
  const nextMarkdown = nextMarkdownBlocks(blocks);
  blocks.forEach((b, i) => {
    if (b.span.start < skipUntil) return;
    if (b.kind !== 'html' || !TABLE_OPEN.test(b.value)) {
      out.push(b);
      return;
    }
    const start = b.span.start + b.value.search(TABLE_OPEN);
    const close = firstAfter(closes, start) ?? b.span.end;
    const stop = blocks[nextMarkdown[i]!];
    const end = !stop || stop.span.start >= close ? close : b.span.end;
    const tables = readTables(text, b.span.start, Math.max(end, b.span.end), spanOf);
    if (tables.length === 0) {
      out.push(b);
      return;
    }
    out.push(...tables);
    skipUntil = Math.max(end, b.span.end);
  });
  return out;
}

/**
 * For each block, the index of the first later block that is not HTML (blocks.length if none).
 * HTML here is an HTML block, or the rows a blank line inside a table turned into an indented code
 * block or a paragraph (their first line starts with `<`). A table whose "</table>" lies beyond
 * such a Markdown block was never closed, and ends with its own block.
 */
function nextMarkdownBlocks(blocks: readonly Block[]): Int32Array {
  const next = new Int32Array(blocks.length);
  let after = blocks.length;
  for (let j = blocks.length - 1; j >= 0; j--) {
    next[j] = after;
    const x = blocks[j]!;
    const first = x.kind === 'code' || x.kind === 'paragraph' ? x.lines[0]?.text.trimStart() : undefined;
    if (x.kind !== 'html' && !first?.startsWith('<')) after = j;
  }
  return next;
}

/** The first value in sorted `values` greater than `at`, or null. */
function firstAfter(values: readonly number[], at: number): number | null {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return values[lo] ?? null;
}

/**
 * How many tables one parse may open, and how long its text may be: parse5 handles deeply nested
 * unclosed tables in quadratic time (3,000 "<table>" lines took 19 s), and real documents nest a
 * table or two. Beyond either bound the HTML is left unread (the reader says so).
 */
const MAX_TABLES_PER_PARSE = 32;
const MAX_HTML_CHARS = 1 << 20;

/** The tables in text[from, to), each with a header row and at least one cell. */
function readTables(text: string, from: number, to: number, spanOf: (start: number, end: number) => Span): TableBlock[] {
  if (to - from > MAX_HTML_CHARS) return [];
  const open = new RegExp(TABLE_OPEN.source, 'gi');
  open.lastIndex = from;
  let opens = 0;
  for (let m = open.exec(text); m && m.index < to; m = open.exec(text)) if (++opens > MAX_TABLES_PER_PARSE) return [];
  const fragment = parseFragment(text.slice(from, to), { sourceCodeLocationInfo: true });
  const tables: TableBlock[] = [];
  const visit = (n: Node) => {
    if (!('tagName' in n)) return;
    if (n.tagName === 'table') {
      const t = toTable(n, text, from, spanOf);
      if (t) tables.push(t);
      return;
    }
    for (const c of n.childNodes) visit(c);
  };
  for (const c of fragment.childNodes) visit(c);
  return tables;
}

function toTable(table: Element, text: string, base: number, spanOf: (start: number, end: number) => Span): TableBlock | null {
  // A row parse5 implied (no `<tr>` written, as when a cell follows `</tr>`) has no place in the text: it is left out.
  const rows = rowsOf(table)
    .filter((tr) => tr.sourceCodeLocation)
    .map((tr) => toRow(tr, text, base, spanOf));
  const usable = rows.filter((r) => r.cells.length > 0);
  if (usable.length === 0 || !table.sourceCodeLocation) return null;
  const loc = table.sourceCodeLocation;
  return { kind: 'table', span: spanOf(base + loc.startOffset, base + loc.endOffset), header: usable[0]!, rows: usable.slice(1) };
}

/** The table's rows in order, through `thead` / `tbody` / `tfoot`, not into nested tables. */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of table.childNodes) {
    if (!('tagName' in c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot')
      for (const r of c.childNodes) if ('tagName' in r && r.tagName === 'tr') out.push(r);
  }
  return out;
}

function toRow(tr: Element, text: string, base: number, spanOf: (start: number, end: number) => Span): TableRow {
  const cells: TableCell[] = [];
  for (const c of tr.childNodes) {
    if (!('tagName' in c) || (c.tagName !== 'td' && c.tagName !== 'th') || !c.sourceCodeLocation) continue;
    const loc = c.sourceCodeLocation;
    // The content: after the start tag, up to the end tag (or the element's end where the tag is omitted), spaces trimmed.
    let s = base + (loc.startTag?.endOffset ?? loc.startOffset);
    let e = base + (loc.endTag?.startOffset ?? loc.endOffset);
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    const raw = text.slice(s, e);
    const inline = htmlInline(c.childNodes, base);
    cells.push({ raw, plain: plainText(inline, text), inline, start: s, end: e, strike: isStruck(inline) });
  }
  const loc = tr.sourceCodeLocation!;
  return { span: spanOf(base + loc.startOffset, base + loc.endOffset), cells };
}

/**
 * A cell's HTML content as phrasing nodes: text as text (entities decoded by parse5), `<b>`,
 * `<em>`, `<del>`, `<code>`, `<a>`, `<br>` as what they are (see HTML_PHRASING), any other
 * element as its content.
 */
function htmlInline(nodes: readonly Node[], base: number): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const loc = n.sourceCodeLocation;
    if (!loc) continue;
    const start = base + loc.startOffset;
    const end = base + loc.endOffset;
    if (n.nodeName === '#text' && 'value' in n) out.push({ type: 'text', start, end, value: n.value });
    else if ('tagName' in n) {
      const type = HTML_PHRASING[n.tagName];
      const children = htmlInline(n.childNodes, base);
      if (type === 'break') out.push({ type: 'break', start, end });
      else if (type === 'inlineCode') out.push({ type, start, end, value: plainText(children, '') });
      else if (type) out.push({ type, start, end, children, ...(type === 'link' ? { url: n.attrs.find((a) => a.name === 'href')?.value ?? '' } : {}) });
      else out.push(...children);
    }
  }
  return out;
}
