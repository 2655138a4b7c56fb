import type { PushBus, SharedJobEnd } from './push-bus.js';

/**
 * The in-process bus, for one process: ends are kept (bounded in count and age) for listeners that
 * come after them, and poll claims are plain expiring entries.
 */
export function createMemoryPushBus({ keepMs = 10 * 60_000, keep = 1000 } = {}): PushBus {
  const ends = new Map<string, { end: SharedJobEnd; at: number }>();
  const listeners = new Map<string, Set<(end: SharedJobEnd) => void>>();
  const claims = new Map<string, { owner: string; expires: number }>();
  const idOf = (provider: string, jobId: string) => `${provider}:${jobId}`;
  const known = (id: string) => {
    const kept = ends.get(id);
    return kept && Date.now() - kept.at < keepMs ? kept.end : undefined;
  };
  return {
    async publish(end) {
      const id = idOf(end.provider, end.job.id);
      const earlier = known(id);
      if (earlier) return earlier;
      ends.delete(id);
      ends.set(id, { end, at: Date.now() });
      // Map order is insertion order: the first entry is the oldest.
      if (ends.size > keep) ends.delete(ends.keys().next().value as string);
      for (const listener of listeners.get(id) ?? []) listener(end);
      listeners.delete(id);
      return end;
    },
    subscribe(provider, jobId, listener) {
      const id = idOf(provider, jobId);
      const earlier = known(id);
      if (earlier) {
        queueMicrotask(() => listener(earlier));
        return () => {};
      }
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
      };
    },
    async claimPoll(provider, jobId, owner, ttlMs) {
      const id = idOf(provider, jobId);
      const claim = claims.get(id);
      if (claim && claim.owner !== owner && claim.expires > Date.now()) return false;
      claims.set(id, { owner, expires: Date.now() + ttlMs });
      return true;
    },
    async releasePoll(provider, jobId, owner) {
      const id = idOf(provider, jobId);
      if (claims.get(id)?.owner === owner) claims.delete(id);
    },
  };
}
