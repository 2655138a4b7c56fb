import { ConfigurationError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import type { JobStatusMetadata, ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import type { SharedPolling } from '../state/shared-polling.js';
import type { JobPoller } from './job-poller.js';
import type { PushHub } from './push-hub.js';
import type { JobSnapshot } from './read-job.js';

/** What a wait needs from its client: one status request, a cancel, and the client's pushes. */
export interface JobDriver extends Partial<SharedPolling> {
  metadata: ProviderMetadata;
  redact: Redactor;
  poll(handle: JobHandle, signal: AbortSignal | undefined): Promise<unknown>;
  /** Cancels at the provider; `signal` bounds it. */
  cancel?(
    handle: JobHandle,
    signal: AbortSignal,
  ): Promise<{ snapshot: JobSnapshot; body: unknown }>;
  /** Where the client's push handler reports jobs' ends. */
  pushes?: PushHub;
  /** The client's shared poll loop; without it, each look is one status request. */
  look?: JobPoller['look'];
  watch?: JobPoller['watch'];
}

/** How to read and schedule a handle's job, refusing a handle this client cannot follow. */
export function statusMetadata(metadata: ProviderMetadata, handle: JobHandle): JobStatusMetadata {
  if (handle.provider !== metadata.id) {
    throw new ConfigurationError(
      `This ${metadata.name} client cannot wait for a ${handle.provider} job; use that provider's client.`,
      { provider: metadata.id },
    );
  }
  const job = metadata.operations[handle.statusOperationId]?.job;
  if (!job) {
    throw new ConfigurationError(
      `${metadata.name} has no status operation ${handle.statusOperationId} that reports a job.`,
      { provider: metadata.id },
    );
  }
  // A submit operation may declare its own first delay and timeout, from its jobs' documented durations.
  const own = metadata.operations[handle.operationId]?.schedule;
  return own ? { ...job, schedule: { ...job.schedule, ...own } } : job;
}
