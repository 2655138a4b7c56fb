import type { JobHandle } from '../job-handle.js';

/** How a logical job ended, kept so a retry answers from the journal instead of asking again. */
export type JournaledOutcome =
  | { status: 'succeeded'; result: unknown }
  | { status: 'failed' | 'cancelled'; message: string; state?: string };

/** One logical job: what was (or is about to be) submitted, its handle once known, its end. */
export interface JournalEntry {
  /** The caller's name for the job (a queue job's id, an order number): one per paid submit. */
  key: string;
  provider: string;
  operationId: string;
  /** Sent with the submit where the provider declares an idempotency header. */
  idempotencyKey?: string;
  /**
   * The submit's request (`init`), kept so a submit that has an idempotency key can be sent again
   * after a crash: the provider answers a replayed key with the same job, uncharged.
   */
  request?: unknown;
  /** Written once the submit answered. An entry without one may still have been charged. */
  handle?: JobHandle;
  outcome?: JournaledOutcome;
  /** ISO 8601. */
  createdAt: string;
}

export type NewJournalEntry = Omit<JournalEntry, 'handle' | 'outcome' | 'createdAt'>;

/**
 * The right to send a key's submit, held by one attempt at a time for as long as a submit may take
 * (all its retries): so a resumed job never races a submit still in flight elsewhere.
 */
export interface SubmitClaim {
  owner: string;
  ttlMs: number;
}

/**
 * The journal of logical jobs, written before a submit (the key) and after it (the handle), so a
 * process that dies between the two leaves enough behind never to pay twice. Entries expire.
 */
export interface JobStore {
  /**
   * Journals a submit about to be sent. When the key is journaled already, nothing is written and
   * the existing entry comes back with `created: false`: resume it rather than submit again. A
   * new entry is created with its submit claimed by `claim`, in the same step.
   */
  begin(
    entry: NewJournalEntry,
    claim: SubmitClaim,
  ): Promise<{ entry: JournalEntry; created: boolean }>;
  /** Takes the submit claim of a journaled key, or renews one's own; false while another holds it. */
  claimSubmit(key: string, claim: SubmitClaim): Promise<boolean>;
  /** The submit answered: its handle joins the entry. */
  recordHandle(key: string, handle: JobHandle): Promise<void>;
  /** The job ended; it leaves the pending list. */
  settle(key: string, outcome: JournaledOutcome): Promise<void>;
  /** Drops an entry whose submit provably never reached the provider (refused before any work). */
  discard(key: string): Promise<void>;
  get(key: string): Promise<JournalEntry | undefined>;
  /** Entries with no outcome yet, oldest first: the jobs a crashed process left behind. */
  listPending(options?: { provider?: string }): Promise<JournalEntry[]>;
}
