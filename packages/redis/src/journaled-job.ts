import {
  ConfigurationError,
  JobCancelledError,
  JobFailedError,
  type JobHandle,
  type JobResult,
  type JobStore,
  type JournalEntry,
  type JournaledOutcome,
  type SubmitClaim,
  SubmitOutcomeUnknownError,
  type WaitOptions,
} from '@mediagen/runtime';
import { afterFailedSubmit } from './after-failed-submit.js';
import {
  type JournalClient,
  journalOf,
  type LooseJournalClient,
  loosen,
} from './journal-client.js';
import { releaseSubmit, takeSubmit } from './take-submit.js';
import { checkWholeNumber } from './whole-number-option.js';

/** One logical job: its name in the journal and the submit that starts it. */
export interface JournaledRequest {
  /** Your name for the job, unique per paid submit (a queue job's id, an order line). */
  key: string;
  operationId: string;
  /** The submit's openapi-fetch `init` (`{ body }`, `{ params }`), as JSON. */
  init?: object;
}

export interface JournalOptions {
  /** Default: the client's own (`createXClient({ store })`). */
  store?: JobStore;
  wait?: WaitOptions;
  /** Called once the handle is journaled, before the wait (store it elsewhere, report it). */
  onSubmitted?: (handle: JobHandle) => void | Promise<void>;
  /**
   * How long one submit may take, every retry included: a resumed job whose submit may still be in
   * flight elsewhere waits this long for its handle before it sends the submit itself. Default
   * 5 min, the clients' default `deadlineMs`; keep it at least the client's.
   */
  submitClaimMs?: number;
}

/**
 * Runs one logical job through the journal: the key is written before the submit and the handle
 * after it, so a run for a key that was journaled already resumes instead of paying again. A job
 * that ended answers from the journal; one with a handle is waited for; one submitted but without a
 * handle is sent again only with its idempotency key (the provider then returns the same job), and
 * otherwise fails closed with `SubmitOutcomeUnknownError`.
 */
export async function runJournaled(
  client: JournalClient,
  request: JournaledRequest,
  options: JournalOptions = {},
): Promise<JobResult> {
  checkSubmitClaimMs(options.submitClaimMs);
  const loose = loosen(client);
  const { metadata } = loose;
  const operation = metadata.operations[request.operationId];
  if (operation?.status?.each) {
    throw new ConfigurationError(
      `${metadata.name} ${request.operationId} starts several jobs per submit; journal one job per key (a submit that starts one job).`,
      { provider: metadata.id, operationId: request.operationId },
    );
  }
  const idempotent = Boolean(operation?.idempotencyHeader);
  const claim = submitClaim(options);
  const { entry, created } = await journalOf(loose, options.store).begin(
    {
      key: request.key,
      provider: metadata.id,
      operationId: request.operationId,
      request: request.init ?? {},
      ...(idempotent ? { idempotencyKey: crypto.randomUUID() } : {}),
    },
    claim,
  );
  return resumeEntry(loose, entry, created ? claim : undefined, options);
}

/** Refuses a claim Redis could not keep, before the journal is touched. */
export function checkSubmitClaimMs(submitClaimMs: number | undefined): void {
  checkWholeNumber(
    'submitClaimMs',
    submitClaimMs,
    "pass how long one submit may take, every retry included, in ms: at least the client's deadlineMs (default 300_000, 5 min).",
  );
}

/** A claim of this attempt's own: two attempts in one process never submit the same key at once. */
const submitClaim = (options: JournalOptions): SubmitClaim => ({
  owner: crypto.randomUUID(),
  ttlMs: options.submitClaimMs ?? 300_000,
});

/**
 * Carries a journal entry to its end: from its outcome, its handle, or a safe re-submit. `claimed`
 * is the submit claim this attempt took when it created the entry; without one, it first waits
 * out any submit still in flight elsewhere.
 */
