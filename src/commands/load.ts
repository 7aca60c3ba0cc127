/** Turning command-line arguments into models: which files, read strictly, built into Sprints. */
import { usageError } from '../errors.js';
import { discoverDocuments, expandInputs } from '../io/discover.js';
import { readAll } from '../io/read-pool.js';
import { readDocumentRelativeSync } from '../io/read-relative.js';
import type { Sprint } from '../model/schema.js';
import type { CommandContext } from './command-result.js';

/**
 * The models of the documents named by `args` (files or folders, relative to `cwd`), or of the
 * documents the discovery rule finds in `cwd` when `args` is empty. Each model's `file` is the
 * path as the user spelled it (or as discovery found it, relative to `cwd`).
 */
export async function loadSprints(args: readonly string[], ctx: Pick<CommandContext, 'cwd' | 'programFile'>): Promise<Sprint[]> {
  const files = await resolveInputs(args, ctx.cwd);
  // Every file is read (and any unreadable one reported) before any is parsed, in the order named.
  const docs = files.map((file) => ({ text: readDocumentRelativeSync(file, ctx.cwd).text, file }));
  return readAll(docs, ctx.programFile ?? null);
}

/** The document paths a command works on; a usage error when none are named and none are found. */
export async function resolveInputs(args: readonly string[], cwd: string): Promise<string[]> {
  if (args.length > 0) return expandInputs([...args], cwd);
  const found = await discoverDocuments(cwd);
  if (found.length === 0) {
    throw usageError('no sprint documents found here; name a file (see README for the discovery rule)');
  }
  return found;
}
