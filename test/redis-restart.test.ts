/**
 * Redis restarting mid-run loses nothing: while it is away, no end can be shared, so the workers'
 * waits end by polling; submits wait for the journal (none is sent unjournaled); and once it is
 * back, the journal (kept on disk) still has every job, each charged once.
 */

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { callbackUrl, createKillaTamataClient } from '@mediagen/killatamata';
import type { MockServer } from '@mediagen/mock';
import { createRedisState, type RedisState, resumePending, runJournaled } from '@mediagen/redis';
import { type JobResult, toNodeListener } from '@mediagen/runtime';
import { delay } from '@mediagen/runtime/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisMissing, startRedisServer } from './helpers/redis-server.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const JOBS = 30;
const TOKEN = 'restart-secret-0123456789';
const fox = { prompt: 'cinematic fox astronaut', width: 1024, height: 1024 };

const missing = redisMissing();
if (missing) console.warn(missing);

describe.skipIf(missing)('Redis restarting mid-run', () => {
  let server: RedisServer;
  let mock: MockServer;
  let webState: RedisState;
  let workerState: RedisState;
  let web: Server;
  beforeAll(async () => {
    [server, mock] = await Promise.all([
      startRedisServer(),
      // Jobs run until the test lets them end (below), so they are running when Redis goes away.
      startRepoMock('killatamata', { scenario: { timeScale: 50, stepMs: 1e12 } }),
    ]);
    webState = createRedisState({ url: server.url });
    workerState = createRedisState({ url: server.url });
    const webClient = createKillaTamataClient({ apiKey: 'kt_web', baseUrl: mock.url, ...webState });
    web = createServer(toNodeListener(webClient.createCallbackHandler({ token: TOKEN })));
    web.listen(0, '127.0.0.1');
    await once(web, 'listening');
  });
  afterAll(async () => {
    web?.close();
    await Promise.all([webState?.close(), workerState?.close()]);
    await Promise.all([server?.close(), mock?.close()]);
  });

  it('settles every job by polling while Redis is away, and charges each once', async () => {
    let polls = 0;
    const worker = createKillaTamataClient({
      apiKey: 'kt_worker',
      baseUrl: mock.url,
      ...workerState,
      fetch: (request, init) => {
        if (request.method === 'GET') polls++;
        return globalThis.fetch(request, init);
      },
    });
    const { port } = web.address() as { port: number };
    const completionCallbackUrl = callbackUrl({ url: `http://127.0.0.1:${port}/`, token: TOKEN });
    const schedule = mock.schedule('getMediaJob');
    let journaled = 0;
    // As a queue would: a job whose journal write failed (Redis away) is run again later.
    const run = async (i: number): Promise<JobResult> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await runJournaled(
            worker,
            {
              key: `restart:${i}`,
              operationId: 'submitMediaJob',
              init: { body: { task: 'image.generate', input: fox, completionCallbackUrl } },
            },
            {
              wait: { callback: { safetyNet: schedule }, timeoutMs: 30_000 },
              submitClaimMs: 5000,
              onSubmitted: () => void journaled++,
            },
          );
        } catch (error) {
          if (attempt >= 100) throw error;
          await delay(100);
        }
      }
    };
    const first = Array.from({ length: JOBS / 2 }, (_, i) => run(i));
    // Bounded: every submit's handle is journaled within a few of its attempts.
    for (let i = 0; i < 6000 && journaled < JOBS / 2; i++) await delay(10);
    expect(journaled).toBe(JOBS / 2);

    await server.stop();
    // Submits while Redis is away wait for it; jobs already running end by polling meanwhile.
    const second = Array.from({ length: JOBS / 2 }, (_, i) => run(JOBS / 2 + i));
    const pollsBefore = polls;
    mock.setScenario({ stepMs: undefined });
    for (const job of mock.jobs()) mock.setJobScenario(job.id, { stepMs: 1 });
    const firstResults = await Promise.all(first);
    expect(polls).toBeGreaterThan(pollsBefore);
    await server.start();
    const results = [...firstResults, ...(await Promise.all(second))];

    expect(results.every((r) => r.status === 'succeeded')).toBe(true);
    expect(mock.ledger).toHaveLength(JOBS);
    expect(new Set(mock.ledger.map((c) => c.idempotencyKey)).size).toBe(JOBS);
    // Jobs that ended while Redis was away kept their handle: resuming them costs a status
    // request each, and no charge.
    const resumed = await resumePending(worker, {
      wait: { schedule: { ...schedule, initialDelayMs: 0 } },
    });
    expect(resumed.every((r) => r.status === 'settled')).toBe(true);
    expect(await workerState.store.listPending()).toEqual([]);
    expect(mock.ledger).toHaveLength(JOBS);
  }, 120_000);
});
