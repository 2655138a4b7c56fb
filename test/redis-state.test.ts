/**
 * The journal and the bus keep the same promises in memory (one process) and on a real Redis (two
 * connections standing for two processes).
 */

import { createRedisState, type RedisState } from '@mediagen/redis';
import { createMemoryJobStore, createMemoryPushBus } from '@mediagen/runtime/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisMissing, startRedisServer } from './helpers/redis-server.ts';
import { stateContract } from './helpers/state-contract.ts';

let count = 0;
const unique = () => `t-${process.pid}-${++count}`;

describe('in-memory state (the default)', () => {
  stateContract(() => {
    const one = { store: createMemoryJobStore(), bus: createMemoryPushBus() };
    return { a: one, b: one };
  }, unique);
});

const missing = redisMissing();
if (missing) console.warn(missing);

describe.skipIf(missing)('Redis state', () => {
  let server: RedisServer;
  let a: RedisState;
  let b: RedisState;
  beforeAll(async () => {
    server = await startRedisServer();
    a = createRedisState({ url: server.url, journalTtlMs: 60_000 });
    b = createRedisState({ url: server.url, journalTtlMs: 60_000 });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await server?.close();
  });

  stateContract(() => ({ a, b }), unique);

  it('expires journal entries and stored ends', async () => {
    const key = unique();
    await a.store.begin(
      { key, provider: 'killatamata', operationId: 'submitMediaJob' },
      { owner: 'a', ttlMs: 1000 },
    );
    const ttl = await a.redis.pttl(`mediagen:journal:${key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
