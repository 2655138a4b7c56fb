/**
 * The BullMQ processor never pays twice: a worker that dies right after a paid submit (before its
 * answer is journaled, or after) leaves a journal entry, and BullMQ's retry of the job resumes it.
 */
import { createKillaTamataClient } from '@mediagen/killatamata';
import type { MockServer } from '@mediagen/mock';
import { createGenerationProcessor, createRedisState, type RedisState } from '@mediagen/redis';
import { type Job, Queue, QueueEvents, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisMissing, startRedisServer } from './helpers/redis-server.ts';
import type { WorkerConfig } from './helpers/redis-worker.ts';
import { spawnReady } from './helpers/spawn-ready.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const WORKER = 'test/helpers/redis-worker.ts';
const missing = redisMissing();
if (missing) console.warn(missing);

const fox = { prompt: 'cinematic fox astronaut', width: 1024, height: 1024 };
const submitFox = {
  operationId: 'submitMediaJob',
  init: { body: { task: 'image.generate', input: fox } },
};

describe.skipIf(missing)('the BullMQ generation processor', () => {
  let server: RedisServer;
  let mock: MockServer;
  let state: RedisState;
  beforeAll(async () => {
    [server, mock] = await Promise.all([
      startRedisServer(),
      startRepoMock('killatamata', { scenario: { steps: 1 } }),
    ]);
    state = createRedisState({ url: server.url });
  });
  afterAll(async () => {
    await state?.close();
    await Promise.all([server?.close(), mock?.close()]);
  });

  it('resumes a job whose worker died after the paid submit, and charges it once', async () => {
    const connection = { url: server.url, maxRetriesPerRequest: null };
    const queue = new Queue('generations', { connection });
    const events = new QueueEvents('generations', { connection });
    const config: WorkerConfig = {
      redisUrl: server.url,
      mockUrl: mock.url,
      queue: 'generations',
      concurrency: 1,
      schedule: { initialDelayMs: 0, intervalMs: 5, multiplier: 1 },
      lockMs: 1000,
      timeoutMs: 1000,
      submitMs: 2000,
    };
    let survivor: Worker | undefined;
    try {
      await events.waitUntilReady();
      const first = await queue.add('fox', submitFox, { attempts: 3 });
      // Killed as the submit's answer arrives: the journal has the idempotency key, no handle.
      const answerLost = await spawnReady(WORKER, { ...config, die: 'on-submit-answer' });
      expect(await answerLost.exited).toBe('SIGKILL');
      expect(mock.ledger).toHaveLength(1);
      const afterLoss = await state.store.get(`generations:${first.id}`);
      expect(afterLoss).toMatchObject({ idempotencyKey: expect.any(String) });
      expect(afterLoss?.handle).toBeUndefined();

      // BullMQ hands the stalled job on; this worker re-sends the same key (the same job comes
      // back, uncharged), journals the handle, and is killed.
      const journaled = await spawnReady(WORKER, { ...config, die: 'after-journal' });
      expect(await journaled.exited).toBe('SIGKILL');
      expect(mock.ledger).toHaveLength(1);
      const afterJournal = await state.store.get(`generations:${first.id}`);
      expect(afterJournal?.handle?.id).toBe(mock.ledger[0]!.jobIds[0]);

      const second = await queue.add('fox', submitFox, { attempts: 3 });
      const client = createKillaTamataClient({ apiKey: 'kt_test', baseUrl: mock.url });
      survivor = new Worker(
        'generations',
        createGenerationProcessor(client, {
          store: state.store,
          wait: { schedule: config.schedule },
        }),
        {
          connection,
          lockDuration: config.lockMs,
          stalledInterval: config.lockMs / 2,
          maxStalledCount: 5,
        },
      );
      const progress: unknown[] = [];
      survivor.on('progress', (_job: Job, p: unknown) => progress.push(p));
      const [a, b] = await Promise.all([
        first.waitUntilFinished(events, 20_000),
        second.waitUntilFinished(events, 20_000),
      ]);

      expect(a).toMatchObject({ status: 'succeeded', handle: { id: mock.ledger[0]!.jobIds[0] } });
      expect(b).toMatchObject({ status: 'succeeded' });
      // One charge per BullMQ job, however many workers touched it.
      expect(mock.ledger).toHaveLength(2);
      expect(new Set(mock.ledger.map((c) => c.idempotencyKey)).size).toBe(2);
      expect(progress).toContainEqual(expect.objectContaining({ state: 'submitted' }));
      expect(await state.store.listPending({ provider: 'killatamata' })).toEqual([]);
    } finally {
      await survivor?.close();
      await Promise.all([queue.close(), events.close()]);
    }
  }, 60_000);

  it('fails a job the provider failed without retrying it, and keeps its outcome', async () => {
    const connection = { url: server.url, maxRetriesPerRequest: null };
    const queue = new Queue('failing', { connection });
    const events = new QueueEvents('failing', { connection });
    const client = createKillaTamataClient({
      apiKey: 'kt_test',
      baseUrl: mock.url,
      headers: { 'x-mediagen-mock': 'outcome=failed' },
    });
    const worker = new Worker(
      'failing',
      createGenerationProcessor(client, {
        store: state.store,
        wait: { schedule: { initialDelayMs: 0, intervalMs: 5, multiplier: 1 } },
      }),
      { connection },
    );
    try {
      await events.waitUntilReady();
      const job = await queue.add('fox', submitFox, { attempts: 5 });
      await expect(job.waitUntilFinished(events, 20_000)).rejects.toThrow(/failed/);
      const failed = await queue.getJob(job.id!);
      expect(failed?.attemptsMade).toBe(1);
      expect(await state.store.get(`failing:${job.id}`)).toMatchObject({
        outcome: { status: 'failed' },
      });
    } finally {
      await worker.close();
      await Promise.all([queue.close(), events.close()]);
    }
  });
});
