/**
 * Scaling out: three BullMQ worker processes and one web process share a Redis. Killa Tamata jobs
 * report their end by callback to the web process, which settles the waits in the workers through
 * the bus; every tenth callback is refused, so those jobs end by polling. One worker is SIGKILLed
 * mid-run and restarted (resuming the journal's pending jobs beside BullMQ's own retries): every
 * job settles, each is charged once, and no two processes poll the same job at the same time.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callbackUrl } from '@mediagen/killatamata';
import type { MockServer } from '@mediagen/mock';
import type { JobResult } from '@mediagen/runtime';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PollInterval, pollOverlaps } from './helpers/poll-overlaps.ts';
import { type RedisServer, redisMissing, startRedisServer } from './helpers/redis-server.ts';
import type { WorkerConfig } from './helpers/redis-worker.ts';
import { type ReadyProcess, spawnReady } from './helpers/spawn-ready.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const JOBS = 300;
const WORKERS = 3;
/** Provider ms per real ms: a job's documented steps and poll schedule run this much faster. */
const TIME_SCALE = 50;
const CALLBACK_TOKEN = 'redis-web-secret-0123456789';
const fox = { prompt: 'cinematic fox astronaut', width: 1024, height: 1024 };

const missing = redisMissing();
if (missing) console.warn(missing);

describe.skipIf(missing)('scaling out: 3 worker processes and 1 web process on Redis', () => {
  let server: RedisServer;
  let mock: MockServer;
  let web: ReadyProcess;
  let logDir: string;
  const workers: ReadyProcess[] = [];
  beforeAll(async () => {
    [server, mock, logDir] = await Promise.all([
      startRedisServer(),
      startRepoMock('killatamata', { scenario: { timeScale: TIME_SCALE } }),
      mkdtemp(join(tmpdir(), 'mediagen-polls-')),
    ]);
    web = await spawnReady('test/helpers/redis-web.ts', {
      redisUrl: server.url,
      mockUrl: mock.url,
      token: CALLBACK_TOKEN,
    });
  });
  afterAll(async () => {
    await Promise.all([...workers, web].map((p) => p?.stop()));
    await Promise.all([server?.close(), mock?.close(), logDir && rm(logDir, { recursive: true })]);
  });

  it('settles every job, charges each once, and polls each from one process at a time', async () => {
    const connection = { url: server.url, maxRetriesPerRequest: null };
    const queue = new Queue('scale', { connection });
    const events = new QueueEvents('scale', { connection });
    const pollLog = join(logDir, 'polls.jsonl');
    const config: WorkerConfig = {
      redisUrl: server.url,
      mockUrl: mock.url,
      queue: 'scale',
      concurrency: 15,
      schedule: mock.schedule('getMediaJob'),
      callback: true,
      pollLog,
      lockMs: 2000,
      timeoutMs: 5000,
      submitMs: 10_000,
    };
    try {
      await events.waitUntilReady();
      workers.push(
        ...(await Promise.all(
          Array.from({ length: WORKERS }, () => spawnReady('test/helpers/redis-worker.ts', config)),
        )),
      );
      let completed = 0;
      events.on('completed', () => completed++);
      const delivered = callbackUrl({ url: web.ready.trim(), token: CALLBACK_TOKEN });
      // Every tenth job's callback is refused (a wrong token: 401, which is not redelivered), so
      // those jobs end only by polling, and polling has to be shared.
      const refused = callbackUrl({ url: web.ready.trim(), token: 'not-the-secret-0123456789' });
      const jobs = await queue.addBulk(
        Array.from({ length: JOBS }, (_, i) => ({
          name: 'fox',
          data: {
            operationId: 'submitMediaJob',
            init: {
              body: {
                task: 'image.generate',
                input: fox,
                completionCallbackUrl: i % 10 === 0 ? refused : delivered,
              },
            },
          },
          opts: { attempts: 3 },
        })),
      );
      const finished = Promise.all(
        jobs.map((job) => job.waitUntilFinished(events, 90_000) as Promise<JobResult>),
      );

      // Mid-run: a third done, and the doomed worker busy with jobs it has already paid for.
      for (let i = 0; i < 3000 && completed < JOBS / 3; i++)
        await new Promise((r) => setTimeout(r, 10));
      const doomed = workers.shift()!;
      doomed.child.kill('SIGKILL');
      expect(await doomed.exited).toBe('SIGKILL');
      workers.push(await spawnReady('test/helpers/redis-worker.ts', { ...config, resume: true }));

      const results = await finished;
      expect(results.filter((r) => r.status === 'succeeded')).toHaveLength(JOBS);
      // One charge per job, and every result is a charged job's.
      expect(mock.ledger).toHaveLength(JOBS);
      expect(new Set(mock.ledger.map((c) => c.idempotencyKey)).size).toBe(JOBS);
      const charged = new Set(mock.ledger.flatMap((c) => c.jobIds));
      expect(new Set(results.map((r) => r.handle.id))).toEqual(charged);

      const polls = (await readFile(pollLog, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as PollInterval);
      expect(new Set(polls.map((p) => p.id)).size).toBeGreaterThanOrEqual(JOBS / 10);
      expect(pollOverlaps(polls)).toEqual([]);
      console.log(
        `scale-out: ${JOBS} jobs, ${mock.ledger.length} charges, ${mock.deliveries.length} callbacks, ${polls.length} status polls`,
      );
    } finally {
      await Promise.all([queue.close(), events.close()]);
    }
  }, 120_000);
});
