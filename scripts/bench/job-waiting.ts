/**
 * Job waiting, measured at a loopback server that plays Kubeez (one poll loop per client, list
 * batching) and the fixture provider (callbacks), each against today's behaviour in the same run:
 * - 100 independent generate-and-wait calls on one client: status requests per job counted at the
 *   server, the busiest rate-limit window, and the detection lag (server-side end → wait resolved);
 *   today = every wait polls its own status route (the client without the list operation), and
 *   the fewest requests any schedule keeping each job's lag within its own polling could make;
 * - waitEach: how long after the runtime learned a job's end it was handed over; today = waitAll,
 *   which handed nothing back before the last job settled;
 * - a wait with a callback against polling alone: polls per job and detection lag.
 * Time is scaled down (schedules, job durations and rate-limit windows alike) so a run takes seconds.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JobHandle, type ProviderMetadata, toNodeListener } from '@mediagen/runtime';
import { createProviderClient } from '@mediagen/runtime/provider';
import { metadata as kubeez } from '../../packages/kubeez/src/generated/metadata.ts';
import { fixture } from '../../packages/runtime/src/test-support/fixture-metadata.ts';
import { fewestRounds, pollWindows } from './fewest-rounds.ts';
import { median } from './race.ts';

const KEY = 'bench-key-0123456789';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

function sendJson(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Deterministic job durations, so both sides of a comparison wait for the same jobs. */
function durations(count: number, minMs: number, maxMs: number): number[] {
  let seed = 42;
  return Array.from({ length: count }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return minMs + (seed / 2 ** 31) * (maxMs - minMs);
  });
}

/** Kubeez's metadata with every schedule and rate-limit window divided by `scale`. */
function scaled(meta: ProviderMetadata, scale: number, withList: boolean): ProviderMetadata {
  const operations = Object.fromEntries(
    Object.entries(meta.operations).map(([id, op]) => {
      const { jobList, ...rest } = op;
      const out = { ...rest, ...(withList && jobList ? { jobList } : {}) };
      if (op.rateLimit)
        out.rateLimit = { ...op.rateLimit, perSeconds: op.rateLimit.perSeconds / scale };
      if (op.job) {
        const s = op.job.schedule;
        out.job = {
          ...op.job,
          schedule: {
            ...s,
            initialDelayMs: s.initialDelayMs / scale,
            ...(s.sequenceMs ? { sequenceMs: s.sequenceMs.map((ms) => ms / scale) } : {}),
          },
        };
      }
      return [id, out];
    }),
  );
  return { ...meta, operations };
}

interface Job {
  submittedAt: number;
  doneAt: number;
}

/** A Kubeez-shaped server: media submits, their status route, and the list of recent jobs. */
async function kubeezServer(jobLengthsMs: number[]) {
  const jobs = new Map<string, Job>();
  const reads: number[] = [];
  // When an answer first told the client a job had ended: when the runtime learned it.
  const toldDone = new Map<string, number>();
  let next = 0;
  const view = (id: string, job: Job) => {
    const done = Date.now() >= job.doneAt;
    if (done && !toldDone.has(id)) toldDone.set(id, Date.now());
    return {
      id,
      status: done ? 'completed' : 'running',
      ...(done ? { outputs: [{ url: `https://cdn.bench.test/${id}.png` }] } : {}),
    };
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const send = (body: unknown) => sendJson(res, body);
    if (req.method === 'POST') {
      const id = `gen-${next}`;
      const submittedAt = Date.now();
      jobs.set(id, {
        submittedAt,
        doneAt: submittedAt + jobLengthsMs[next++ % jobLengthsMs.length]!,
      });
      return send({ generation_id: id, status: 'queued' });
    }
    reads.push(Date.now());
    if (req.url?.startsWith('/v1/generations')) {
      return send({ generations: [...jobs].map(([id, job]) => view(id, job)) });
    }
    const id = req.url?.split('/').pop() ?? '';
    const job = jobs.get(id);
    if (job) return send(view(id, job));
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    jobs,
    reads,
    toldDone,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The most reads any window of `windowMs` held, counted at the server. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

const GENERATE = { body: { model: 'bench-model', prompt: 'a fox' } };

/** `count` independent generate-and-wait calls on one client, as an app would make them. */
async function independentWaits(count: number, scale: number, withList: boolean, paced = true) {
  const lengths = durations(count, 30_000 / scale, 120_000 / scale);
  const server = await kubeezServer(lengths);
  const meta = scaled(kubeez, scale, withList);
  const client = createProviderClient(meta, {
    apiKey: KEY,
    baseUrl: server.url,
    ...(paced ? {} : { rateLimits: false as const }),
  });
  const lags: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      const result = await client.run('generateMedia' as never, GENERATE as never);
      const job = server.jobs.get((result as { handle: JobHandle }).handle.id)!;
      lags.push(Date.now() - job.doneAt);
    }),
  );
  server.close();
  const read = kubeez.operations.getMediaGeneration.rateLimit;
  const { schedule } = meta.operations.getMediaGeneration!.job!;
  return {
    // No schedule that keeps each job's lag within its own polling can make fewer requests.
    fewestRounds: fewestRounds(
      [...server.jobs.values()].flatMap((job) =>
        pollWindows(job.submittedAt, job.doneAt, schedule),
      ),
    ),
    perJob: server.reads.length / count,
    lagMedian: median(lags),
    lagP95: p95(lags),
    busiest: busiestWindow(server.reads, (read.perSeconds * 1000) / scale),
    limit: read.requests,
  };
}

