import type { JobHandle } from '../job-handle.js';
import type { PushBus } from './push-bus.js';

/** How a wait takes turns polling a job with the other processes on the bus. */
export interface SharedPolling {
  /**
   * Whether this process may poll the job now, for the next `forMs`. A bus that cannot answer
   * (Redis away) says yes: polling is never given up for want of a claim.
   */
  claimPoll(handle: JobHandle, forMs: number): Promise<boolean>;
  /** The wait ended: another process may poll at once. */
  releasePoll(handle: JobHandle): void;
}

/**
 * The bus's answer, or yes when it fails or gives none within `ms`: a client that queues commands
 * while it reconnects would otherwise hold the wait without a poll for as long as it is away.
 */
function yesUnlessAnswered(claim: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unanswered = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  return Promise.race([claim.catch(() => true), unanswered]).finally(() => clearTimeout(timer));
}

/**
 * One claim per job on the bus, held by this client while its wait polls. A claim lasts the wait's
 * next interval twice over plus `requestMs` (the time one status request may take), so the holder
 * renews it at each poll, and a holder that dies is replaced once that time has passed.
 */
export function sharedPolling(bus: PushBus, provider: string, requestMs: number): SharedPolling {
  const owner = crypto.randomUUID();
  return {
    claimPoll: (handle, forMs) =>
      yesUnlessAnswered(
        bus.claimPoll(provider, handle.id, owner, Math.ceil(2 * forMs + requestMs)),
        requestMs,
      ),
    releasePoll(handle) {
      bus.releasePoll(provider, handle.id, owner).catch(() => {});
    },
  };
}
