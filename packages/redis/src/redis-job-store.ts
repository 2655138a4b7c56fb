import type { JobStore, JournalEntry } from '@mediagen/runtime';
import type { Redis } from 'ioredis';
import { BEGIN, CLAIM, TIDY_PENDING, UPDATE } from './lua-scripts.js';
import type { RedisKeys } from './redis-keys.js';

/** A journal entry as a Redis hash: the entry, and its handle and outcome as they come. */
function fromHash(fields: Record<string, string>): JournalEntry | undefined {
  if (!fields.entry) return undefined;
  return {
    ...(JSON.parse(fields.entry) as JournalEntry),
    ...(fields.handle ? { handle: JSON.parse(fields.handle) } : {}),
    ...(fields.outcome ? { outcome: JSON.parse(fields.outcome) } : {}),
  };
}

function pairsToHash(pairs: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) fields[pairs[i]!] = pairs[i + 1]!;
  return fields;
}

/**
 * The journal on Redis: one hash per logical job with a TTL, and a sorted set of the pending ones
 * (by creation time). Every write is one Lua script, so an entry is never seen half written.
 */
export function createRedisJobStore(redis: Redis, keys: RedisKeys, ttlMs: number): JobStore {
  async function update(key: string, field: string, value: unknown, leavePending: boolean) {
    const done = await redis.eval(
      UPDATE,
      3,
      keys.journal(key),
      keys.pending,
      keys.submitClaim(key),
      field,
      JSON.stringify(value),
      ttlMs,
      key,
      leavePending ? '1' : '0',
    );
    if (done !== 1) {
      throw new Error(
        `The Redis journal has no entry ${key} (it expired, or Redis lost it): the ${field} was not kept. Raise journalTtlMs, and run Redis with persistence (appendonly yes).`,
      );
    }
  }
  return {
    async begin(entry, claim) {
      const created = { ...entry, createdAt: new Date().toISOString() };
      const existing = (await redis.eval(
        BEGIN,
        3,
        keys.journal(entry.key),
        keys.pending,
        keys.submitClaim(entry.key),
        ttlMs,
        Date.now(),
        entry.key,
        claim.owner,
        claim.ttlMs,
        'entry',
        JSON.stringify(created),
      )) as string[] | null;
      const found = existing && fromHash(pairsToHash(existing));
      return found ? { entry: found, created: false } : { entry: created, created: true };
    },
    recordHandle: (key, handle) => update(key, 'handle', handle, false),
    settle: (key, outcome) => update(key, 'outcome', outcome, true),
    async claimSubmit(key, { owner, ttlMs }) {
      return (await redis.eval(CLAIM, 1, keys.submitClaim(key), owner, ttlMs)) === 1;
    },
    async discard(key) {
      await redis
        .multi()
        .del(keys.journal(key), keys.submitClaim(key))
        .zrem(keys.pending, key)
        .exec();
    },
    async get(key) {
      return fromHash(await redis.hgetall(keys.journal(key)));
    },
    async listPending({ provider } = {}) {
      const pending = await redis.zrange(keys.pending, '0', '-1');
      const reads = pending.map((key) => redis.hgetall(keys.journal(key)));
      const entries = await Promise.all(reads);
      // An entry that expired leaves its name in the set: tidy it away, unless begun anew since.
      const gone = pending.filter((_, i) => !entries[i]?.entry);
      if (gone.length > 0) {
        const journals = gone.map((key) => keys.journal(key));
        await redis.eval(TIDY_PENDING, 1 + gone.length, keys.pending, ...journals, ...gone);
      }
      return entries
        .map(fromHash)
        .filter(
          (e): e is JournalEntry =>
            !!e && !e.outcome && (provider === undefined || e.provider === provider),
        );
    },
  };
}
