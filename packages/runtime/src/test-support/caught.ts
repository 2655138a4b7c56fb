import { expect } from 'vitest';
import { MediagenError } from '../errors.js';

/** The typed error a call rejects with; fails the test when it resolves or throws anything else. */
export async function caught(work: Promise<unknown>): Promise<MediagenError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediagenError);
  return error as MediagenError;
}
