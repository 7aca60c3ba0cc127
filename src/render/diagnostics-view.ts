/** Diagnostics as compilers print them, so editors and grep understand the lines. */
import type { Diagnostic } from '../model/schema.js';

/** One `file:line:col: severity: message` line per diagnostic, each ending in a newline. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`).join('');
}
