import { delay } from './delay.js';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  InvalidResponseError,
  JobCancelledError,
  JobFailedError,
  type MediagenError,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
  WaitTimeoutError,
} from './errors.js';
import type { JobHandle } from './job-handle.js';
import { createPollSchedule } from './poll-schedule.js';
import type { JobStatusMetadata, PollSchedule, ProviderMetadata } from './provider-metadata.js';
import { type JobSnapshot, readJob } from './read-job.js';
import type { Redactor } from './redact.js';

export interface JobProgress extends JobSnapshot {
  handle: JobHandle;
  /** Since the wait started. */
  elapsedMs: number;
  polls: number;
}

export interface WaitOptions {
  signal?: AbortSignal;
  /** Overrides the spec's give-up time. The job itself is not stopped when the wait gives up. */
  timeoutMs?: number;
  onProgress?: (progress: JobProgress) => void;
  /** Cancel the job at the provider when `signal` aborts (where the spec declares a cancel operation). */
  cancelOnAbort?: boolean;
  /** Overrides parts of the spec's poll schedule. */
  schedule?: Partial<PollSchedule>;
  /** Consecutive failed polls tolerated before the wait gives up. Default 5. */
  maxPollFailures?: number;
}

export interface JobResult<Body = unknown> extends JobSnapshot {
  status: 'succeeded';
  handle: JobHandle;
  /** The final status response. */
  body: Body;
  elapsedMs: number;
}

export interface JobDriver {
  metadata: ProviderMetadata;
  redact: Redactor;
  poll(handle: JobHandle, signal: AbortSignal | undefined): Promise<unknown>;
  cancel?(handle: JobHandle): Promise<{ snapshot: JobSnapshot; body: unknown }>;
}

/** Poll failures that say nothing about the job: retry them instead of failing the wait. */
export function isTransientPollError(error: unknown): error is MediagenError {
  return (
    error instanceof ConnectionError ||
    error instanceof RequestTimeoutError ||
    error instanceof ServerError ||
    error instanceof RateLimitError ||
    error instanceof InvalidResponseError ||
    (error instanceof ApiError && error.status === 408)
  );
}

export function statusMetadata(metadata: ProviderMetadata, handle: JobHandle): JobStatusMetadata {
  if (handle.provider !== metadata.id) {
    throw new ConfigurationError(
      `This ${metadata.name} client cannot wait for a ${handle.provider} job; use that provider's client.`,
      {
        provider: metadata.id,
      },
    );
  }
  const job = metadata.operations[handle.statusOperationId]?.job;
  if (!job) {
    throw new ConfigurationError(
      `${metadata.name} has no status operation ${handle.statusOperationId} that reports a job.`,
      {
        provider: metadata.id,
      },
    );
  }
  return job;
}

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

/**
 * Polls one job on its provider's documented schedule until it succeeds, fails, is cancelled, or the
 * wait times out. Transient poll failures are retried; the job is never dropped silently.
 */
export async function waitForJob<Body = unknown>(
  driver: JobDriver,
  handle: JobHandle,
  options: WaitOptions = {},
): Promise<JobResult<Body>> {
  const job = statusMetadata(driver.metadata, handle);
  const schedule = { ...job.schedule, ...options.schedule };
  const next = createPollSchedule(schedule);
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? schedule.timeoutMs);
  const { signal } = options;
  const maxFailures = options.maxPollFailures ?? 5;
  let failures = 0;
  let polls = 0;

  const onAbort = async (reason: unknown): Promise<never> => {
    if (options.cancelOnAbort && driver.cancel) {
      const { snapshot, body } = await driver.cancel(handle);
      throw terminalError(driver, handle, snapshot, body, reason);
    }
    throw stoppedWaiting(driver, handle, reason);
  };
  const sleep = async (ms: number) => {
    try {
      await delay(ms, signal);
    } catch (reason) {
      return onAbort(reason);
    }
  };

  // A resumed handle has already waited part of the initial delay.
  const sinceSubmit = Date.now() - Date.parse(handle.createdAt);
  await sleep(
    Math.min(
      schedule.initialDelayMs - (Number.isNaN(sinceSubmit) ? 0 : sinceSubmit),
      deadline - Date.now(),
    ),
  );

  for (;;) {
    if (signal?.aborted) await onAbort(signal.reason);
    let wait = next();
    try {
      const body = await driver.poll(handle, signal);
      polls++;
      failures = 0;
      const snapshot = readJob(job, body);
      options.onProgress?.({ ...snapshot, handle, elapsedMs: Date.now() - started, polls });
      if (snapshot.status === 'succeeded') return succeeded<Body>(snapshot, handle, body, started);
      if (snapshot.status !== 'running') throw terminalError(driver, handle, snapshot, body);
    } catch (error) {
      if (error instanceof AbortError && signal?.aborted) await onAbort(signal.reason);
      if (!isTransientPollError(error) || ++failures > maxFailures) throw error;
      if (error.retryAfterMs !== undefined) wait = Math.max(wait, error.retryAfterMs);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw gaveUpWaiting(driver, handle, started);
    // Sleep up to the deadline and look one last time rather than give up early.
    await sleep(Math.min(wait, remaining));
  }
}
