/** `sprint export --json`: the whole model of each document, validated against the schema first. */
import { usageError } from '../errors.js';
import { SprintSchema, type Sprint } from '../model/schema.js';
import { exportJson, toJsonText } from '../render/json.js';
import type { CommandContext, CommandResult, ReportOptions } from './command-result.js';
import { withDiagnostics } from './diagnostics-outcome.js';
import { loadSprints } from './load.js';

/**
 * Runs `export`. `--json` is required (the only format for now). A model that fails validation
 * is a bug in the builder, so it is thrown as a plain Error (an internal error, exit 2).
 */
export async function exportCommand(files: readonly string[], options: ReportOptions, ctx: CommandContext): Promise<CommandResult> {
  if (!options.json) throw usageError('export requires --json (the only output format for now)');
  const sprints = (await loadSprints(files, ctx)).map(validated);
  return withDiagnostics(toJsonText(exportJson(sprints)), sprints, options);
}

/** The model as the schema parses it; throws when the builder produced something the schema rejects. */
function validated(sprint: Sprint): Sprint {
  const result = SprintSchema.safeParse(sprint);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  throw new Error(`the model of ${sprint.file} does not match its schema${where}: ${issue?.message ?? 'invalid'}`);
}
