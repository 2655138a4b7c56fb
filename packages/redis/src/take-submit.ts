import type { JobStore, JournalEntry, SubmitClaim } from '@mediagen/runtime';
import { delay } from '@mediagen/runtime/provider';

/** How often a resumed job looks whether the submit in flight elsewhere has journaled its handle. */
const LOOK_EVERY_MS = 100;

/**
 * Before a journaled job without a handle is submitted again: waits until the attempt that holds
 * its submit claim has journaled the handle (the entry comes back with it) or its claim lapsed, and
 * then takes the claim (the entry comes back without one). Bounded: a claim lapses within its TTL.
 */
export async function takeSubmit(
  store: JobStore,
  entry: JournalEntry,
  claim: SubmitClaim,
  signal?: AbortSignal,
): Promise<JournalEntry> {
  const until = Date.now() + 2 * claim.ttlMs + LOOK_EVERY_MS;
  for (;;) {
    const claimed = await store.claimSubmit(entry.key, claim);
    const now = await store.get(entry.key);
    if (!now) {
      throw new Error(
        `The journal entry ${entry.key} was discarded while this attempt waited to submit it (another attempt's submit was refused); run it again to submit anew.`,
      );
    }
    if (claimed || now.handle || now.outcome) return now;
    if (Date.now() > until) {
      throw new Error(
        `Another attempt keeps the submit claim of ${entry.key}: two workers run the same job with claims shorter than their submits. Raise submitClaimMs to cover the client's deadlineMs.`,
      );
    }
    await delay(LOOK_EVERY_MS, signal);
  }
}

/**
 * Gives up this attempt's own submit claim once its submit threw: that submit sends nothing more,
 * so a retry may re-send the idempotency key at once (as the client's own retries do after a lost
 * answer) or fail closed without one, rather than wait out `submitClaimMs`. The store has no
 * release: renewing one's own claim for 0 ms ends it, and leaves another attempt's claim alone. A
 * failed release only leaves the claim to lapse.
 */
export async function releaseSubmit(store: JobStore, key: string, owner: string): Promise<void> {
  await store.claimSubmit(key, { owner, ttlMs: 0 }).catch(() => {});
}
