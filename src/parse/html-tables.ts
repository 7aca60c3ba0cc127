/**
 * HTML tables (`<table>` with `<tr>` / `<th>` / `<td>`, as GitHub renders them) read into the same
 * table blocks as GFM tables, with exact source offsets, so their rows are tasks like any other
 * and `done` rewrites a cell's content in place. Parsed with parse5 (the WHATWG parser, with
 * source locations): optional end tags, attributes and nested markup are read as a browser does.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Block, Span, TableBlock, TableCell, TableRow } from './outline.js';

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
  for (const b of blocks) {
    if (b.span.start < skipUntil) continue;
    if (b.kind !== 'html' || !TABLE_OPEN.test(b.value)) {
      out.push(b);
      continue;
    }
    const start = b.span.start + b.value.search(TABLE_OPEN);
    TABLE_CLOSE.lastIndex = start;
    const close = TABLE_CLOSE.exec(text);
    const end = close ? close.index + close[0].length : b.span.end;
    const tables = readTables(text, b.span.start, Math.max(end, b.span.end), spanOf);
    if (tables.length === 0) {
      out.push(b);
      continue;
    }
    out.push(...tables);
    skipUntil = Math.max(end, b.span.end);
  }
  return out;
}

/** The tables in text[from, to), each with a header row and at least one cell. */
function readTables(text: string, from: number, to: number, spanOf: (start: number, end: number) => Span): TableBlock[] {
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
  const rows = rowsOf(table).map((tr) => toRow(tr, text, base, spanOf));
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
    cells.push({ raw, start: s, end: e, strike: /^<(del|s|strike)>[\s\S]*<\/\1>$/i.test(raw) });
  }
  const loc = tr.sourceCodeLocation!;
  return { span: spanOf(base + loc.startOffset, base + loc.endOffset), cells };
}
