import { delay } from '../delay.js';
import type { JobHandle } from '../job-handle.js';
import { readFirst, readPointer } from '../json-pointer.js';
import type { JobListMetadata, ProviderMetadata } from '../provider-metadata.js';
import type { RateLimiter } from '../transport/rate-limiter.js';
import { untilAborted } from '../until-aborted.js';
import { listLookSource } from './list-look-source.js';
import { keepFirstEnd, lookDirectly } from './look-directly.js';
import type { PushHub } from './push-hub.js';
import { type JobSnapshot, readJob } from './read-job.js';
import { isTransientPollError } from './transient-poll-error.js';

/** A job's state from one look, and the body it was read from (a status answer or a list item). */
export interface JobLook {
  snapshot: JobSnapshot;
  body: unknown;
}

export interface LookOptions {
  signal?: AbortSignal;
  /** A list answer at most this old may answer the look without a request. */
  maxAgeMs?: number;
  /** A cap of the caller's own, acquired before any request the look starts. */
  limiter?: RateLimiter;
}

export interface JobPoller {
  /** Counts a wait for the job until the returned function is called. */
  watch(handle: JobHandle): () => void;
  look(handle: JobHandle, options?: LookOptions): Promise<JobLook>;
}

export interface PollerSource {
  metadata: ProviderMetadata;
  poll(handle: JobHandle, signal: AbortSignal | undefined): Promise<unknown>;
  /** Calls a list operation that reports many jobs at once. */
  list?(operationId: string, signal: AbortSignal | undefined): Promise<unknown>;
  pushes?: PushHub;
}

interface ListRounds {
  id: string;
  list: JobListMetadata;
  last?: { at: number; items: Map<string, unknown> };
  next?: Promise<Map<string, unknown>>;
  /** Jobs being waited for through this list, with how many waits follow each. */
  active: Map<string, number>;
  /** Jobs a round did not show: asked about directly while their waits go on. */
  unlisted: Set<string>;
  /** The list answered with a refusal (a missing scope, say): poll directly from then on. */
  refused?: boolean;
}

function listItems(list: JobListMetadata, body: unknown): Map<string, unknown> {
  const items = new Map<string, unknown>();
  for (const item of readPointer(body, list.items).flatMap((v) => (Array.isArray(v) ? v : [v]))) {
    items.set(String(readFirst(item, list.id)), item);
  }
  return items;
}

/**
 * One poll loop per client and status route. Where the spec declares a list operation for a status
 * route and more than one of its jobs is waited for, looks share one list request per round
 * (gathered over `batchWindowMs`), a list
 * answer younger than a look's `maxAgeMs` answers it without a request, and every listed job that
 * ended settles its waits at once through the client's hub. Jobs the list does not show, and routes
 * without a list, are asked about directly. Pacing to the documented limits is the transport's.
 */
export function createJobPoller(
  source: PollerSource,
  { batchWindowMs = 10, now = Date.now } = {},
): JobPoller {
  const { metadata } = source;
  const rounds = new Map<string, ListRounds | undefined>();

  const roundsFor = (statusOperationId: string): ListRounds | undefined => {
    if (!rounds.has(statusOperationId)) {
      const found = Object.entries(metadata.operations).find(([, op]) =>
        op.jobList?.statusOperations.includes(statusOperationId),
      );
      const shared = found && [...rounds.values()].find((r) => r?.id === found[0]);
      rounds.set(
        statusOperationId,
        shared ??
          (found && source.list
            ? { id: found[0], list: found[1].jobList!, active: new Map(), unlisted: new Set() }
            : undefined),
      );
    }
    return rounds.get(statusOperationId);
  };

  const settleListed = (r: ListRounds, items: Map<string, unknown>) => {
    const hub = source.pushes;
    if (!hub) return;
    for (const [id, item] of items) {
      if (!hub.awaited(id)) continue;
      const snapshot = readJob(r.list, item);
      if (snapshot.status !== 'running') hub.deliver({ job: { ...snapshot, id }, body: item });
    }
  };

  const round = (r: ListRounds, limiter: RateLimiter | undefined) => {
    r.next ??= (async () => {
      try {
        await delay(batchWindowMs);
        await limiter?.acquire();
        // Shared by every look in the round, so no one caller's signal may stop it.
        const items = listItems(r.list, await source.list!(r.id, undefined));
        r.last = { at: now(), items };
        settleListed(r, items);
        return items;
      } finally {
        r.next = undefined;
      }
    })();
    return r.next;
  };

  const direct = (handle: JobHandle, options: LookOptions) => lookDirectly(source, handle, options);

  return {
    watch(handle) {
      const r = roundsFor(handle.statusOperationId);
      if (!r) return () => {};
      r.active.set(handle.id, (r.active.get(handle.id) ?? 0) + 1);
      let watching = true;
      return () => {
        if (!watching) return;
        watching = false;
        const left = (r.active.get(handle.id) ?? 1) - 1;
        if (left > 0) r.active.set(handle.id, left);
        else {
          r.active.delete(handle.id);
          // Kept per job only while waits follow it: a long-running server would otherwise keep
          // every id a list ever missed.
          r.unlisted.delete(handle.id);
        }
      };
    },
    look: async (handle, options = {}) =>
      keepFirstEnd(source, handle, await lookOnce(handle, options)),
  };

  async function lookOnce(handle: JobHandle, options: LookOptions): Promise<JobLook> {
    const r = roundsFor(handle.statusOperationId);
    const from = listLookSource({
      listed: r !== undefined,
      refused: r?.refused ?? false,
      unlisted: r?.unlisted.has(handle.id) ?? false,
      watched: r?.active.size ?? 0,
      ageMs: r?.last && now() - r.last.at,
      inLast: r?.last?.items.has(handle.id) ?? false,
      maxAgeMs: options.maxAgeMs ?? 0,
    });
    if (!r || from === 'direct') return direct(handle, options);
    let item = from === 'cached' ? r.last?.items.get(handle.id) : undefined;
    if (from === 'round') {
      try {
        item = (await untilAborted(round(r, options.limiter), options.signal)).get(handle.id);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        // A failed list round says nothing about the job: ask about it directly. A refusal will
        // not pass on the next round, so the list is not asked again.
        if (!isTransientPollError(error)) r.refused = true;
      }
    }
    // A job the list does not show (paged out, not yet indexed) is asked about directly.
    if (item === undefined) {
      r.unlisted.add(handle.id);
      return direct(handle, options);
    }
    return { snapshot: readJob(r.list, item), body: item };
  }
}
