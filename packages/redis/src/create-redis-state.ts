import type { JobStore, PushBus } from '@mediagen/runtime';
import { Redis, type RedisOptions } from 'ioredis';
import { createRedisJobStore } from './redis-job-store.js';
import { redisKeys } from './redis-keys.js';
import { createRedisPushBus } from './redis-push-bus.js';
import { checkWholeNumber } from './whole-number-option.js';

export interface RedisStateOptions {
  /** `redis://host:port/db`. Default `redis://127.0.0.1:6379`. */
  url?: string;
  /** ioredis options, laid over the URL's and the defaults here. */
  redis?: RedisOptions;
  /** Prefix of every key and channel. Default `mediagen:`. */
  prefix?: string;
  /** How long a journal entry is kept after its last write. Default 7 days. */
  journalTtlMs?: number;
  /** How long a job's end stays readable for waits that start after it. Default 1 hour. */
  endTtlMs?: number;
}

export interface RedisState {
  store: JobStore;
  bus: PushBus;
  /** The command connection, for your own use (a BullMQ queue may not share it: see the README). */
  redis: Redis;
  /** Closes both connections. */
  close(): Promise<void>;
}

/**
 * The journal and the bus on one Redis: `createXClient({ store, bus })` in every process that
 * submits, waits or receives pushes. Every Redis command is bounded (`commandTimeout`, default 2 s),
 * so a Redis outage slows a wait down to plain polling rather than stalling it.
 */
export function createRedisState(options: RedisStateOptions = {}): RedisState {
  checkWholeNumber(
    'journalTtlMs',
    options.journalTtlMs,
    'pass how long a journal entry is kept after its last write, in ms (default 604_800_000, 7 days).',
  );
  checkWholeNumber(
    'endTtlMs',
    options.endTtlMs,
    "pass how long a job's end stays readable, in ms (default 3_600_000, 1 hour).",
  );
  const settings: RedisOptions = {
    commandTimeout: 2000,
    maxRetriesPerRequest: 2,
    // Reconnects forever, at most a second apart: a restarted Redis is picked up again soon.
    retryStrategy: (times) => Math.min(times * 100, 1000),
    lazyConnect: false,
    ...options.redis,
  };
  const redis = options.url ? new Redis(options.url, settings) : new Redis(settings);
  // A subscribed connection can run no other command: the bus listens on its own.
  const subscriber = redis.duplicate();
  // Connection errors are retried by ioredis and show up as failed commands; unhandled, each would
  // be printed.
  for (const connection of [redis, subscriber]) connection.on('error', () => {});
  const keys = redisKeys(options.prefix ?? 'mediagen:');
  const bus = createRedisPushBus(redis, subscriber, keys, options.endTtlMs ?? 3600_000);
  const store = createRedisJobStore(redis, keys, options.journalTtlMs ?? 7 * 24 * 3600_000);
  return {
    store,
    bus,
    redis,
    async close() {
      bus.close();
      subscriber.disconnect();
      // Lets commands already sent finish; bounded by commandTimeout while Redis is away.
      await redis.quit().catch(() => {});
      redis.disconnect();
    },
  };
}
