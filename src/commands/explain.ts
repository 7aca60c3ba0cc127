/** `sprint explain FILE…`: how the reader understood each part of each document (see render/explain-view.ts). */
import { renderExplain } from '../render/explain-view.js';
import type { CommandContext, CommandResult } from './command-result.js';
import { loadSprints } from './load.js';

/** Runs `explain` on the given files (or the discovered documents). */
export async function explainCommand(files: readonly string[], ctx: CommandContext): Promise<CommandResult> {
  const sprints = await loadSprints(files, ctx);
  return { stdout: sprints.map((s) => renderExplain(s, ctx.painter)).join('\n'), exitCode: 0 };
}
