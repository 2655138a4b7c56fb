/**
 * `@mediagen/runtime`: what users of the provider clients touch. Each name here is listed in the
 * README's public-surface table (public-surface.test.ts keeps them in step). Building blocks for
 * provider packages are in `@mediagen/runtime/provider`.
 */

export type {
  ClientOptions,
  SubmittedJob,
  SubmittedJobs,
} from './client/create-provider-base.js';
export * from './errors.js';
// The mock server reads the metadata with these; they move to `/provider` once it imports them there.
export { isJobHandle, type JobHandle } from './job-handle.js';
export type { ErrorWithHandle } from './jobs/attach-handle.js';
export type { PolledJob } from './jobs/poll-job.js';
export type { JobSnapshot, JobStatus } from './jobs/read-job.js';
export type { PushedJob } from './jobs/read-pushed-job.js';
export type { RunOptions } from './jobs/run-options.js';
export type { JobSettled, WaitAllOptions } from './jobs/wait-each.js';
export type { JobProgress, WaitOptions } from './jobs/wait-options.js';
export type { JobResult } from './jobs/wait-outcomes.js';
export type { PriceEstimate } from './pricing/price-formula.js';
export type * from './provider-metadata.js';
export type {
  JobDelivery,
  PushHandlerOptions,
  PushVerifier,
} from './pushes/create-push-handler.js';
export { toNodeListener } from './pushes/to-node-listener.js';
export type {
  JobStore,
  JournalEntry,
  JournaledOutcome,
  NewJournalEntry,
  PushBus,
  SharedJobEnd,
  SubmitClaim,
} from './state/index.js';
export type { RateLimitOverrides, RequestOptions } from './transport/transport.js';
