/**
 * The one module that talks to unified / remark-parse / remark-gfm. It turns text into an
 * `Outline` with exact offsets. Each section is first offered to the fast parser (fast/), which
 * gives remark's tree for the Markdown it reads and declines the rest; remark parses what it
 * declines, so the outline is remark's either way (tests/unit/fast-parser.test.ts). Large documents are cut at top-level ATX headings (outside code
 * fences and HTML comments) and each section is parsed on its own: micromark's cost grows faster
 * than the input, and a heading always ends every block before it, so the cut changes nothing.
 */
import type { Root, RootContent, ListItem as MdListItem, Table as MdTable } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findDeepRuns, withoutRuns } from './depth-guard.js';
import { withHtmlTables } from './html-tables.js';
import { fastParse } from './fast/index.js';
import { splitLongBlocks } from './long-blocks.js';
import type { Block, Checkbox, Inline, ListItem, Outline, SourceLine, Span, TableCell, TableRow } from './outline.js';
import { inlineWithin, isStruck, NO_INLINE, plainLines, plainText, toInline } from './phrasing.js';

/** remark, built on first use: a document the fast parser reads whole never needs it. */
let processor: { parse: (text: string) => unknown } | null = null;

function remarkParseTree(source: string): Root {
  processor ??= unified().use(remarkParse).use(remarkGfm);
  return processor.parse(source) as Root;
}

/** Whether sections go to the fast parser first; tests and `SPRINT_FAST_PARSE=0` turn it off to compare. */
let fastFirst = true;

/** Turns the fast parser on or off (off: remark parses every section). */
export function useFastParser(on: boolean): void {
  fastFirst = on;
  lastTrees = new Map();
}

/**
 * A status command reads its document before its edits and again after them (the self-check; and
 * once more, after its status edits, when its rollups cannot be found from the model as read), and
 * an edit touches one or two sections; the rest parse to the same trees. So the trees of the
 * last document read are kept by their sections' exact text and a section whose text is unchanged
 * is not parsed again. Parsing is a pure function of the text, so the outline is the same either
 * way (tests/unit/section-reuse.test.ts proves it). Kept only for documents up to REUSE_LIMIT
 * characters: holding every section's tree of a large history would raise its peak memory for a
 * re-read that `status` never does.
 */
const REUSE_LIMIT = 256 * 1024;
let lastTrees = new Map<string, Root>();
let reuseTrees = true;

/** Turns reuse of unchanged sections' trees on or off (tests compare the two). */
export function reuseSectionTrees(on: boolean): void {
  reuseTrees = on;
  lastTrees = new Map();
}

/**
 * Parses Markdown text (BOM, CRLF and all) into an outline whose offsets index `text` itself.
 * `pieces` sets how many table rows and list items one parse may hold (tests make it small to
 * prove the pieces change nothing; see long-blocks.ts).
 */
export function parseOutline(text: string, pieces: { rows?: number; items?: number } = {}): Outline {
  const lineStarts = computeLineStarts(text);
  const ctx: Ctx = { text, lineStarts };
  const blocks: Block[] = [];
  let body = 0;
  if (text.charCodeAt(0) === 0xfeff) body = 1;
  const fm = frontMatter(text, body, ctx);
  if (fm) {
    blocks.push(fm.block);
    body = fm.end;
  }
  const skipped = findDeepRuns(text);
  const kept = new Map<string, Root>();
  const keep = reuseTrees && text.length <= REUSE_LIMIT;
  for (const [start, end] of withoutRuns(sectionCuts(text, body), skipped)) {
    for (const piece of splitLongBlocks(text, start, end, pieces.rows, pieces.items)) {
      // A piece that continues a table is parsed with the table's header in front; offsets shift back by its length.
      const source = piece.header + text.slice(piece.start, piece.end);
      const tree = lastTrees.get(source) ?? (fastFirst ? fastParse(source) : null) ?? remarkParseTree(source);
      if (keep) kept.set(source, tree);
      const base = piece.start - piece.header.length;
      tree.children.forEach((node, k) => {
        const b = convert(node, ctx, base);
        if (b && !(k === 0 && piece.continues && joinPiece(blocks.at(-1), b))) blocks.push(b);
      });
    }
  }
  lastTrees = kept;
  return { text, blocks: withHtmlTables(text, blocks, (s, e) => spanOf(ctx, s, e)), lineStarts, skipped };
}

