import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createProviderClient } from './client/create-provider-client.js';
import { AbortError } from './errors.js';
import { createSignalRelay } from './signal-relay.js';
import { fixture } from './test-support/fixture-metadata.js';

/** A client on `fetch` with no pacing or concurrency cap in the way of many calls at once. */
function unpacedClient(fetch: (request: Request, init?: RequestInit) => Promise<Response>) {
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  const client: any = createProviderClient(fixture, {
    apiKey: 'sk_test_shared_signal',
    baseUrl: 'https://api.acme.test/v1',
    fetch,
    rateLimits: false,
    maxConcurrency: 2000,
  });
  return client;
}

describe('createSignalRelay', () => {
  it('gives one relayed signal per caller signal, following its abort and reason', () => {
    const relay = createSignalRelay();
    const controller = new AbortController();
    const relayed = relay(controller.signal)!;
    expect(relay(controller.signal)).toBe(relayed);
    expect(relay(relayed)).toBe(relayed);
    expect(relay(undefined)).toBeUndefined();
    const reason = new Error('stop');
    controller.abort(reason);
    expect(relayed.aborted).toBe(true);
    expect(relayed.reason).toBe(reason);
    const early = AbortSignal.abort('gone');
    expect(relay(early)?.reason).toBe('gone');
  });
});

describe('one AbortSignal shared by 1,000 waits', () => {
  it('adds no MaxListenersExceededWarning and ends every wait on abort', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on('warning', onWarning);
    try {
      let polls = 0;
      const fetch = async (request: Request) => {
        if (request.method === 'POST') return Response.json({ id: `job_${Math.random()}` });
        polls++;
        return Response.json({ status: 'running' });
      };
      const client = unpacedClient(fetch);
      const controller = new AbortController();
      const { signal } = controller;
      const handles = await Promise.all(
        Array.from({ length: 1000 }, async () => {
          const { handle } = await client.submit(
            'createJob',
            { body: { prompt: 'a fox' } },
            { signal },
          );
          return handle;
        }),
      );
      const schedule = { initialDelayMs: 0, intervalMs: 5 };
      const waits = handles.map((handle) =>
        client.wait(handle, { signal, schedule }).catch((e: unknown) => e),
      );
      // Every wait is polling or sleeping, with its listeners in place.
      for (let i = 0; i < 200 && polls < 1000; i++) await new Promise((r) => setTimeout(r, 5));
      expect(polls).toBeGreaterThanOrEqual(1000);
      controller.abort();
      const ends = await Promise.all(waits);
      expect(ends.every((e) => e instanceof AbortError)).toBe(true);
      // A warning is emitted on the next tick.
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('one AbortSignal shared by many raw calls', () => {
  it('gets one listener from the client, and every call in flight ends on abort', async () => {
    let started = 0;
    const fetch = (request: Request, init?: RequestInit) => {
      started++;
      // Held until the call's own (relayed) signal aborts, as a slow server would be.
      const signal = init?.signal ?? request.signal;
      return new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
      );
    };
    const client = unpacedClient(fetch);
    const controller = new AbortController();
    const { signal } = controller;
    const path = { params: { path: { id: 'job_1' } } };
    const calls = Array.from({ length: 30 }, (_, i) =>
      (i % 2
        ? client.call('getJob', path, { signal })
        : client.GET('/jobs/{id}', { ...path, signal })
      ).catch((e: unknown) => e),
    );
    for (let i = 0; i < 200 && started < 30; i++) await new Promise((r) => setImmediate(r));
    expect(started).toBe(30);
    expect(EventEmitter.getEventListeners(signal, 'abort')).toHaveLength(1);
    controller.abort();
    const ends = await Promise.all(calls);
    expect(ends.every((e) => e instanceof AbortError)).toBe(true);
  });
});
