/** What the documents' diagnostics do to a command's result: stderr lines (`--verbose`) and exit code (`--strict`). */
import type { Sprint } from '../model/schema.js';
import { renderDiagnostics } from '../render/diagnostics-view.js';
import type { CommandResult, ReportOptions } from './command-result.js';

/** The stderr text and exit code diagnostics call for; `stdout` is the command's own output. */
export function withDiagnostics(stdout: string, sprints: readonly Sprint[], options: ReportOptions): CommandResult {
  const all = sprints.flatMap((s) => s.diagnostics);
  const failing = all.some((d) => d.severity === 'error' || d.severity === 'warning');
  const result: CommandResult = { stdout, exitCode: options.strict && failing ? 1 : 0 };
  if (options.verbose && all.length > 0) result.stderr = renderDiagnostics(all);
  return result;
}