/** Appends a continuing piece's table rows or list items to the block before it; false when they are not the same kind. */
function joinPiece(previous: Block | undefined, next: Block): boolean {
  if (previous?.kind === 'table' && next.kind === 'table') {
    previous.rows.push(...next.rows);
  } else if (previous?.kind === 'list' && next.kind === 'list' && previous.ordered === next.ordered) {
    previous.items.push(...next.items);
  } else return false;
  previous.span = { ...previous.span, end: next.span.end };
  return true;
}

interface Ctx {
  text: string;
  lineStarts: number[];
}

/** Offsets where every line starts. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

function spanOf(ctx: Ctx, start: number, end: number): Span {
  const p = positionOf(ctx.lineStarts, start);
  return { start, end, line: p.line, column: p.column };
}

/** Physical lines in [start, end), line endings excluded. */
function linesIn(ctx: Ctx, start: number, end: number): SourceLine[] {
  const out: SourceLine[] = [];
  let { line } = positionOf(ctx.lineStarts, start);
  let s = start;
  while (s < end || (s === end && out.length === 0)) {
    let e = ctx.text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    let te = e;
    if (te > s && ctx.text[te - 1] === '\r') te--;
    const t = ctx.text.slice(s, te);
    out.push({ text: t, plain: t, inline: NO_INLINE, start: s, end: te, line });
    if (e >= end) break;
    s = e + 1;
    line++;
  }
  return out;
}

function frontMatter(text: string, from: number, ctx: Ctx): { block: Block; end: number } | null {
  if (!text.startsWith('---', from)) return null;
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(from));
  if (!m) return null;
  const end = from + m[0].length;
  return { block: { kind: 'frontmatter', span: spanOf(ctx, from, end), lines: linesIn(ctx, from, end) }, end };
}

/** Cuts the text at top-level ATX headings that are outside fenced code and HTML comments. */
function sectionCuts(text: string, from: number): Array<[number, number]> {
  const cuts: number[] = [from];
  let fence: string | null = null;
  let inComment = false;
  let pos = from;
  const len = text.length;
  while (pos < len) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = len;
    const line = text.slice(pos, eol);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) fence = open[1]!;
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) inComment = true;
      else if (pos > from && line.charCodeAt(0) === 35 /* # */ && /^#{1,6}(?:[ \t]|\r?$)/.test(line)) cuts.push(pos);
    }
    pos = eol + 1;
  }
  const out: Array<[number, number]> = [];
  for (let i = 0; i < cuts.length; i++) {
    const s = cuts[i]!;
    const e = i + 1 < cuts.length ? cuts[i + 1]! : len;
    if (e > s) out.push([s, e]);
  }
  return out;
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, base: number): [number, number] {
  return [base + (node.position?.start.offset ?? 0), base + (node.position?.end.offset ?? 0)];
}

function convert(node: RootContent, ctx: Ctx, base: number): Block | null {
  const [start, end] = offsets(node, base);
  const span = spanOf(ctx, start, end);
  switch (node.type) {
    case 'heading': {
      const line = linesIn(ctx, start, end)[0]!;
      let cs = start;
      const m = /^ {0,3}#{1,6}[ \t]*/.exec(line.text);
      if (m) cs = start + m[0].length;
      let ce = line.end;
      const closing = /[ \t]+#+[ \t]*$|[ \t]+$/.exec(ctx.text.slice(cs, ce));
      if (closing) ce -= closing[0].length;
      const inline = toInline(node.children, base);
      const text = ctx.text.slice(cs, ce);
      const content = { text, plain: oneCopy(text, plainText(inline, ctx.text)), inline, start: cs, end: ce, line: line.line };
      return { kind: 'heading', depth: node.depth, span, content, inline };
    }
    case 'paragraph': {
      const inline = toInline(node.children, base);
      return { kind: 'paragraph', span, lines: withPlain(linesIn(ctx, start, end), inline, ctx), inline };
    }
    case 'table':
      return convertTable(node, ctx, base, span);
    case 'list':
      return {
        kind: 'list',
        span,
        ordered: node.ordered === true,
        items: node.children.map((item) => convertItem(item, ctx, base, node.ordered === true)),
      };
    case 'code': {
      const lines = linesIn(ctx, start, end);
      const fenced = /^ {0,3}(`{3,}|~{3,})/.test(lines[0]?.text ?? '');
      const inner = fenced ? lines.slice(1, /^ {0,3}(`{3,}|~{3,})\s*$/.test(lines[lines.length - 1]?.text ?? '') && lines.length > 1 ? -1 : undefined) : lines;
      return { kind: 'code', span, lang: node.lang ?? null, lines: inner };
    }
    case 'html':
      return { kind: 'html', span, value: node.value };
    case 'blockquote':
      return {
        kind: 'blockquote',
        span,
        children: node.children.map((c) => convert(c as RootContent, ctx, base)).filter((b): b is Block => b !== null),
      };
    case 'thematicBreak':
      return { kind: 'break', span };
    default:
      return null;
  }
}

