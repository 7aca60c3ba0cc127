/**
 * Guards the Markdown parser against nesting it cannot survive: micromark and the mdast tools
 * recurse once per container level, so 2,000 levels of `> ` or `- ` overflow the stack and deep
 * indentation makes parsing quadratic. A line that opens more than `MAX_NESTING` containers, or is
 * indented past `MAX_INDENT` columns, is set aside: the parser reads the text before and after each
 * run of such lines as separate chunks (offsets unchanged) and never sees the run; the reader
 * reports each run as a diagnostic. Everything else in the document is read as usual.
 */

/** Containers one line may open before it is set aside. Real documents stay far below it. */
export const MAX_NESTING = 64;
/** Columns of indentation before a line is set aside (32 levels of four-space lists). */
export const MAX_INDENT = 160;

/** A run of lines set aside: its first line (1-based), how many lines, and its offsets [start, end). */
export interface SkippedRun {
  line: number;
  lines: number;
  reason: string;
  start: number;
  end: number;
}

/** The runs of lines too deeply nested to parse, in text order. */
export function findDeepRuns(text: string): SkippedRun[] {
  const skipped: SkippedRun[] = [];
  let pos = 0;
  let line = 1;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const reason = tooDeep(text, pos, eol);
    if (reason) {
      const last = skipped.at(-1);
      const next = Math.min(text.length, eol + 1);
      if (last && last.end === pos && last.reason === reason) {
        last.lines++;
        last.end = next;
      } else skipped.push({ line, lines: 1, reason, start: pos, end: next });
    }
    if (eol >= text.length) break;
    pos = eol + 1;
    line++;
  }
  return skipped;
}

/** Cuts [start, end) ranges so that none overlaps a skipped run. */
export function withoutRuns(ranges: ReadonlyArray<[number, number]>, runs: readonly SkippedRun[]): Array<[number, number]> {
  if (runs.length === 0) return [...ranges];
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    let from = s;
    for (const r of runs) {
      if (r.end <= from || r.start >= e) continue;
      if (r.start > from) out.push([from, r.start]);
      from = Math.max(from, r.end);
    }
    if (from < e) out.push([from, e]);
  }
  return out;
}

/** Why the line [start, end) cannot be parsed safely, or null. Scans only the line's prefix. */
function tooDeep(text: string, start: number, end: number): string | null {
  let i = start;
  let indent = 0;
  let containers = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - (indent % 4);
    else if (c === 62 /* > */) containers++;
    else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpaceOrEnd(text, i + 1, end)) containers++;
    else break;
    if (containers > MAX_NESTING) return `more than ${MAX_NESTING} nested block quotes or lists`;
    if (indent > MAX_INDENT) return `indented more than ${MAX_INDENT} columns`;
    i++;
  }
  return null;
}

function isSpaceOrEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}
