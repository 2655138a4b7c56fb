/**
 * A worker process for the Redis tests: a BullMQ worker running `createGenerationProcessor` on a
 * Killa Tamata client against the mock. It prints `ready` once BullMQ listens, and can be told to
 * die (SIGKILL, so nothing is cleaned up) right after a paid submit. Each status request it sends
 * is appended to `pollLog` as `{ pid, id, start, end }`.
 *
 *   node --conditions=@mediagen/source --import tsx test/helpers/redis-worker.ts '<config JSON>'
 */
import { appendFileSync } from 'node:fs';
import { createKillaTamataClient } from '@mediagen/killatamata';
import { createGenerationProcessor, createRedisState, resumePending } from '@mediagen/redis';
import type { PollSchedule } from '@mediagen/runtime';
import { Worker } from 'bullmq';

export interface WorkerConfig {
  redisUrl: string;
  mockUrl: string;
  queue: string;
  concurrency: number;
  schedule: Partial<PollSchedule>;
  /** Wait for the terminal callback (received by the web process) instead of polling. */
  callback?: boolean;
  /** SIGKILL itself when a submit's answer arrives, before its handle is journaled; or right after. */
  die?: 'on-submit-answer' | 'after-journal';
  pollLog?: string;
  /** BullMQ's lock: how soon a dead worker's job is handed to another. */
  lockMs: number;
  /** Each request's timeout: how long a dead worker's poll claims outlive it. */
  timeoutMs: number;
  /** The longest one submit may take, all retries included: the client's deadline, the submit claim. */
  submitMs: number;
  /** Before taking BullMQ jobs, carry the journal's pending jobs to their end (`resumePending`). */
  resume?: boolean;
}

const config = JSON.parse(process.argv[2]!) as WorkerConfig;
const state = createRedisState({ url: config.redisUrl });
const die = () => process.kill(process.pid, 'SIGKILL');

const client = createKillaTamataClient({
  apiKey: 'kt_redis_worker',
  baseUrl: config.mockUrl,
  rateLimits: false,
  store: state.store,
  bus: state.bus,
  // Bound each request and each call, and so how long a dead worker's claims outlive it.
  timeoutMs: config.timeoutMs,
  deadlineMs: config.submitMs,
  fetch: async (request, init) => {
    const start = Date.now();
    const response = await globalThis.fetch(request, init);
    const url = new URL(request.url);
    if (request.method === 'POST' && config.die === 'on-submit-answer') {
      await response.clone().text();
      die();
    }
    if (request.method === 'GET' && config.pollLog && url.searchParams.has('jobId')) {
      const id = url.searchParams.get('jobId');
      await response.clone().arrayBuffer();
      appendFileSync(
        config.pollLog,
        `${JSON.stringify({ pid: process.pid, id, start, end: Date.now() })}\n`,
      );
    }
    return response;
  },
});

const worker = new Worker(
  config.queue,
  createGenerationProcessor(client, {
    submitClaimMs: config.submitMs,
    wait: {
      schedule: config.schedule,
      ...(config.callback ? { callback: { safetyNet: config.schedule } } : {}),
    },
    onSubmitted: () => {
      if (config.die === 'after-journal') die();
    },
  }),
  {
    connection: { url: config.redisUrl, maxRetriesPerRequest: null },
    concurrency: config.concurrency,
    lockDuration: config.lockMs,
    stalledInterval: config.lockMs / 2,
    maxStalledCount: 5,
  },
);
worker.on('error', () => {});
await worker.waitUntilReady();
console.log('ready');
if (process.env.REDIS_TEST_DEBUG) {
  worker.on('failed', (j, e) => console.error('failed', j?.id, e));
  worker.on('completed', (j) => console.error('completed', j.id));
  worker.on('active', (j) => console.error('active', j.id));
}
if (config.resume) {
  const resumed = await resumePending(client, { wait: { schedule: config.schedule } });
  console.log(`resumed ${resumed.length}`);
}

const stop = async () => {
  // Bounded: a job still running does not hold the process.
  setTimeout(() => process.exit(1), 5000).unref();
  await worker.close();
  await state.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
// The test that started this process is gone: stop with it.
process.stdin.on('end', stop).resume();