function convertTable(node: MdTable, ctx: Ctx, base: number, span: Span): Block {
  const rows: TableRow[] = node.children.map((row) => {
    const [rs, re] = offsets(row, base);
    const cells: TableCell[] = row.children.map((cell) => {
      const [cs, ce] = offsets(cell, base);
      let s = cs;
      let e = ce;
      const lead = /^\s*\|?\s*/.exec(ctx.text.slice(s, e))![0].length;
      s += lead;
      const tailM = /\s*\|?\s*$/.exec(ctx.text.slice(s, e));
      e -= tailM ? tailM[0].length : 0;
      // An escaped pipe at the end ("\|") belongs to the content.
      if (e > s && ctx.text[e] === '|' && ctx.text[e - 1] === '\\') e++;
      if (e < s) e = s;
      const inline = toInline(cell.children, base);
      const raw = ctx.text.slice(s, e);
      const only = inline.length === 1 ? inline[0]! : null;
      if (only?.type === 'text') only.value = oneCopy(raw, only.value!);
      return { raw, plain: oneCopy(raw, plainText(inline, ctx.text)), inline, start: s, end: e, strike: isStruck(inline) };
    });
    return { span: spanOf(ctx, rs, re), cells };
  });
  return { kind: 'table', span, header: rows[0]!, rows: rows.slice(1) };
}

// `[ ]*` is Kiro's optional task: the `*` stays in the text, where the reader marks the item optional.
const ITEM_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(?:\[(.)\](?=[ \t*]|$)[ \t]*)?/;

function convertItem(item: MdListItem, ctx: Ctx, base: number, ordered: boolean): ListItem {
  const [start, end] = offsets(item, base);
  const span = spanOf(ctx, start, end);
  const first = item.children[0];
  const lineStart = ctx.lineStarts[span.line - 1]!;
  const head = ctx.text.slice(lineStart, Math.min(ctx.text.length, lineStart + 400));
  const m = ITEM_MARKER.exec(head.split('\n')[0]!.replace(/\r$/, ''));
  let checkbox: Checkbox | null = null;
  let textStart = start;
  if (m) {
    textStart = lineStart + m[0].length;
    if (m[4] !== undefined) checkbox = { char: m[4], offset: lineStart + m[1]!.length + m[2]!.length + m[3]!.length + 1 };
  }
  let lines: SourceLine[] = [];
  let inline: Inline[] = [];
  let rest = item.children;
  if (first && first.type === 'paragraph') {
    const [, pe] = offsets(first, base);
    lines = linesIn(ctx, textStart, Math.max(textStart, pe));
    if (lines.length > 0) lines[0] = { ...lines[0]!, text: ctx.text.slice(textStart, lines[0]!.end), start: textStart };
    lines = lines.map((l, i) => (i === 0 ? l : trimIndent(l)));
    inline = toInline(first.children, base);
    lines = withPlain(lines, inline, ctx);
    rest = item.children.slice(1);
  } else if (checkbox) {
    lines = [{ text: '', plain: '', inline: NO_INLINE, start: textStart, end: textStart, line: span.line }];
  }
  const children = rest.map((c) => convert(c as RootContent, ctx, base)).filter((b): b is Block => b !== null);
  return { span, ordered, checkbox, lines, inline, strike: isStruck(inline), children };
}

/** The lines with their visible text from the block's phrasing nodes. */
function withPlain(lines: SourceLine[], inline: readonly Inline[], ctx: Ctx): SourceLine[] {
  const plain = plainLines(inline, lines, ctx.text);
  return lines.map((l, i) => ({
    ...l,
    plain: oneCopy(l.text, plain[i] ?? ''),
    inline: inlineWithin(inline, l.start, i + 1 < lines.length ? lines[i + 1]!.start : Number.POSITIVE_INFINITY),
  }));
}

function trimIndent(l: SourceLine): SourceLine {
  const m = /^[ \t]*/.exec(l.text)![0].length;
  return { ...l, text: l.text.slice(m), start: l.start + m };
}

/**
 * `b`, or `a` when they are the same words: a plain cell or line keeps one string for its source
 * and its visible text instead of two equal copies (a 600 KB table has 40,000 cells).
 */
function oneCopy(a: string, b: string): string {
  return a === b ? a : b;
}
