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

describe('splitRunOptions routing', () => {
  it.each([
    ['callback', true],
    ['cancelTimeoutMs', 1000],
    ['schedule', { intervalMs: 1 }],
    ['rateLimit', { requests: 1, perSeconds: 1 }],
    ['maxPollFailures', 2],
  ])('sends the wait option %s to the wait only', (key, value) => {
    const { request, wait } = splitRunOptions({ [key]: value });
    expect(wait).toEqual({ [key]: value });
    expect(request).toEqual({});
  });
  it.each([
    ['deadlineMs', 9],
    ['idempotencyKey', 'k'],
  ])('sends the request option %s to the submit only', (key, value) => {
    const { request, wait } = splitRunOptions({ [key]: value });
    expect(request).toEqual({ [key]: value });
    expect(wait).toEqual({});
  });
});
