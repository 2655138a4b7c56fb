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

  it('tidies the name of an expired entry out of the pending list', async () => {
    const key = unique();
    await a.store.begin(
      { key, provider: 'killatamata', operationId: 'submitMediaJob' },
      { owner: 'a', ttlMs: 60_000 },
    );
    await a.redis.del(`mediagen:journal:${key}`);
    expect((await b.store.listPending()).map((e) => e.key)).not.toContain(key);
    expect(await a.redis.zscore('mediagen:pending', key)).toBeNull();
  });

  it('never drops a re-begun entry from the pending list while tidying an expired one away', async () => {
    const key = unique();
    const entry = { key, provider: 'killatamata', operationId: 'submitMediaJob' };
    await a.store.begin(entry, { owner: 'first', ttlMs: 60_000 });
    // Between listPending's read of the entry and its tidying: the entry goes (discarded, or
    // expired) and the key is begun anew by another process, as a BullMQ retry would.
    const own = createRedisState({ url: server.url, journalTtlMs: 60_000 });
    const read = own.redis.hgetall.bind(own.redis);
    own.redis.hgetall = (async (name: string) => {
      if (name !== `mediagen:journal:${key}`) return read(name);
      await b.store.discard(key);
      const fields = await read(name);
      await b.store.begin(entry, { owner: 'retry', ttlMs: 60_000 });
      return fields;
    }) as typeof own.redis.hgetall;
    try {
      expect((await own.store.listPending()).map((e) => e.key)).not.toContain(key);
    } finally {
      await own.close();
    }
    expect((await b.store.listPending()).map((e) => e.key)).toContain(key);
  });

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
