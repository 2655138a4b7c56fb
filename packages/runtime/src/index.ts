export {
  type ClientOptions,
  createProviderClient,
  type JobBody,
  type OperationData,
  type OperationInit,
  type ProviderClient,
  type SubmitOperationId,
  type SubmittedJob,
  type SubmittedJobs,
} from './client/create-provider-client.js';
export { isLoopbackHost } from './client/is-loopback-host.js';
export { loadApiKey } from './client/load-api-key.js';
export { validateBaseUrl } from './client/validate-base-url.js';
export { delay } from './delay.js';
export * from './errors.js';
export { isJobHandle, type JobHandle } from './job-handle.js';
export type { ErrorWithHandle } from './jobs/attach-handle.js';
export { createJobHandles } from './jobs/create-job-handles.js';
export type { JobDriver } from './jobs/job-driver.js';
export {
  createJobPoller,
  type JobLook,
  type JobPoller,
  type LookOptions,
} from './jobs/job-poller.js';
export { type PolledJob, pollJob } from './jobs/poll-job.js';
export { createPollSchedule } from './jobs/poll-schedule.js';
export { type JobSnapshot, type JobStatus, readJob } from './jobs/read-job.js';
export { type PushedJob, readPushedJob } from './jobs/read-pushed-job.js';
export { type RunOptions, splitRunOptions } from './jobs/run-options.js';
export { waitAll } from './jobs/wait-all.js';
export { type JobSettled, type WaitAllOptions, waitEach } from './jobs/wait-each.js';
export { waitForJob } from './jobs/wait-for-job.js';
export type { JobProgress, WaitOptions } from './jobs/wait-options.js';
export type { JobResult } from './jobs/wait-outcomes.js';
export { readFirst, readPointer } from './json-pointer.js';
export {
  estimatePrice,
  type PriceCondition,
  type PriceEstimate,
  type PriceExpression,
  type PriceFormulas,
} from './pricing/price-formula.js';
export type * from './provider-metadata.js';
export {
  createPushHandler,
  type JobDelivery,
  type PushHandlerOptions,
  type PushVerifier,
} from './pushes/create-push-handler.js';
export { toNodeListener } from './pushes/to-node-listener.js';
export { createRedactor, REDACTED } from './redact.js';
export { backoffDelay } from './transport/backoff.js';
export { createHttpError } from './transport/create-http-error.js';
export {
  createPacer,
  type Pacer,
  type PacerOptions,
  PacerTimeout,
  type Release,
} from './transport/pacer.js';
export { parseRetryAfter } from './transport/parse-retry-after.js';
export { createRateLimiter, type RateLimiter } from './transport/rate-limiter.js';
export { decideRedirect, type RedirectDecision } from './transport/redirect-policy.js';
export { decideRetry, type RetryDecision } from './transport/retry-decision.js';
export { buildRouteTable, type RouteTable } from './transport/route-table.js';
export {
  createTransport,
  type RequestOptions,
  type SendOptions,
  type Transport,
} from './transport/transport.js';
export { type TtlCache, ttlCache } from './ttl-cache.js';
export { mediaTypeAllowed } from './validation/media-type-allowed.js';
export { ruleIssues } from './validation/rule-issues.js';
export { formatIssues, validateInput } from './validation/validate-input.js';
