/**
 * Failures that stop a command. Problems *inside* a document are never thrown: they are
 * diagnostics in the model. These are for the caller's mistakes and the machine's refusals,
 * and the CLI turns each kind into one line on stderr and an exit code (see cli/main.ts).
 */

/** Why a command could not run; decides the exit code. */
export type FailureKind = 'usage' | 'io' | 'conflict';

/** A command-stopping failure with a message meant for the user, never a stack trace. */
export class SprintError extends Error {
  readonly kind: FailureKind;
  /** Extra lines printed after the message (candidates for an ambiguous task, say). */
  readonly details: readonly string[];

  constructor(kind: FailureKind, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'SprintError';
    this.kind = kind;
    this.details = details;
  }
}

/** Shorthand for a usage failure: bad arguments, unknown task, ambiguous task. */
export function usageError(message: string, details: readonly string[] = []): SprintError {
  return new SprintError('usage', message, details);
}

/** Shorthand for an I/O failure: missing file, directory, binary file, invalid UTF-8, unwritable. */
export function ioError(message: string, details: readonly string[] = []): SprintError {
  return new SprintError('io', message, details);
}

/** Shorthand for a write refused because the file or the edit target changed under us. */
export function conflictError(message: string, details: readonly string[] = []): SprintError {
  return new SprintError('conflict', message, details);
}
