import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { WaitTimeoutError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';
import { lookUnlessPushed } from './pause-for-push.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('lookUnlessPushed under a time budget (fake clock)', () => {
  it('ends a look that never answers when the budget runs out, and aborts it', async () => {
    vi.useFakeTimers();
    let stopped: AbortSignal | undefined;
    const look = (signal: AbortSignal | undefined) => {
      stopped = signal;
      return new Promise<never>(() => undefined);
    };
    const seen = lookUnlessPushed(look, undefined, undefined, 2200);
    await vi.advanceTimersByTimeAsync(2199);
    expect(stopped?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(seen).resolves.toEqual({ overtime: true });
    expect(stopped?.aborted).toBe(true);
  });

  it('a look that rejects because the budget aborted it is overtime, not its error', async () => {
    vi.useFakeTimers();
    const look = (signal: AbortSignal | undefined) =>
      new Promise<never>((_, reject) =>
        signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const seen = lookUnlessPushed(look, undefined, undefined, 100);
    await vi.advanceTimersByTimeAsync(100);
    await expect(seen).resolves.toEqual({ overtime: true });
  });

  it('a look within its budget answers as before, leaving no timer behind', async () => {
    vi.useFakeTimers();
    await expect(lookUnlessPushed(async () => 'ok', undefined, undefined, 100)).resolves.toEqual({
      look: 'ok',
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a wait whose status body stalls', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('ends in WaitTimeoutError at its timeoutMs, not at the request timeout', async () => {
    server = await scriptedServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { id: 'job_1', status: 'queued' });
      // Headers, then a body that never completes.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"status":"runn');
    });
    // Each attempt may take 30 s: only the wait's own deadline can end this one sooner.
    // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
    const client: any = createProviderClient(fixture, {
      apiKey: 'sk_test_deadline',
      baseUrl: server.url,
      timeoutMs: 30_000,
    });
    const { handle } = await client.submit('createJob', { body: { prompt: 'a fox' } });
    const started = Date.now();
    const error = await client
      .wait(handle, { timeoutMs: 400, schedule: { initialDelayMs: 0, intervalMs: 50 } })
      .catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(400);
    // The bound is timeoutMs + 250 ms; a loaded machine gets slack, the 30 s attempt timeout none.
    expect(elapsed).toBeLessThan(5000);
  });
});