/** How long after the runtime learned each end the caller got it: waitEach, and waitAll's way. */
async function deliveryLag(count: number, scale: number) {
  const server = await kubeezServer(durations(count, 30_000 / scale, 120_000 / scale));
  const client = createProviderClient(scaled(kubeez, scale, true), {
    apiKey: KEY,
    baseUrl: server.url,
  });
  const handles: JobHandle[] = [];
  for (let i = 0; i < count; i++) {
    const { handle } = (await client.submit('generateMedia' as never, GENERATE as never)) as {
      handle: JobHandle;
    };
    handles.push(handle);
  }
  const handed: Array<[string, number]> = [];
  for await (const settled of client.waitEach(handles)) {
    handed.push([settled.handle.id, Date.now()]);
  }
  server.close();
  const learned = server.toldDone;
  const last = Math.max(...handed.map(([, at]) => at));
  const each = handed.map(([id, at]) => at - learned.get(id)!);
  const all = handed.map(([id]) => last - learned.get(id)!);
  return {
    each: { median: median(each), p95: p95(each) },
    all: { median: median(all), p95: p95(all) },
  };
}

/** Jobs on the fixture provider, waited for with a callback the server posts, or by polling alone. */
async function callbackWaits(count: number, scale: number, withCallback: boolean) {
  const lengths = durations(count, 20_000 / scale, 60_000 / scale);
  const doneAt = new Map<string, number>();
  let polls = 0;
  let hookUrl = '';
  let next = 0;
  const provider = createServer((req, res) => {
    req.resume();
    const send = (body: unknown) => sendJson(res, body);
    if (req.method === 'POST') {
      const id = `job-${next}`;
      const at = Date.now() + lengths[next++ % lengths.length]!;
      doneAt.set(id, at);
      if (withCallback) {
        setTimeout(() => {
          fetch(hookUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ id, status: 'done', outputs: [{ url: `https://cdn/${id}` }] }),
          }).catch(() => {});
        }, at - Date.now());
      }
      return send({ id, status: 'queued' });
    }
    polls++;
    const id = req.url?.split('/').pop() ?? '';
    send(
      Date.now() >= (doneAt.get(id) ?? 0) ? { status: 'done', outputs: [] } : { status: 'running' },
    );
  });
  await new Promise<void>((ok) => provider.listen(0, '127.0.0.1', () => ok()));
  // The fixture has a list route; leave it out so only the callback differs between the sides.
  const { listJobs: _list, getJob, ...operations } = fixture.operations;
  const limit = { ...getJob.rateLimit, perSeconds: getJob.rateLimit.perSeconds / scale };
  const client = createProviderClient(
    { ...fixture, operations: { ...operations, getJob: { ...getJob, rateLimit: limit } } },
    { apiKey: KEY, baseUrl: `http://127.0.0.1:${(provider.address() as AddressInfo).port}` },
  );
  // A push token is a secret of 16 characters or more: the handler refuses a shorter one.
  const token = crypto.randomUUID();
  const app = createServer(toNodeListener(client.pushHandler({ push: 'jobDone', token })));
  await new Promise<void>((ok) => app.listen(0, '127.0.0.1', () => ok()));
  hookUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/hook?token=${token}`;
  const s = fixture.operations.getJob.job.schedule;
  const schedule = {
    initialDelayMs: s.initialDelayMs / scale,
    intervalMs: s.intervalMs / scale,
    incrementMs: s.incrementMs / scale,
    maxIntervalMs: s.maxIntervalMs / scale,
  };
  const lags: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      const { handle } = (await client.submit(
        'createJob' as never,
        { body: { prompt: 'a fox', callbackUrl: hookUrl } } as never,
      )) as { handle: JobHandle };
      await client.wait(handle, { schedule, ...(withCallback ? { callback: true } : {}) });
      lags.push(Date.now() - doneAt.get(handle.id)!);
    }),
  );
  for (const s of [provider, app]) {
    s.closeAllConnections();
    s.close();
  }
  return { pollsPerJob: polls / count, lagMedian: median(lags), lagP95: p95(lags) };
}

const ms = (n: number) => `${Math.round(n)} ms`;

export async function jobWaitingBench(quick: boolean): Promise<string[]> {
  const count = quick ? 30 : 100;
  const scale = 20;
  const unpaced = await independentWaits(count, scale, false, false);
  const today = await independentWaits(count, scale, false);
  const shared = await independentWaits(count, scale, true);
  const delivery = await deliveryLag(count, scale);
  const polling = await callbackWaits(quick ? 10 : 20, 10, false);
  const pushed = await callbackWaits(quick ? 10 : 20, 10, true);
  const lines = [
    `### Job waiting (loopback, time scaled 1/${scale}: schedules, job lengths and rate-limit windows)`,
    '',
    `${count} independent generate-and-wait calls on one Kubeez client, counted at the server:`,
    '',
    '| | status requests per job | detection lag, median | p95 | busiest read window (limit) |',
    '|---|---:|---:|---:|---:|',
    `| before pacing: each wait polls its own route, no limiter | ${unpaced.perJob.toFixed(2)} | ${ms(unpaced.lagMedian)} | ${ms(unpaced.lagP95)} | ${unpaced.busiest} (${unpaced.limit}) |`,
    `| today: each wait polls its own route, paced to the limit | ${today.perJob.toFixed(2)} | ${ms(today.lagMedian)} | ${ms(today.lagP95)} | ${today.busiest} (${today.limit}) |`,
    `| one poll loop per client, list batching | ${shared.perJob.toFixed(2)} | ${ms(shared.lagMedian)} | ${ms(shared.lagP95)} | ${shared.busiest} (${shared.limit}) |`,
    '',
    `Requests: ${(unpaced.perJob / shared.perJob).toFixed(1)}× fewer than before pacing, ${(today.perJob / shared.perJob).toFixed(1)}× fewer than paced (target ≥ 20×); lag p95 ${(shared.lagP95 / Math.max(1, unpaced.lagP95)).toFixed(2)}× and ${(shared.lagP95 / Math.max(1, today.lagP95)).toFixed(2)}× theirs.`,
    `Bound: seeing every job at least once between each two of its own documented polls takes at least ${shared.fewestRounds} requests for these submits (${(shared.fewestRounds / count).toFixed(2)} per job: at best ${((unpaced.perJob * count) / shared.fewestRounds).toFixed(1)}× fewer than before pacing without seeing some job less often than its own schedule would); the shared loop made ${Math.round(shared.perJob * count)}, its looks taking a list answer as old as their next interval.`,
    '',
    'Time from the runtime learning a job ended to the caller getting it:',
    '',
    '| | median | p95 |',
    '|---|---:|---:|',
    `| today: waitAll, nothing before the last job | ${ms(delivery.all.median)} | ${ms(delivery.all.p95)} |`,
    `| waitEach | ${ms(delivery.each.median)} | ${ms(delivery.each.p95)} |`,
    '',
    'A wait with a callback against polling alone (fixture provider, time scaled 1/10):',
    '',
    '| | polls per job | detection lag, median | p95 |',
    '|---|---:|---:|---:|',
    `| polling alone | ${polling.pollsPerJob.toFixed(2)} | ${ms(polling.lagMedian)} | ${ms(polling.lagP95)} |`,
    `| wait({ callback: true }) | ${pushed.pollsPerJob.toFixed(2)} | ${ms(pushed.lagMedian)} | ${ms(pushed.lagP95)} |`,
    '',
    `Polls: ${(polling.pollsPerJob / Math.max(0.01, pushed.pollsPerJob)).toFixed(1)}× fewer (target ≥ 5×); lag p95 with a callback ${ms(pushed.lagP95)} (target ≤ 50 ms).`,
    '',
  ];
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await jobWaitingBench(process.argv.includes('--quick'))).join('\n'));
}
