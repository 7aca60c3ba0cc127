/** Writing a document named relative to a working folder, the twin of read-relative.ts for commands handed `cwd`. */
import { resolve } from 'node:path';
import { SprintError } from '../errors.js';
import type { LoadedFile } from './read-document.js';
import { writeDocument } from './write-document.js';

/**
 * writeDocument on `file` (as read by readDocumentRelativeSync) resolved against `cwd`; every
 * message names the file as the caller spelled it.
 */
export async function writeDocumentRelative(file: LoadedFile, cwd: string, text: string): Promise<void> {
  const abs = resolve(cwd, file.path);
  try {
    await writeDocument({ ...file, path: abs }, text);
  } catch (err) {
    if (err instanceof SprintError && abs !== file.path) throw new SprintError(err.kind, err.message.split(abs).join(file.path), err.details);
    throw err;
  }
}
