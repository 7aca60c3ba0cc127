/** Reading a document named relative to a working folder, for commands that are handed `cwd` instead of using process.cwd(). */
import { resolve } from 'node:path';
import { SprintError } from '../errors.js';
import { readDocumentSync, type LoadedFile } from './read-document.js';

/**
 * readDocumentSync on `file` resolved against `cwd`; the result's `path` and every error message
 * name the file as the caller spelled it, not the resolved absolute path.
 */
export function readDocumentRelativeSync(file: string, cwd: string): LoadedFile {
  const abs = resolve(cwd, file);
  try {
    return { ...readDocumentSync(abs), path: file };
  } catch (err) {
    if (err instanceof SprintError && abs !== file) {
      throw new SprintError(err.kind, err.message.split(abs).join(file), err.details);
    }
    throw err;
  }
}
