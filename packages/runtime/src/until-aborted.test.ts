import { describe, expect, it } from 'vitest';
import { untilAborted } from './until-aborted.js';

/** A promise and its settle functions, so each case decides the order of events. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('untilAborted', () => {
  it('is the work itself without a signal', async () => {
    const work = Promise.resolve(1);
    expect(untilAborted(work, undefined)).toBe(work);
  });

  it("ends with the work's value or failure while the signal stays quiet", async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve('done'), controller.signal)).resolves.toBe('done');
    await expect(
      untilAborted(Promise.reject(new Error('work failed')), controller.signal),
    ).rejects.toThrow('work failed');
  });

  it("ends with the signal's reason when it fires first, and the work's later failure is handled", async () => {
    const controller = new AbortController();
    const work = deferred<string>();
    const raced = untilAborted(work.promise, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(raced).rejects.toThrow('stopped');
    // Vitest fails the run on an unhandled rejection: this must not be one.
    work.reject(new Error('late failure'));
    await new Promise((r) => setTimeout(r, 0));
  });

  it('refuses at once on a signal that already fired, and handles the work it was given', async () => {
    const controller = new AbortController();
    controller.abort(new Error('already stopped'));
    const work = deferred<string>();
    await expect(untilAborted(work.promise, controller.signal)).rejects.toThrow('already stopped');
    work.reject(new Error('late failure'));
    await new Promise((r) => setTimeout(r, 0));
  });
});
