/**
 * A callback received by the web tier settles a wait in a worker: the latency from the provider's
 * POST reaching the web process's handler to the worker's `wait` resolving, through a real
 * `redis-server` on loopback (two clients, each on its own Redis connections, as two processes
 * would be), against the same callback settling a wait in its own process (no Redis). The issue's
 * target is within 50 ms on loopback.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createKillaTamataClient } from '@mediagen/killatamata';
import { createRedisState } from '@mediagen/redis';
import { toNodeListener } from '@mediagen/runtime';
import { killaTamataHandle } from '../../test/helpers/killatamata-handle.ts';
import { redisMissing, startRedisServer } from '../../test/helpers/redis-server.ts';
import { median } from './race.ts';

// A push token is a secret of 16 characters or more: the handler refuses a shorter one.
const TOKEN = crypto.randomUUID();
type KillaTamata = ReturnType<typeof createKillaTamataClient>;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

async function serve(client: KillaTamata) {
  const server = createServer(toNodeListener(client.createCallbackHandler({ token: TOKEN })));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/?token=${TOKEN}`, close: () => server.close() };
}

/** Per job: a wait on `worker`, a callback POSTed to `web`, the time until the wait resolved. */
async function settleTimes(worker: KillaTamata, webUrl: string, jobs: number, tag: string) {
  const times: number[] = [];
  for (let i = 0; i < jobs; i++) {
    const id = `${tag}-${i}`;
    const handle = killaTamataHandle(id);
    // The safety net never fires within the run: only the callback can end the wait.
    const wait = worker.wait(handle, { callback: { safetyNet: { initialDelayMs: 600_000 } } });
    // Let the wait subscribe before the callback is sent, as a real job's runs long before it.
    await new Promise((r) => setTimeout(r, 2));
    const start = performance.now();
    await fetch(webUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        externalJobId: id,
        status: 'completed',
        downloadableOutputUrls: ['https://cdn.example.com/out.png'],
      }),
    });
    await wait;
    times.push(performance.now() - start);
  }
  return times;
}

export async function redisPushBench(quick: boolean): Promise<string[]> {
  const heading = '### A callback settling a wait in another process (Redis pub/sub)';
  const missing = redisMissing();
  if (missing) return [heading, '', `Skipped: ${missing}.`];
  const jobs = quick ? 50 : 300;
  // Everything started is stopped, even when a step before the measurement throws.
  const redis = await startRedisServer();
  const webState = createRedisState({ url: redis.url });
  const workerState = createRedisState({ url: redis.url });
  const servers: Array<{ close(): void }> = [];
  try {
    // Nothing is polled, so the API is never called: any loopback base URL does.
    const options = { apiKey: 'bench', baseUrl: 'http://127.0.0.1:9/api/v1' };
    const alone = createKillaTamataClient(options);
    const web = createKillaTamataClient({ ...options, ...webState });
    const worker = createKillaTamataClient({ ...options, ...workerState });
    const aloneServer = await serve(alone);
    servers.push(aloneServer);
    const webServer = await serve(web);
    servers.push(webServer);
    await settleTimes(worker, webServer.url, 20, 'warm-shared');
    await settleTimes(alone, aloneServer.url, 20, 'warm-alone');
    const shared = await settleTimes(worker, webServer.url, jobs, 'shared');
    const local = await settleTimes(alone, aloneServer.url, jobs, 'alone');
    const within50 = shared.filter((ms) => ms <= 50).length / shared.length;
    const row = (name: string, xs: number[]) =>
      `| ${name} | ${median(xs).toFixed(2)} | ${p95(xs).toFixed(2)} | ${(median(xs) / median(local)).toFixed(2)} |`;
    return [
      heading,
      '',
      `${jobs} callbacks, one at a time: from sending the callback POST to the web tier to the wait resolving.`,
      '',
      '| where the wait is | median ms | p95 ms | median vs same process |',
      '|---|---|---|---|',
      row('same process (no Redis)', local),
      row('another process, through Redis', shared),
      '',
      `Through Redis, ${(within50 * 100).toFixed(1)} % settled within 50 ms.`,
    ];
  } finally {
    for (const server of servers) server.close();
    await Promise.all([webState.close(), workerState.close()]);
    await redis.close();
  }
}
