/**
 * Lines as the block parser sees them: the part of a physical line inside the containers (list
 * items, block quotes) that hold it, as offsets into the section's text. Tabs never reach here:
 * a section with a tab declines (column arithmetic with tabs is where parsers differ most).
 */

/**
 * One line inside its containers: content from `start` to `end` (the line ending excluded).
 * `lazy` marks a lazy continuation line: less indented than the list item (or without the `>` of
 * the quote) it sits in, it can only continue the paragraph open there.
 */
export interface Line {
  start: number;
  end: number;
  lazy?: true;
}

/** The physical lines of `src`, `\n` or `\r\n` ended (the ending is not part of the line). */
export function splitLines(src: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (;;) {
    const nl = src.indexOf('\n', pos);
    if (nl < 0) {
      lines.push({ start: pos, end: src.length });
      return lines;
    }
    lines.push({ start: pos, end: nl > pos && src.charCodeAt(nl - 1) === 13 ? nl - 1 : nl });
    pos = nl + 1;
  }
}

/** The line ending after a line that ends at `end`: `\r\n`, `\n`, or nothing at the end of the text. */
export function endingAt(src: string, end: number): string {
  const c = src.charCodeAt(end);
  if (c === 13) return '\r\n';
  return c === 10 ? '\n' : '';
}

/** The lines' texts joined by their own line endings, as mdast keeps them in code and HTML values. */
export function joinLines(src: string, texts: ReadonlyArray<{ text: string; end: number }>): string {
  let out = '';
  texts.forEach((t, i) => {
    out += i === 0 ? t.text : endingAt(src, texts[i - 1]!.end) + t.text;
  });
  return out;
}

/** Spaces at the start of the line. */
export function indentOf(src: string, line: Line): number {
  let k = line.start;
  while (k < line.end && src.charCodeAt(k) === 32) k++;
  return k - line.start;
}

/** True when the line holds nothing but spaces. */
export function isBlank(src: string, line: Line): boolean {
  return indentOf(src, line) === line.end - line.start;
}

/** The line with its first `n` columns (spaces) removed; a blank line loses what it has up to `n`. */
export function strip(line: Line, n: number): Line {
  if (line.lazy) return line;
  return { start: Math.min(line.start + n, line.end), end: line.end };
}

/** The line as a lazy continuation line (its indentation kept: it is its own, not a container's). */
export function lazy(line: Line): Line {
  return { start: line.start, end: line.end, lazy: true };
}

/** Offset of the end of the line's content, trailing spaces excluded. */
export function contentEnd(src: string, line: Line): number {
  let e = line.end;
  while (e > line.start && src.charCodeAt(e - 1) === 32) e--;
  return e;
}
