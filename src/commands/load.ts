/** Turning command-line arguments into models: which files, read strictly, built into Sprints. */
import { usageError } from '../errors.js';
import { discoverDocuments, expandInputs } from '../io/discover.js';
import { readDocumentRelativeSync } from '../io/read-relative.js';
import { buildSprint } from '../reader/index.js';
import type { Sprint } from '../model/schema.js';

/**
 * The models of the documents named by `args` (files or folders, relative to `cwd`), or of the
 * documents the discovery rule finds in `cwd` when `args` is empty. Each model's `file` is the
 * path as the user spelled it (or as discovery found it, relative to `cwd`).
 */
export async function loadSprints(args: readonly string[], cwd: string): Promise<Sprint[]> {
  const files = await resolveInputs(args, cwd);
  return files.map((file) => buildSprint(readDocumentRelativeSync(file, cwd).text, file));
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
