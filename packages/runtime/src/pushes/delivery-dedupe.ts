/**
 * Runs each delivery's work once. Providers retry a push they think was lost, so a repeat of a
 * delivery that was handled is skipped, and one that arrives while the first is still being handled
 * waits for it. A delivery whose work failed is forgotten, so the provider's retry runs it again.
 */
export function createDeliveryDedupe({ keepMs = 24 * 60 * 60_000, keep = 10_000 } = {}) {
  const done = new Map<string, number>();
  const running = new Map<string, Promise<void>>();
  return {
    /** `true` when `work` ran for this key, `false` when the key was already handled. */
    async once(key: string, work: () => Promise<void>): Promise<boolean> {
      const at = done.get(key);
      if (at !== undefined && Date.now() - at < keepMs) return false;
      const current = running.get(key);
      if (current) {
        await current;
        return false;
      }
      const run = work();
      running.set(key, run);
      try {
        await run;
        done.set(key, Date.now());
        if (done.size > keep) done.delete(done.keys().next().value as string);
        return true;
      } finally {
        running.delete(key);
      }
    },
  };
}