export async function resumeEntry(
  client: LooseJournalClient,
  journaled: JournalEntry,
  claimed: SubmitClaim | undefined,
  options: JournalOptions,
): Promise<JobResult> {
  const store = journalOf(client, options.store);
  const claim = claimed ?? submitClaim(options);
  const entry =
    journaled.handle || journaled.outcome || claimed
      ? journaled
      : await takeSubmit(store, journaled, claim, options.wait?.signal);
  if (entry.outcome) return fromOutcome(client, entry, entry.outcome);
  const handle =
    entry.handle ?? (await submit(client, store, entry, { created: !!claimed, claim }, options));
  try {
    const result = await client.wait(handle, options.wait);
    await settleQuietly(store, entry.key, { status: 'succeeded', result });
    return result;
  } catch (error) {
    if (error instanceof JobFailedError || error instanceof JobCancelledError) {
      const status = error instanceof JobFailedError ? 'failed' : 'cancelled';
      await settleQuietly(store, entry.key, {
        status,
        message: error.message,
        ...(error.state ? { state: error.state } : {}),
      });
    }
    throw error;
  }
}

/**
 * Journals the end; a failed write is not the job's failure. The entry keeps its handle, so a
 * resume reads the ended job again, at the cost of one status request and no charge.
 */
async function settleQuietly(store: JobStore, key: string, outcome: JournaledOutcome) {
  await store.settle(key, outcome).catch(() => {});
}

async function submit(
  client: LooseJournalClient,
  store: JobStore,
  entry: JournalEntry,
  { created, claim }: { created: boolean; claim: SubmitClaim },
  options: JournalOptions,
): Promise<JobHandle> {
  const { metadata } = client;
  if (!created && !entry.idempotencyKey) {
    // Nothing is sent: the claim taken to decide so goes at once, and the next look fails closed too.
    await releaseSubmit(store, entry.key, claim.owner);
    throw new SubmitOutcomeUnknownError(
      `${metadata.name} job ${entry.key} was submitted at ${entry.createdAt} by an attempt that stopped before its answer was journaled, and ${entry.operationId} has no idempotency key: the job may exist and may be billed, so it is not submitted again. Look for it at ${metadata.name}, then settle or discard the journal entry.`,
      { provider: metadata.id, operationId: entry.operationId, jobMayExist: true },
    );
  }
  let handle: JobHandle;
  try {
    const submitted = await client.submit(
      entry.operationId,
      (entry.request ?? {}) as object,
      entry.idempotencyKey ? { idempotencyKey: entry.idempotencyKey } : {},
    );
    handle = 'handle' in submitted ? submitted.handle : submitted.handles[0]!;
  } catch (error) {
    // Only this entry's first send can prove no job exists: a resumed entry's earlier send may have
    // been paid, whatever this one's refusal says, and dropping it would let the next run pay anew.
    if (created && afterFailedSubmit(error, Boolean(entry.idempotencyKey)) === 'discard') {
      // The refusal is what the caller must see (BullMQ fails a refused job at once); an entry
      // left behind only makes a retry fail closed.
      await store.discard(entry.key).catch(() => {});
    } else {
      await releaseSubmit(store, entry.key, claim.owner);
    }
    throw error;
  }
  try {
    await store.recordHandle(entry.key, handle);
    await options.onSubmitted?.(handle);
  } catch (error) {
    // The job runs and is paid for: whoever gets this error must get the handle with it.
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { handle });
  }
  return handle;
}

/** A job that ended before: its result again, or its failure as the typed error. */
function fromOutcome(
  client: LooseJournalClient,
  entry: JournalEntry,
  outcome: JournaledOutcome,
): JobResult {
  if (outcome.status === 'succeeded') return outcome.result as JobResult;
  const { metadata } = client;
  const context = {
    provider: metadata.id,
    operationId: entry.operationId,
    handle: entry.handle!,
    ...(outcome.state ? { state: outcome.state } : {}),
  };
  throw outcome.status === 'failed'
    ? new JobFailedError(outcome.message, context)
    : new JobCancelledError(outcome.message, context);
}
