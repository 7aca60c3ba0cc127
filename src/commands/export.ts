/** `sprint export --json`: the whole model of each document, validated against the schema first. */
import { usageError } from '../errors.js';
import type { Sprint } from '../model/schema.js';
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
  // The schemas (and zod, a third of the program) load only here: no other command validates.
  const { SprintSchema } = await import('../model/schema.js');
  const sprints = (await loadSprints(files, ctx)).map((s) => validated(s, SprintSchema));
  return withDiagnostics(toJsonText(exportJson(sprints)), sprints, options);
}

/** The model as the schema parses it; throws when the builder produced something the schema rejects. */
function validated(sprint: Sprint, schema: typeof import('../model/schema.js').SprintSchema): Sprint {
  const result = schema.safeParse(sprint);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  throw new Error(`the model of ${sprint.file} does not match its schema${where}: ${issue?.message ?? 'invalid'}`);
}
