/**
 * The chaos run: 1,000 jobs through a loopback server that injects about 20 % faults. Run as its own
 * process by chaos.test.ts, so "the process exits by itself" is checked for real. Prints a JSON
 * summary on its last line and never calls process.exit.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { MediagenError } from '@mediagen/runtime';
import { createProviderClient } from '@mediagen/runtime/provider';
import { withStatusLimit } from '../../packages/runtime/src/test-support/fixture-metadata.ts';

const API_KEY = 'sk_chaos_0123456789';
// The fixture's documented 100 polls a minute would make this run last an hour; the pacer is
// still in the path of every request, at a rate the run can afford.
const metadata = withStatusLimit(5000, 1);
// Each job's budget: the submit's deadline plus the wait's timeout.
const SUBMIT_DEADLINE_MS = 2000;
const WAIT_TIMEOUT_MS = 4000;

const JOBS = Number(process.env.CHAOS_JOBS ?? 1000);
// Jobs in flight at once. Client and server share one event loop, so on a busy machine every extra
// request in flight adds to each answer's latency until sound answers hit the attempt timeout;
// 25 keep the pacer, the pool and the retries as busy as 50 did at less latency.
const CONCURRENCY = 25;

// Deterministic faults: a run that fails can be replayed.
let seed = 20261123;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const jobs = new Map<string, { polls: number; fails: boolean }>();
const createdPerNonce = new Map<string, number>();
const createdPerKey = new Map<string, string>();
let unhandled = 0;
process.on('unhandledRejection', () => {
  unhandled++;
});
const faults: Record<string, number> = {};
const fault = (name: string) => {
  faults[name] = (faults[name] ?? 0) + 1;
};

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(payload));
  };
  // Each fault is one answer; `inject` records it and ends the request.
  const inject = (name: string, answer: () => void) => {
    fault(name);
    answer();
  };
  const r = random();
  const rare = random();
  // Transport faults: a redirect off the origin, a body that stalls after the headers.
  if (rare < 0.004) {
    return inject('redirect-away', () => {
      res.writeHead(302, { location: `http://127.0.0.1:9/elsewhere?key=${API_KEY}` });
      res.end();
    });
  }
  if (rare < 0.015) {
    return inject('stall', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
  }
  // Faults before any work is done.
  if (r < 0.05) return inject('503', () => send(503, { error: { code: 'unavailable' } }));
  if (r < 0.08) return inject('429', () => send(429, {}, { 'retry-after-ms': '3' }));
  if (r < 0.1) return inject('slow', () => setTimeout(() => send(503, {}), 300).unref());

  if (req.method === 'POST') {
    const key = req.headers['x-idempotency-key'] as string | undefined;
    let id = key ? createdPerKey.get(key) : undefined;
    if (!id) {
      const { prompt } = JSON.parse(body) as { prompt: string };
      createdPerNonce.set(prompt, (createdPerNonce.get(prompt) ?? 0) + 1);
      id = `job_${jobs.size}`;
      jobs.set(id, { polls: 0, fails: random() < 0.05 });
      if (key) createdPerKey.set(key, id);
    }
    // Faults after the job was created and billed: the answer is lost.
    const after = random();
    if (after < 0.05) return inject('reset-after-work', () => req.socket.destroy());
    if (after < 0.07)
      return inject('500-after-work', () => send(500, { error: { code: 'internal' } }));
    if (after < 0.09) return inject('truncated-after-work', () => truncate(res));
    if (after < 0.1) {
      return inject('stall-after-work', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(`{"id":"${id}"`);
      });
    }
    return send(200, { id, status: 'queued' });
  }
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.searchParams.has('hop') && rare < 0.04) {
    return inject('redirect-same-origin', () => {
      res.writeHead(307, { location: `${url.pathname}?hop=1` });
      res.end();
    });
  }
  if (rare < 0.05) return inject('truncated-poll', () => truncate(res));
  const id = url.pathname.split('/').pop() ?? '';
  const job = jobs.get(id);
  if (!job) return send(404, { error: { code: 'not_found' } });
  if (r < 0.14) return inject('reset-poll', () => req.socket.destroy());
  if (r < 0.17) {
    return inject('malformed', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":');
    });
  }
  if (r < 0.2) return inject('500-poll', () => send(500, {}));
  job.polls++;
  const status = job.polls < 3 ? 'running' : job.fails ? 'failed' : 'done';
  return send(200, {
    id,
    status,
    outputs: status === 'done' ? [{ url: `https://cdn/${id}.mp4` }] : [],
  });
});
/** Promises more than it sends, then drops the connection. */
function truncate(res: import('node:http').ServerResponse) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
  res.write('{"id":"job');
  setTimeout(() => res.socket?.destroy(), 5).unref();
}
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;

const client = createProviderClient(metadata, {
  apiKey: API_KEY,
  baseUrl,
  deadlineMs: SUBMIT_DEADLINE_MS,
  maxConcurrency: 50,
  timeoutMs: 200,
  retry: { baseDelayMs: 2, maxDelayMs: 50, maxRetries: 3 },
});
const schedule = { initialDelayMs: 1, intervalMs: 2, incrementMs: 0, maxIntervalMs: 5 };

const outcomes: Record<string, number> = {};
let untyped = 0;
let late = 0;
let keyLeaks = 0;
// Rendered after the run, not between requests: rendering hundreds of errors in depth would slow
// the event loop the client and server share, and turn slow-but-sound answers into timeouts.
const thrown: unknown[] = [];
let abortedMidSubmit = 0;
let next = 0;
async function worker() {
  while (next < JOBS) {
    const i = next++;
    const keyed = i % 2 === 0;
    // One job in 25 is aborted by its caller while its submit may be in flight.
    const controller = new AbortController();
    if (i % 25 === 7) {
      abortedMidSubmit++;
      setTimeout(() => controller.abort(), Math.floor(random() * 20)).unref();
    }
    const started = Date.now();
    try {
      const result = (await client.run(
        keyed ? 'createKeyedJob' : 'createJob',
        { body: { prompt: `p${i}` } } as never,
        {
          schedule,
          maxPollFailures: 20,
          timeoutMs: WAIT_TIMEOUT_MS,
          signal: controller.signal,
        },
      )) as { status: string };
      outcomes[result.status] = (outcomes[result.status] ?? 0) + 1;
    } catch (error) {
      if (error instanceof MediagenError) outcomes[error.name] = (outcomes[error.name] ?? 0) + 1;
      else {
        untyped++;
        if (process.env.CHAOS_DEBUG) console.error(error);
      }
      thrown.push(error);
    }
    if (Date.now() - started > SUBMIT_DEADLINE_MS + WAIT_TIMEOUT_MS + 1000) late++;
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
for (const error of thrown) {
  const rendered = [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)];
  if (rendered.some((text) => text.includes(API_KEY))) keyLeaks++;
}
server.closeAllConnections();
await new Promise<void>((ok) => server.close(() => ok()));

const duplicates = [...createdPerNonce.values()].filter((n) => n > 1).length;
// Closed sockets are released on the next turns of the loop; anything still here after that leaks.
await new Promise((r) => setTimeout(r, 100));
const resources = process
  .getActiveResourcesInfo()
  .filter((r) => r !== 'TTYWrap' && r !== 'PipeWrap');
console.log(
  JSON.stringify({
    jobs: JOBS,
    settled: Object.values(outcomes).reduce((a, b) => a + b, 0) + untyped,
    untyped,
    late,
    keyLeaks,
    abortedMidSubmit,
    outcomes,
    faults,
    duplicates,
    unhandled,
    resources,
  }),
);
