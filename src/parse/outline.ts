/**
 * The document outline: the block structure of a Markdown file with exact source offsets,
 * and nothing interpreted yet. `markdown.ts` builds it (the only code that talks to remark);
 * the model layer reads it. Offsets are UTF-16 indexes into the original text, BOM included.
 */

/** A source range: [start, end) offsets plus the 1-based line and column of `start`. */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** One physical line of a block with its exact offsets (line ending excluded). */
export interface SourceLine {
  text: string;
  /**
   * The line's visible text from its phrasing nodes (markup removed, spaces folded, trimmed): what
   * recognizers read. Code and front-matter lines have no phrasing; theirs is the text as written.
   */
  plain: string;
  /** The phrasing nodes that lie on this line (a node running over several lines is on each); none for literal lines. */
  inline: readonly Inline[];
  start: number;
  end: number;
  line: number;
}

/** The kinds of inline node kept from the parse (mdast phrasing; `other` is a footnote reference or newer). */
export type InlineType = 'text' | 'strong' | 'emphasis' | 'delete' | 'inlineCode' | 'link' | 'image' | 'html' | 'break' | 'other';

/**
 * An inline node of a heading, paragraph, list item or cell, with offsets into the document:
 * `value` is a text node's words, inline code's content, an image's alt or raw HTML; containers
 * (strong, emphasis, delete, link) have `children`; a link has its `url`.
 */
export interface Inline {
  type: InlineType;
  start: number;
  end: number;
  value?: string;
  url?: string;
  children?: Inline[];
}

/** An ATX or setext heading. `content` spans the heading text after the `#` run. */
export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  span: Span;
  content: SourceLine;
  /** The heading's phrasing nodes. */
  inline: Inline[];
}

/** A paragraph, kept as its physical lines ("**Key:** value" fields live one per line). */
export interface ParagraphBlock {
  kind: 'paragraph';
  span: Span;
  lines: SourceLine[];
  /** The paragraph's phrasing nodes (across its lines). */
  inline: Inline[];
}

/** One table cell: its raw content (trimmed, pipes excluded) and where that content sits. */
export interface TableCell {
  raw: string;
  /** The cell's visible text (see SourceLine.plain). */
  plain: string;
  /** The cell's phrasing nodes. */
  inline: Inline[];
  start: number;
  end: number;
  strike: boolean;
}

/** One table row. */
export interface TableRow {
  span: Span;
  cells: TableCell[];
}

/** A GFM table: header row plus body rows. */
export interface TableBlock {
  kind: 'table';
  span: Span;
  header: TableRow;
  rows: TableRow[];
}

/** The `[ ]` of a task list item (any single character inside the brackets), located exactly. */
export interface Checkbox {
  char: string;
  /** Offset of the character between the brackets. */
  offset: number;
}

/** A list item: its first paragraph's lines (marker and checkbox removed) and nested blocks. */
export interface ListItem {
  span: Span;
  ordered: boolean;
  checkbox: Checkbox | null;
  /** Lines of the item's first paragraph; the first line starts after the marker and checkbox. */
  lines: SourceLine[];
  /** The first paragraph's phrasing nodes (the checkbox is not among them). */
  inline: Inline[];
  /** Whole first paragraph is struck through (`~~…~~`). */
  strike: boolean;
  children: Block[];
}

/** A bullet or ordered list. */
export interface ListBlock {
  kind: 'list';
  span: Span;
  ordered: boolean;
  items: ListItem[];
}

/** A fenced or indented code block, kept as lines (progress bars and burn-down logs live in them). */
export interface CodeBlock {
  kind: 'code';
  span: Span;
  lang: string | null;
  lines: SourceLine[];
}

/** Raw HTML, including `<!-- sprint: … -->` directives and HTML tables. */
export interface HtmlBlock {
  kind: 'html';
  span: Span;
  value: string;
}

/** A block quote and what it contains. */
export interface QuoteBlock {
  kind: 'blockquote';
  span: Span;
  children: Block[];
}

/** A thematic break (`---`). */
export interface BreakBlock {
  kind: 'break';
  span: Span;
}

/** Front matter (`---` YAML block at the very top). */
export interface FrontMatterBlock {
  kind: 'frontmatter';
  span: Span;
  lines: SourceLine[];
}

/** Any block of the outline. */
export type Block = HeadingBlock | ParagraphBlock | TableBlock | ListBlock | CodeBlock | HtmlBlock | QuoteBlock | BreakBlock | FrontMatterBlock;

/** A parsed document: its text and top-level blocks in order. */
export interface Outline {
  text: string;
  blocks: Block[];
  /** Offsets where each line starts (for offset → line/column). */
  lineStarts: number[];
  /** Runs of lines nested too deeply to parse safely, left out of `blocks` (see depth-guard.ts). */
  skipped: ReadonlyArray<{ line: number; lines: number; reason: string }>;
}
