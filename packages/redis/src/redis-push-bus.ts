import type { PushBus, SharedJobEnd } from '@mediagen/runtime';
import type { Redis } from 'ioredis';
import { CLAIM, PUBLISH_END, RELEASE } from './lua-scripts.js';
import type { RedisKeys } from './redis-keys.js';

type Listener = (end: SharedJobEnd) => void;

/**
 * The bus on Redis. A job's first end is stored with `SET NX` and published in the same script, so
 * it is final across processes; every process gets every end on one channel and hands it to its own
 * listeners (one subscription per process, however many jobs it waits for). A listener that comes
 * late reads the stored end. Poll claims are `SET PX` keys their owner renews.
 *
 * Redis being away never fails a wait: a failed publish or read only means no shared end, and the
 * wait keeps polling.
 */
export function createRedisPushBus(
  redis: Redis,
  subscriber: Redis,
  keys: RedisKeys,
  endTtlMs: number,
): PushBus & { close(): void } {
  const listeners = new Map<string, Set<Listener>>();
  const idOf = (provider: string, jobId: string) => `${provider}\n${jobId}`;
  const hand = (end: SharedJobEnd) => {
    const id = idOf(end.provider, end.job.id);
    const set = listeners.get(id);
    if (!set) return;
    listeners.delete(id);
    for (const listener of set) listener(end);
  };
  const onMessage = (channel: string, message: string) => {
    if (channel !== keys.ends) return;
    try {
      hand(JSON.parse(message) as SharedJobEnd);
    } catch {
      // Not one of ours: someone else publishes on this channel.
    }
  };
  subscriber.on('message', onMessage);
  // ioredis re-subscribes after a reconnect only to channels Redis confirmed: a SUBSCRIBE it gave up
  // on while Redis was away (at start) is sent again at each reconnect until one is confirmed.
  let markSubscribed!: () => void;
  const subscribed = new Promise<void>((resolve) => {
    markSubscribed = resolve;
  });
  let state: 'idle' | 'sending' | 'live' = 'idle';
  const listen = () => {
    if (state !== 'idle') return;
    state = 'sending';
    subscriber.subscribe(keys.ends).then(
      () => {
        state = 'live';
        markSubscribed();
      },
      () => {
        state = 'idle';
      },
    );
  };
  subscriber.on('ready', listen);
  listen();

  return {
    async publish(end) {
      const winner = await redis.eval(
        PUBLISH_END,
        1,
        keys.end(end.provider, end.job.id),
        JSON.stringify(end),
        endTtlMs,
        keys.ends,
      );
      return JSON.parse(String(winner)) as SharedJobEnd;
    },
    subscribe(provider, jobId, listener) {
      const id = idOf(provider, jobId);
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      // Once the subscription is up, an end published before it can only be in the stored key.
      subscribed
        .then(() => redis.get(keys.end(provider, jobId)))
        .then((stored) => {
          if (stored && set.has(listener)) hand(JSON.parse(stored) as SharedJobEnd);
        })
        .catch(() => {});
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
      };
    },
    async claimPoll(provider, jobId, owner, ttlMs) {
      return (await redis.eval(CLAIM, 1, keys.pollClaim(provider, jobId), owner, ttlMs)) === 1;
    },
    async releasePoll(provider, jobId, owner) {
      await redis.eval(RELEASE, 1, keys.pollClaim(provider, jobId), owner);
    },
    close() {
      subscriber.off('message', onMessage);
      subscriber.off('ready', listen);
      listeners.clear();
    },
  };
}
