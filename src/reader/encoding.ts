/**
 * What is wrong with the characters of a document, as diagnostics with their place: U+FFFD
 * replacement characters (bytes lost before the file reached us), a byte-order mark, mixed line
 * endings, and invisible characters inside words such as IDs (which make `sprint done T-1` miss the task).
 * Mojibake has its own diagnostic (index.ts). Nothing here changes how the document is read.
 */
import { positionOf } from '../parse/markdown.js';
import type { Diagnostic } from '../model/schema.js';

/** Zero-width and formatting characters that look like nothing but are part of a string. */
const INVISIBLE = /[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

/** The encoding diagnostics of `text`. */
export function encodingDiagnostics(text: string, file: string, lineStarts: readonly number[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number, severity: Diagnostic['severity'], code: string, message: string) => {
    const p = positionOf(lineStarts, offset);
    out.push({ file, line: p.line, column: p.column, severity, code, message });
  };
  if (text.charCodeAt(0) === 0xfeff) at(0, 'info', 'bom', 'the file starts with a byte-order mark (kept as it is; most tools do not need it)');
  const fffd = text.indexOf('\ufffd');
  if (fffd >= 0) {
    const count = text.split('\ufffd').length - 1;
    at(
      fffd,
      'warning',
      'replacement-char',
      `${count} U+FFFD replacement ${count === 1 ? 'character' : 'characters'} (text lost in an earlier conversion; restore it from history)`,
    );
  }
  const crlf = text.indexOf('\r\n');
  const lf = crlf >= 0 ? /(^|[^\r])\n/.exec(text) : null;
  if (crlf >= 0 && lf) {
    const minority = text.split('\r\n').length - 1 < text.split('\n').length / 2 ? crlf : lf.index + lf[1]!.length;
    at(minority, 'warning', 'mixed-line-endings', 'the file mixes CRLF and LF line endings (edits keep each line as it is)');
  }
  // An invisible character inside a word (an ID, a status word) makes it another word; joiners of emoji and scripts are left alone.
  if (INVISIBLE.test(text)) out.push(...invisibleInWords(text, file, lineStarts));
  return out;
}

/** A diagnostic for each line with an invisible character inside a word. */
function invisibleInWords(text: string, file: string, lineStarts: readonly number[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const inWord = new RegExp(`[\\p{L}\\p{N}]${INVISIBLE.source}|${INVISIBLE.source}[\\p{L}\\p{N}]`, 'gu');
  let lastLine = -1;
  for (const m of text.matchAll(inWord)) {
    const offset = m.index + (INVISIBLE.test(m[0][0]!) ? 0 : m[0].length - 1);
    if (offset === 0) continue;
    const p = positionOf(lineStarts, offset);
    if (p.line === lastLine) continue;
    lastLine = p.line;
    const code = text.codePointAt(offset)!.toString(16).toUpperCase().padStart(4, '0');
    const message = `an invisible character (U+${code}) sits inside a word; "sprint done" and searches will not match it`;
    out.push({ file, line: p.line, column: p.column, severity: 'warning', code: 'invisible-char', message });
  }
  return out;
}
