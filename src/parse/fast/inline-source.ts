/**
 * The text an inline parse reads: the content lines of one paragraph, heading or cell joined by
 * `\n`, each line without its leading whitespace and the last without its trailing whitespace (as
 * micromark's text content), with the document offset of every character kept, so every node
 * gets the exact offsets remark would give it.
 */

/** One line of inline content: where its content starts (indentation skipped) and where the line ends (before `\n`). */
export interface ContentLine {
  start: number;
  end: number;
}

/** The joined content (line endings as written, `\n` or `\r\n`) and the source offset of each of its characters. */
export interface InlineSource {
  /** The content lines joined by `\n`. */
  v: string;
  /** `at[i]` is the source offset of `v[i]`; `at[v.length]` is the end of the content. */
  at: Int32Array;
}

/** Joins `lines` of `src` (see ContentLine); the last line's trailing spaces are not content. */
export function inlineSource(src: string, lines: readonly ContentLine[]): InlineSource {
  const last = lines.length - 1;
  let lastEnd = lines[last]!.end;
  while (lastEnd > lines[last]!.start && src.charCodeAt(lastEnd - 1) === 32) lastEnd--;
  if (last === 0) {
    const start = lines[0]!.start;
    const v = src.slice(start, lastEnd);
    const at = new Int32Array(v.length + 1);
    for (let i = 0; i <= v.length; i++) at[i] = start + i;
    return { v, at };
  }
  let v = '';
  const parts: Array<[number, number, string]> = [];
  for (let i = 0; i <= last; i++) {
    const { start, end } = lines[i]!;
    const e = i === last ? lastEnd : end;
    const ending = i === last ? '' : src.charCodeAt(end) === 13 ? '\r\n' : '\n';
    parts.push([start, e, ending]);
    v += src.slice(start, e) + ending;
  }
  const at = new Int32Array(v.length + 1);
  let k = 0;
  for (const [s, e, ending] of parts) {
    for (let o = s; o < e; o++) at[k++] = o;
    for (let o = 0; o < ending.length; o++) at[k++] = e + o; // the line ending, `\r\n` or `\n`
  }
  at[k] = parts.at(-1)![1]; // the end of the content
  return { v, at };
}
