/**
 * What a line opens, by CommonMark's block-start conditions: an ATX heading, a code fence, a
 * thematic break, a list item, a block quote, an HTML block, a setext underline, a link reference
 * definition. Each test reads the line's text after its indentation (at most three spaces).
 */
import { decline } from './decline.js';

/** An ATX heading's opening `#` run (1–6) followed by a space or the end of the line. */
export const ATX_HEADING = /^(#{1,6})(?: |$)/;
/** A code fence: three or more backticks or tildes, then the info string. */
export const FENCE = /^(`{3,}|~{3,})(.*)$/;
/** True when `text` opens a code fence (a backtick fence's info string may not hold a backtick). */
export function isFenceOpen(text: string): boolean {
  const fence = FENCE.exec(text);
  return fence !== null && !(fence[1]![0] === '`' && fence[2]!.includes('`'));
}

/** A thematic break: three or more `-`, `*` or `_`, spaces between allowed. */
export const THEMATIC_BREAK = /^(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$/;
/** A setext heading underline (after a paragraph line it makes a heading; not read here). */
export const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
/** A link reference or footnote definition (`[id]: …`, `[^1]: …`); not read here. */
export const DEFINITION = /^\[(?:[^\]\\]|\\.)+\]:/;

/** A list item's marker: bullet character or ordered number and delimiter, and the spaces after it. */
export interface ListMarker {
  /** `-`, `*`, `+`, `.` or `)`: items of one list share it. */
  kind: string;
  ordered: boolean;
  /** The ordered number as written (an ordered list interrupts a paragraph only when it is 1). */
  number: number;
  /** Characters of the marker itself. */
  width: number;
  /** Spaces after the marker (0 when the item's first line is empty). */
  spaces: number;
  /** Nothing follows the marker on its line. */
  empty: boolean;
}

const MARKER = /^(?:([-*+])|(\d{1,9})([.)]))( *)(.?)/;

/** The list marker that opens `text` (a line after its indentation), or null. */
export function listMarker(text: string): ListMarker | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const spaces = m[4]!.length;
  const empty = m[5] === '';
  if (spaces === 0 && !empty) return null;
  const width = m[1] ? 1 : m[2]!.length + 1;
  return { kind: m[1] ?? m[3]!, ordered: !m[1], number: m[2] ? Number(m[2]) : 0, width, spaces, empty };
}

// HTML block start conditions 6 (block-level tag names) and 1 (raw text elements), case-insensitive.
const BLOCK_TAG =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ >]|\/>|$)/i;
const RAW_TAG = /^<(?:pre|script|style|textarea)(?:[ >]|$)/i;
// Condition 7: one complete open or closing tag alone on its line.
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?: +[A-Za-z_:][A-Za-z0-9_.:-]*(?: *= *(?:[^ "'=<>`]+|'[^']*'|"[^"]*"))?)* *\/?>|<\/[A-Za-z][A-Za-z0-9-]* *>) *$/;

/** The HTML block `text` opens: how it ends, or null when it opens none (or one not read here: `null` also for `<?`, `<!X`, CDATA via `other`). */
export function htmlStart(text: string): 'comment' | 'raw' | 'blank' | 'lone' | 'other' | null {
  if (text.charCodeAt(0) !== 60) return null;
  if (text.startsWith('<!--')) return 'comment';
  if (RAW_TAG.test(text)) return 'raw';
  if (BLOCK_TAG.test(text)) return 'blank';
  if (/^<[?!]/.test(text)) return 'other';
  if (LONE_TAG.test(text)) return 'lone';
  return null;
}

/**
 * True when a line that could be a lazy continuation line instead opens a block that ends the
 * container above it: a list item, heading, fence, thematic break or quote. One opening with `<`
 * declines (whether HTML ends a paragraph depends on its kind).
 */
export function opensBlock(src: string, line: { start: number; end: number }): boolean {
  let k = line.start;
  while (k < line.end && src.charCodeAt(k) === 32) k++;
  if (k - line.start >= 4) return false;
  const text = src.slice(k, line.end);
  if (text.startsWith('<')) decline('HTML after a container');
  return listMarker(text) !== null || THEMATIC_BREAK.test(text) || ATX_HEADING.test(text) || isFenceOpen(text) || text.startsWith('>');
}
