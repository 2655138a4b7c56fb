import type { JobStore, JournalEntry, SubmitClaim } from './job-store.js';

/**
 * The in-process journal, for one process: what a client uses when no shared store is given. It
 * keeps entries `ttlMs` (default a day) and, settled, at most `keep` of them.
 */
export function createMemoryJobStore({ ttlMs = 24 * 3600_000, keep = 10_000 } = {}): JobStore {
  const entries = new Map<string, { entry: JournalEntry; expires: number }>();
  const claims = new Map<string, { owner: string; expires: number }>();
  const takeClaim = (key: string, { owner, ttlMs }: SubmitClaim) => {
    const held = claims.get(key);
    if (held && held.owner !== owner && held.expires > Date.now()) return false;
    claims.set(key, { owner, expires: Date.now() + ttlMs });
    return true;
  };
  const live = (key: string) => {
    const found = entries.get(key);
    if (found && found.expires <= Date.now()) entries.delete(key);
    return found && found.expires > Date.now() ? found : undefined;
  };
  const update = (key: string, change: Partial<JournalEntry>) => {
    const found = live(key);
    if (!found) throw new Error(`No journal entry ${key}: it expired or was never begun.`);
    found.entry = { ...found.entry, ...change };
  };
  return {
    async begin(entry, claim) {
      const found = live(entry.key);
      if (found) return { entry: found.entry, created: false };
      const created = { ...entry, createdAt: new Date().toISOString() };
      entries.set(entry.key, { entry: created, expires: Date.now() + ttlMs });
      claims.set(entry.key, { owner: claim.owner, expires: Date.now() + claim.ttlMs });
      return { entry: created, created: true };
    },
    claimSubmit: async (key, claim) => takeClaim(key, claim),
    async recordHandle(key, handle) {
      update(key, { handle });
      claims.delete(key);
    },
    async settle(key, outcome) {
      update(key, { outcome });
      claims.delete(key);
      const settled = [...entries.keys()].filter((k) => entries.get(k)?.entry.outcome);
      // Map order is insertion order: the first settled entries are the oldest.
      for (const old of settled.slice(0, Math.max(0, settled.length - keep))) entries.delete(old);
    },
    async discard(key) {
      entries.delete(key);
      claims.delete(key);
    },
    async get(key) {
      return live(key)?.entry;
    },
    async listPending({ provider } = {}) {
      return [...entries.keys()]
        .map((key) => live(key)?.entry)
        .filter(
          (e): e is JournalEntry => !!e && !e.outcome && (!provider || e.provider === provider),
        );
    },
  };
}
