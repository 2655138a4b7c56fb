import { delay } from './delay.js';
import type { JobDriver } from './job-driver.js';
import { isTransientPollError, statusMetadata } from './job-driver.js';
import type { JobHandle } from './job-handle.js';
import { readFirst, readPointer } from './json-pointer.js';
import { createPollSchedule } from './poll-schedule.js';
import type { JobListMetadata, ProviderMetadata } from './provider-metadata.js';
import { createRateLimiter, type RateLimiter, unlimited } from './rate-limiter.js';
import { type JobSnapshot, readJob } from './read-job.js';
import type { JobProgress, WaitOptions } from './wait-options.js';
import {
  gaveUpWaiting,
  type JobResult,
  stoppedWaiting,
  succeeded,
  terminalError,
} from './wait-outcomes.js';

export type JobSettled<Body = unknown> =
  | { status: 'fulfilled'; handle: JobHandle; value: JobResult<Body> }
  | { status: 'rejected'; handle: JobHandle; reason: unknown };

export interface WaitAllOptions extends Omit<WaitOptions, 'cancelOnAbort'> {
  /** Cap on status requests. Defaults to the spec's documented limit for the status route. */
  rateLimit?: { requests: number; perSeconds: number };
}

export interface BulkJobDriver extends JobDriver {
  /** Calls a list operation that reports many jobs at once. */
  list(operationId: string, signal: AbortSignal | undefined): Promise<unknown>;
}

function listFor(
  metadata: ProviderMetadata,
  statusOperationId: string,
): [string, JobListMetadata] | undefined {
  for (const [id, op] of Object.entries(metadata.operations)) {
    if (op.jobList?.statusOperations.includes(statusOperationId)) return [id, op.jobList];
  }
  return undefined;
}

/**
 * Waits for many jobs on one shared schedule. Where the spec declares a list operation that reports
 * many jobs, one list request per round replaces a status request per job; every request goes
 * through one rate limiter. Settles like `Promise.allSettled`: each job ends completed or with a
 * typed error, in the order given.
 */
export async function waitAll<Body = unknown>(
  driver: BulkJobDriver,
  handles: readonly JobHandle[],
  options: WaitAllOptions = {},
): Promise<JobSettled<Body>[]> {
  const { metadata } = driver;
  const results: JobSettled<Body>[] = new Array(handles.length);
  if (handles.length === 0) return results;
  const jobs = handles.map((h) => statusMetadata(metadata, h));
  // Which list operation (if any) reports each job, decided once rather than every round.
  const lists = handles.map((h) => listFor(metadata, h.statusOperationId));
  const first = jobs[0]!;
  const schedule = { ...first.schedule, ...options.schedule };
  const next = createPollSchedule(schedule);
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? schedule.timeoutMs);
  const limit = options.rateLimit ?? metadata.operations[handles[0]!.statusOperationId]?.rateLimit;
  const limiter: RateLimiter = limit
    ? createRateLimiter(limit.requests, limit.perSeconds * 1000)
    : unlimited;
  const failures = new Map<number, number>();
  const pending = new Set(handles.keys());
  const maxFailures = options.maxPollFailures ?? 5;
  let polls = 0;

  const settle = (i: number, snapshot: JobSnapshot, body: unknown) => {
    const handle = handles[i]!;
    options.onProgress?.({
      ...snapshot,
      handle,
      elapsedMs: Date.now() - started,
      polls,
    } satisfies JobProgress);
    if (snapshot.status === 'running') return;
    pending.delete(i);
    results[i] =
      snapshot.status === 'succeeded'
        ? { status: 'fulfilled', handle, value: succeeded<Body>(snapshot, handle, body, started) }
        : { status: 'rejected', handle, reason: terminalError(driver, handle, snapshot, body) };
  };
  const rejectPending = (reason: (handle: JobHandle) => unknown) => {
    for (const i of pending)
      results[i] = { status: 'rejected', handle: handles[i]!, reason: reason(handles[i]!) };
    pending.clear();
  };
  const fail = (i: number, error: unknown) => {
    const count = (failures.get(i) ?? 0) + 1;
    failures.set(i, count);
    if (isTransientPollError(error) && count <= maxFailures) return;
    pending.delete(i);
    results[i] = { status: 'rejected', handle: handles[i]!, reason: error };
  };

  const round = async () => {
    const individual: number[] = [];
    const byList = new Map<string, { list: JobListMetadata; members: number[] }>();
    for (const i of pending) {
      const found = lists[i];
      if (!found) {
        individual.push(i);
        continue;
      }
      const entry = byList.get(found[0]) ?? { list: found[1], members: [] };
      entry.members.push(i);
      byList.set(found[0], entry);
    }
    for (const [listId, { list, members }] of byList) {
      try {
        await limiter.acquire(options.signal);
        const body = await driver.list(listId, options.signal);
        polls++;
        const items = new Map<string, unknown>();
        for (const item of readPointer(body, list.items).flatMap((v) =>
          Array.isArray(v) ? v : [v],
        )) {
          items.set(String(readFirst(item, list.id)), item);
        }
        for (const i of members) {
          const item = items.get(handles[i]!.id);
          // A job the list does not show (paged out, not yet indexed) is asked about directly.
          if (item === undefined) individual.push(i);
          else settle(i, readJob(list, item), item);
        }
      } catch (error) {
        if (options.signal?.aborted) throw error;
        individual.push(...members);
      }
    }
    await Promise.all(
      individual.map(async (i) => {
        try {
          await limiter.acquire(options.signal);
          const body = await driver.poll(handles[i]!, options.signal);
          polls++;
          settle(i, readJob(jobs[i]!, body), body);
        } catch (error) {
          if (options.signal?.aborted) throw error;
          fail(i, error);
        }
      }),
    );
  };

  try {
    await delay(Math.min(schedule.initialDelayMs, deadline - Date.now()), options.signal);
    for (;;) {
      await round();
      if (pending.size === 0) break;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        rejectPending((handle) => gaveUpWaiting(driver, handle, started));
        break;
      }
      await delay(Math.min(next(), remaining), options.signal);
    }
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    const reason = options.signal.reason;
    rejectPending((handle) => stoppedWaiting(driver, handle, reason));
  }
  return results;
}
