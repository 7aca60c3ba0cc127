/**
 * Showing what a write would change: a unified diff for `--dry-run`, and the list of changed
 * lines that tests use to prove an edit touched nothing else. Built on jsdiff (`diff`), whose
 * line diff keeps each line's own ending, so CRLF-vs-LF and a missing final newline are real
 * differences here rather than something normalized away.
 */

import { diffLines, formatPatch, structuredPatch, FILE_HEADERS_ONLY } from 'diff';

/** Options for `unifiedDiff`: the names printed after `a/` and `b/`, and lines of context. */
export interface UnifiedDiffOptions {
  /** Path of the old version; printed as `--- a/<fromFile>`. */
  fromFile: string;
  /** Path of the new version; printed as `+++ b/<toFile>`. */
  toFile: string;
  /** Unchanged lines around each change (default 3, like git and GNU diff). */
  context?: number;
}

const NO_NEWLINE = '\\ No newline at end of file';
/** U+240D SYMBOL FOR CARRIAGE RETURN: how a CR is drawn when it carries information. */
const CR_SYMBOL = '\u240D';

/** A git-style unified diff of two versions of a document, or '' when they are equal. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions): string {
  if (oldText === newText) return '';
  const context = Math.max(0, Math.floor(options.context ?? 3));
  const patch = structuredPatch(prefixed('a', options.fromFile), prefixed('b', options.toFile), oldText, newText, undefined, undefined, { context });
  if (patch.hunks.length === 0) return '';
  // A raw CR at the end of every hunk line would make the output a mixed-EOL text that
  // terminals and snapshots show badly. When both versions are uniformly CRLF the CR says
  // nothing, so it is dropped; otherwise line endings may be part of the change, so each CR
  // is drawn as ␍ and an LF-vs-CRLF edit stays visible.
  const hideCrlf = !hasBareLf(oldText) && !hasBareLf(newText);
  for (const hunk of patch.hunks) hunk.lines = hunk.lines.map((line, i) => showCarriageReturns(line, hunk.lines[i + 1], hideCrlf));
  return formatPatch(patch, FILE_HEADERS_ONLY);
}

/** 1-based numbers of the lines of `newText` that differ from `oldText` (a line's ending counts). */
export function changedLines(oldText: string, newText: string): number[] {
  const changes = diffLines(oldText, newText);
  const lastLine = Math.max(1, countLines(newText));
  const lines = new Set<number>();
  let line = 1;
  changes.forEach((change, i) => {
    if (change.added) {
      for (let k = 0; k < change.count; k++) lines.add(line + k);
      line += change.count;
    } else if (change.removed) {
      // A pure deletion has no line of its own in the new text: report where it happened, the
      // line that now follows it (or the last line, if it was at the end).
      const paired = changes[i - 1]?.added === true || changes[i + 1]?.added === true;
      if (!paired) lines.add(Math.min(line, lastLine));
    } else {
      line += change.count;
    }
  });
  return [...lines].sort((a, b) => a - b);
}

/** `a/path` or `b/path`, git style; `/dev/null` is left alone. */
function prefixed(side: 'a' | 'b', file: string): string {
  if (file === '/dev/null') return file;
  return `${side}/${file.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '')}`;
}

/** True when some `\n` is not preceded by `\r`, i.e. the text is not uniformly CRLF. */
function hasBareLf(text: string): boolean {
  return /(^|[^\r])\n/.test(text);
}

/** Number of lines, counting a last line without a newline. */
function countLines(text: string): number {
  if (text === '') return 0;
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return text.endsWith('\n') ? count : count + 1;
}

/**
 * jsdiff strips each hunk line's `\n` but keeps the `\r` of a CRLF. A trailing CR is a CRLF
 * ending unless the next entry says the line has no newline (then it is a lone CR).
 */
function showCarriageReturns(line: string, next: string | undefined, hideCrlf: boolean): string {
  if (line === NO_NEWLINE || !line.includes('\r')) return line;
  const crlf = line.endsWith('\r') && next !== NO_NEWLINE;
  const body = (crlf ? line.slice(0, -1) : line).replace(/\r/g, CR_SYMBOL);
  return crlf && !hideCrlf ? body + CR_SYMBOL : body;
}
