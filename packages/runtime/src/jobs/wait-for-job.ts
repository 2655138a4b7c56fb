import type { JobHandle } from '../job-handle.js';
import type { PollSchedule } from '../provider-metadata.js';
import { untilAborted } from '../until-aborted.js';
import { attachHandle } from './attach-handle.js';
import { callbackRefusal } from './callback-refusal.js';
import { endAbortedWait } from './end-aborted-wait.js';
import { type JobDriver, statusMetadata } from './job-driver.js';
import type { LookOptions } from './job-poller.js';
import { lookUnlessPushed, pauseForPush } from './pause-for-push.js';
import { createPollSchedule, safetyNetSchedule } from './poll-schedule.js';
import type { PushArrival } from './push-hub.js';
import { readJob } from './read-job.js';
import { isTransientPollError } from './transient-poll-error.js';
import type { WaitOptions } from './wait-options.js';
import { gaveUpWaiting, type JobResult, outcomeOf } from './wait-outcomes.js';

/** How long a look may run past the wait's deadline: the wait ends within its timeout plus this. */
const LAST_LOOK_MS = 100;

/** The schedule a wait polls on: the spec's, stretched to a safety net while a push is expected. */
function scheduleFor(documented: PollSchedule, options: WaitOptions): PollSchedule {
  const own = { ...documented, ...options.schedule };
  if (!options.callback) return own;
  const safetyNet = typeof options.callback === 'object' ? options.callback.safetyNet : undefined;
  return { ...safetyNetSchedule(own), ...safetyNet };
}

/** Listens for the push that reports this job's end, refusing `callback` where none is declared. */
function listen(driver: JobDriver, handle: JobHandle, options: WaitOptions) {
  if (options.callback) {
    // A driver without a push inbox hears no push, whatever the spec declares.
    const metadata = driver.pushes ? driver.metadata : { ...driver.metadata, pushes: {} };
    const refusal = callbackRefusal(metadata, handle.statusOperationId);
    if (refusal) throw refusal;
  }
  // Every wait listens: list rounds of other waits report ends through the same hub.
  return driver.pushes?.expect(handle.id);
}

/**
 * Follows one job until it succeeds, fails, is cancelled, or the wait times out: polls on the
 * provider's documented schedule, and ends at once when a push or another wait's list round reports
 * the end. Transient poll failures are retried; the job is never dropped silently.
 */
export async function waitForJob<Body = unknown>(
  driver: JobDriver,
  handle: JobHandle,
  options: WaitOptions = {},
  internal: Pick<LookOptions, 'limiter'> = {},
): Promise<JobResult<Body>> {
  try {
    return await followJob<Body>(driver, handle, options, internal);
  } catch (error) {
    const { metadata, redact } = driver;
    throw attachHandle(error, handle, { provider: metadata.id, name: metadata.name, redact });
  }
}

async function followJob<Body>(
  driver: JobDriver,
  handle: JobHandle,
  options: WaitOptions,
  internal: Pick<LookOptions, 'limiter'>,
): Promise<JobResult<Body>> {
  const job = statusMetadata(driver.metadata, handle);
  const schedule = scheduleFor(job.schedule, options);
  const next = createPollSchedule(schedule);
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? schedule.timeoutMs);
  const { signal } = options;
  const maxFailures = options.maxPollFailures ?? 5;
  const pushed = listen(driver, handle, options);
  const unwatch = driver.watch?.(handle);
  let failures = 0;
  let polls = 0;

  const ended = (arrival: PushArrival) =>
    outcomeOf<Body>(driver, handle, arrival.job, arrival.body, started);
  const pause = async (ms: number) => {
    try {
      return await pauseForPush(Math.min(ms, deadline - Date.now()), signal, pushed?.arrived);
    } catch (reason) {
      return endAbortedWait(driver, handle, reason, options);
    }
  };

  // Whether this wait polls now or another process does: asked like a look, so a bus that never
  // answers holds the wait no longer than its push, signal or deadline would.
  const claimTurn = async (forMs: number) => {
    const { claimPoll } = driver;
    if (!claimPoll) return { look: true };
    try {
      return await lookUnlessPushed(
        (stop) => untilAborted(claimPoll(handle, forMs), stop),
        signal,
        pushed?.arrived,
        deadline + LAST_LOOK_MS - Date.now(),
      );
    } catch (error) {
      if (signal?.aborted) return endAbortedWait(driver, handle, signal.reason, options);
      throw error;
    }
  };

  try {
    // A resumed handle has already waited part of the initial delay; a clock ahead of ours none.
    const sinceSubmit = Math.max(0, Date.now() - Date.parse(handle.createdAt)) || 0;
    const first = await pause(schedule.initialDelayMs - sinceSubmit);
    if (first) return ended(first);
    for (;;) {
      if (signal?.aborted) await endAbortedWait(driver, handle, signal.reason, options);
      let wait = next();
      const turn = await claimTurn(wait);
      if ('arrival' in turn) return ended(turn.arrival);
      if ('overtime' in turn) throw gaveUpWaiting(driver, handle, started);
      if (!turn.look) {
        // Another process polls this job and publishes its end: wait for that, not a poll.
        if (deadline - Date.now() <= 0) throw gaveUpWaiting(driver, handle, started);
        const arrival = await pause(wait);
        if (arrival) return ended(arrival);
        continue;
      }
      try {
        const seen = await lookUnlessPushed(
          (stop) =>
            driver.look
              ? driver.look(handle, { signal: stop, maxAgeMs: wait, ...internal })
              : driver.poll(handle, stop).then((b) => ({ snapshot: readJob(job, b), body: b })),
          signal,
          pushed?.arrived,
          // The last look, at the deadline, gets a moment; none outlives the wait's timeout by more.
          deadline + LAST_LOOK_MS - Date.now(),
        );
        if ('arrival' in seen) return ended(seen.arrival);
        if ('overtime' in seen) throw gaveUpWaiting(driver, handle, started);
        const { snapshot, body } = seen.look;
        polls++;
        failures = 0;
        options.onProgress?.({ ...snapshot, handle, elapsedMs: Date.now() - started, polls });
        if (snapshot.status !== 'running')
          return outcomeOf<Body>(driver, handle, snapshot, body, started);
      } catch (error) {
        // Whatever the look rejected with (a shared round rejects with the raw signal reason).
        if (signal?.aborted) {
          await endAbortedWait(driver, handle, signal.reason, options);
        }
        if (!isTransientPollError(error) || ++failures > maxFailures) throw error;
        if (error.retryAfterMs !== undefined) wait = Math.max(wait, error.retryAfterMs);
      }
      if (deadline - Date.now() <= 0) throw gaveUpWaiting(driver, handle, started);
      // Sleep up to the deadline and look one last time rather than give up early.
      const arrival = await pause(wait);
      if (arrival) return ended(arrival);
    }
  } finally {
    driver.releasePoll?.(handle);
    unwatch?.();
    pushed?.release();
  }
}
