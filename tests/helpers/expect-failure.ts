/** Assertions that a call fails with a SprintError, returning the error so a test can check its kind and message. */
import { expect } from 'vitest';
import { SprintError } from '../../src/errors.js';

/** Awaits `p`, asserts it rejects with a SprintError, and returns that error (tests check kind and message). */
export async function failure(p: Promise<unknown>): Promise<SprintError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(SprintError);
    return err as SprintError;
  }
  throw new Error('expected a SprintError');
}

/** Runs `fn`, asserts it throws a SprintError, and returns that error: `failure` for synchronous code. */
export function failureSync(fn: () => unknown): SprintError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SprintError);
    return err as SprintError;
  }
  throw new Error('expected a SprintError');
}
