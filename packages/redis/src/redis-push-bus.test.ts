import { EventEmitter } from 'node:events';
import type { SharedJobEnd } from '@mediagen/runtime';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { redisKeys } from './redis-keys.js';
import { createRedisPushBus } from './redis-push-bus.js';

const keys = redisKeys('app:');
const end: SharedJobEnd = {
  provider: 'killatamata',
  job: { id: 'j-1', state: 'completed', status: 'succeeded', outputs: [] },
  body: { id: 'j-1' },
};

/**
 * The two connections as far as the bus uses them. ioredis re-subscribes after a reconnect only to
 * channels Redis confirmed, so a SUBSCRIBE refused while Redis was away is never sent again by it.
 */
function connections() {
  const attempts: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const subscriber = Object.assign(new EventEmitter(), {
    subscribe: () =>
      new Promise<void>((resolve, reject) => {
        attempts.push({ resolve, reject });
      }),
  });
  const stored = new Map<string, string>([[keys.end('killatamata', 'j-1'), JSON.stringify(end)]]);
  const redis = { get: async (key: string) => stored.get(key) ?? null };
  return {
    attempts,
    subscriber,
    bus: createRedisPushBus(
      redis as unknown as Redis,
      subscriber as unknown as Redis,
      keys,
      60_000,
    ),
  };
}

describe('the Redis bus when Redis is away at start', () => {
  it('subscribes again once the connection is ready, and then hands over stored ends', async () => {
    const { attempts, subscriber, bus } = connections();
    expect(attempts).toHaveLength(1);
    const arrived = new Promise<SharedJobEnd>((resolve) =>
      bus.subscribe('killatamata', 'j-1', resolve),
    );
    // ioredis gave up on the queued SUBSCRIBE (maxRetriesPerRequest) while Redis was away.
    attempts[0]!.reject(new Error('Reached the max retries per request limit'));
    await Promise.resolve();
    subscriber.emit('ready');
    expect(attempts).toHaveLength(2);
    // A second ready while that SUBSCRIBE is on its way sends no third.
    subscriber.emit('ready');
    expect(attempts).toHaveLength(2);
    attempts[1]!.resolve();
    expect(await arrived).toEqual(end);
    bus.close();
    subscriber.emit('ready');
    expect(attempts).toHaveLength(2);
  });

  it('sends no second SUBSCRIBE after the first was confirmed (ioredis keeps that one)', async () => {
    const { attempts, subscriber, bus } = connections();
    attempts[0]!.resolve();
    const arrived = new Promise<SharedJobEnd>((resolve) =>
      bus.subscribe('killatamata', 'j-1', resolve),
    );
    expect(await arrived).toEqual(end);
    subscriber.emit('ready');
    expect(attempts).toHaveLength(1);
    bus.close();
  });
});
