import { AbortError, JobCancelledError, JobFailedError, WaitTimeoutError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import type { JobDriver } from './job-driver.js';
import type { JobSnapshot } from './read-job.js';

export interface JobResult<Body = unknown> extends JobSnapshot {
  status: 'succeeded';
  handle: JobHandle;
  /**
   * The answer that reported the end: the final status response, or the list item, callback or
   * webhook payload that reported it first (where a list or a push mirrors the status body).
   */
  body: Body;
  elapsedMs: number;
}

/** The error a job's failed or cancelled end becomes; it carries the handle and any refund. */
export function terminalError(
  driver: JobDriver,
  handle: JobHandle,
  snapshot: JobSnapshot,
  body?: unknown,
  cause?: unknown,
): JobFailedError | JobCancelledError {
  const { metadata, redact } = driver;
  const context = {
    provider: metadata.id,
    operationId: handle.statusOperationId,
    handle,
    state: snapshot.state,
    body,
    ...(snapshot.errorMessage ? { providerMessage: snapshot.errorMessage } : {}),
    ...(snapshot.errorCode ? { code: snapshot.errorCode } : {}),
    ...(snapshot.creditsRefunded !== undefined
      ? { creditsRefunded: snapshot.creditsRefunded }
      : {}),
    ...(snapshot.refundStatus ? { refundStatus: snapshot.refundStatus } : {}),
  };
  const refund =
    snapshot.creditsRefunded !== undefined ? ` (${snapshot.creditsRefunded} credits refunded)` : '';
  if (snapshot.status === 'cancelled') {
    return new JobCancelledError(
      `${metadata.name} job ${handle.id} was cancelled${refund}`,
      context,
      { redact, cause },
    );
  }
  return new JobFailedError(
    `${metadata.name} job ${handle.id} failed (${snapshot.state})${snapshot.errorMessage ? `: ${snapshot.errorMessage}` : ''}${refund}`,
    context,
    { redact, cause },
  );
}

/** The wait stopped on the caller's signal; the job goes on and `handle` resumes it. */
export function stoppedWaiting(driver: JobDriver, handle: JobHandle, reason: unknown): AbortError {
  return new AbortError(
    `Stopped waiting for ${driver.metadata.name} job ${handle.id}; the job itself goes on. Resume with wait(handle).`,
    { provider: driver.metadata.id, operationId: handle.statusOperationId, handle },
    { cause: reason, redact: driver.redact },
  );
}

/** The wait stopped on the caller's signal and the cancel it sent failed; the job may go on. */
export function cancelFailed(driver: JobDriver, handle: JobHandle, failure: unknown): AbortError {
  return new AbortError(
    `Stopped waiting for ${driver.metadata.name} job ${handle.id}, but cancelling it failed (see cause), so it may still run and be billed. Cancel it with cancel(handle), or resume with wait(handle).`,
    { provider: driver.metadata.id, operationId: handle.statusOperationId, handle },
    { cause: failure, redact: driver.redact },
  );
}

/** The wait ran out of time; the job goes on and `handle` resumes it. */
export function gaveUpWaiting(
  driver: JobDriver,
  handle: JobHandle,
  started: number,
): WaitTimeoutError {
  return new WaitTimeoutError(
    `Gave up waiting for ${driver.metadata.name} job ${handle.id} after ${Math.round((Date.now() - started) / 1000)} s. The job goes on: keep the handle and call wait(handle) later.`,
    { provider: driver.metadata.id, operationId: handle.statusOperationId, handle },
    { redact: driver.redact },
  );
}

/** A finished job as a wait returns it. */
export function succeeded<Body>(
  snapshot: JobSnapshot,
  handle: JobHandle,
  body: unknown,
  started: number,
): JobResult<Body> {
  return {
    ...snapshot,
    status: 'succeeded',
    handle,
    body: body as Body,
    elapsedMs: Date.now() - started,
  };
}

/** A terminal snapshot as a wait ends on it: the result, or the error to throw. */
export function outcomeOf<Body>(
  driver: JobDriver,
  handle: JobHandle,
  snapshot: JobSnapshot,
  body: unknown,
  started: number,
): JobResult<Body> {
  if (snapshot.status === 'succeeded') return succeeded<Body>(snapshot, handle, body, started);
  throw terminalError(driver, handle, snapshot, body);
}
