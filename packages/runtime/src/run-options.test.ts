import { describe, expect, it } from 'vitest';
import { splitRunOptions } from './run-options.js';

describe('splitRunOptions', () => {
  it('gives the wait its options, the submit the rest, and both the signal', () => {
    const signal = new AbortController().signal;
    const onProgress = () => undefined;
    const { request, wait } = splitRunOptions({
      signal,
      timeoutMs: 60_000,
      requestTimeoutMs: 5_000,
      onProgress,
      idempotencyKey: 'k1',
      retry: { maxRetries: 1 },
      cancelOnAbort: true,
      maxPollFailures: undefined,
    });
    expect(request).toEqual({
      signal,
      timeoutMs: 5_000,
      idempotencyKey: 'k1',
      retry: { maxRetries: 1 },
    });
    expect(wait).toEqual({ signal, timeoutMs: 60_000, onProgress, cancelOnAbort: true });
  });
});
