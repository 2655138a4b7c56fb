export interface TtlCache<T> {
  /** The cached value, loading it when absent or older than the TTL. Concurrent calls share one load. */
  get(options?: { refresh?: boolean }): Promise<T>;
  clear(): void;
}

/** Caches one slow-changing value (a model catalog). A failed load is not cached. */
export function ttlCache<T>(
  load: () => Promise<T>,
  ttlMs: number,
  now: () => number = Date.now,
): TtlCache<T> {
  let entry: { value: Promise<T>; at: number } | undefined;
  return {
    get({ refresh = false } = {}) {
      if (!refresh && entry && now() - entry.at < ttlMs) return entry.value;
      const value = load();
      const current = { value, at: now() };
      entry = current;
      value.catch(() => {
        if (entry === current) entry = undefined;
      });
      return value;
    },
    clear() {
      entry = undefined;
    },
  };
}
