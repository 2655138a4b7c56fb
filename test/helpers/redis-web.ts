/**
 * The web process of the Redis tests: a Killa Tamata client on the shared Redis state serving the
 * terminal callback. Each callback it receives is published once and settles the waits in the
 * workers. Prints `ready <url>` once it listens.
 *
 *   node --conditions=@mediagen/source --import tsx test/helpers/redis-web.ts '{"redisUrl":…,"mockUrl":…,"token":…}'
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createKillaTamataClient } from '@mediagen/killatamata';
import { createRedisState } from '@mediagen/redis';
import { toNodeListener } from '@mediagen/runtime';

const { redisUrl, mockUrl, token } = JSON.parse(process.argv[2]!) as {
  redisUrl: string;
  mockUrl: string;
  /** The secret each callback carries (`?token=`). */
  token: string;
};
const state = createRedisState({ url: redisUrl });
const client = createKillaTamataClient({
  apiKey: 'kt_redis_web',
  baseUrl: mockUrl,
  store: state.store,
  bus: state.bus,
});
const server = createServer(toNodeListener(client.createCallbackHandler({ token }))).listen(
  0,
  '127.0.0.1',
);
await once(server, 'listening');
const { port } = server.address() as { port: number };
console.log(`ready http://127.0.0.1:${port}/callback`);

const stop = async () => {
  // Bounded: a job still running does not hold the process.
  setTimeout(() => process.exit(1), 5000).unref();
  server.close();
  await state.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
// The test that started this process is gone: stop with it.
process.stdin.on('end', stop).resume();
