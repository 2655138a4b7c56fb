import type { JobHandle } from '../job-handle.js';
import type { JobDriver } from './job-driver.js';
import type { WaitOptions } from './wait-options.js';
import { cancelFailed, stoppedWaiting, terminalError } from './wait-outcomes.js';

/** Rejects when `signal` aborts; the listener goes with the one-off signal. */
const abortOf = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/**
 * How a wait ends when its caller aborts: an `AbortError` with the handle, or, with
 * `cancelOnAbort` where the spec declares a cancel, a best-effort cancel bounded by
 * `cancelTimeoutMs`: `JobCancelledError` (with any refund) if it worked, else an `AbortError` whose
 * cause is the cancel's failure. Always throws.
 */
export async function endAbortedWait(
  driver: JobDriver,
  handle: JobHandle,
  reason: unknown,
  options: Pick<WaitOptions, 'cancelOnAbort' | 'cancelTimeoutMs'>,
): Promise<never> {
  const cancellable = driver.metadata.operations[handle.statusOperationId]?.cancel;
  if (!options.cancelOnAbort || !driver.cancel || !cancellable) {
    throw stoppedWaiting(driver, handle, reason);
  }
  const bound = AbortSignal.timeout(options.cancelTimeoutMs ?? 5000);
  let cancelled: Awaited<ReturnType<NonNullable<JobDriver['cancel']>>>;
  try {
    cancelled = await Promise.race([driver.cancel(handle, bound), abortOf(bound)]);
  } catch (failure) {
    throw cancelFailed(driver, handle, failure);
  }
  throw terminalError(driver, handle, cancelled.snapshot, cancelled.body, reason);
}
