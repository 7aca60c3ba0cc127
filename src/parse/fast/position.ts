/**
 * mdast positions as the fast parser gives them: offsets only. The outline (../markdown.ts) reads
 * nothing else; lines and columns come from the document's line starts.
 */
import type { Position } from 'unist';

/** The position [start, end) with offsets into the parsed text. */
export function position(start: number, end: number): Position {
  return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}
