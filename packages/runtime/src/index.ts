export type { ErrorWithHandle } from './attach-handle.js';
export { backoffDelay } from './backoff.js';
export { createHttpError } from './create-http-error.js';
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
} from './create-provider-client.js';
export {
  createPushHandler,
  type JobDelivery,
  type PushHandlerOptions,
  type PushVerifier,
} from './create-push-handler.js';
export { delay } from './delay.js';
export * from './errors.js';
export { isLoopbackHost } from './is-loopback-host.js';
export type { JobDriver } from './job-driver.js';
export { createJobHandles, isJobHandle, type JobHandle } from './job-handle.js';
export { createJobPoller, type JobLook, type JobPoller, type LookOptions } from './job-poller.js';
export { readFirst, readPointer } from './json-pointer.js';
export { loadApiKey } from './load-api-key.js';
export { mediaTypeAllowed } from './media-type-allowed.js';
export { createPacer, type Pacer, type PacerOptions, PacerTimeout, type Release } from './pacer.js';
export { parseRetryAfter } from './parse-retry-after.js';
export { type PolledJob, pollJob } from './poll-job.js';
export { createPollSchedule } from './poll-schedule.js';
export {
  estimatePrice,
  type PriceCondition,
  type PriceEstimate,
  type PriceExpression,
  type PriceFormulas,
} from './price-formula.js';
export type * from './provider-metadata.js';
export { createRateLimiter, type RateLimiter } from './rate-limiter.js';
export { type JobSnapshot, type JobStatus, readJob } from './read-job.js';
export { type PushedJob, readPushedJob } from './read-pushed-job.js';
export { createRedactor, REDACTED } from './redact.js';
export { decideRedirect, type RedirectDecision } from './redirect-policy.js';
export { decideRetry, type RetryDecision } from './retry-decision.js';
export { buildRouteTable, type RouteTable } from './route-table.js';
export { ruleIssues } from './rule-issues.js';
export { type RunOptions, splitRunOptions } from './run-options.js';
export * from './state/index.js';
export { toNodeListener } from './to-node-listener.js';
export {
  createTransport,
  type RequestOptions,
  type SendOptions,
  type Transport,
} from './transport.js';
export { type TtlCache, ttlCache } from './ttl-cache.js';
export { validateBaseUrl } from './validate-base-url.js';
export { formatIssues, validateInput } from './validate-input.js';
export { waitAll } from './wait-all.js';
export { type JobSettled, type WaitAllOptions, waitEach } from './wait-each.js';
export { waitForJob } from './wait-for-job.js';
export type { JobProgress, WaitOptions } from './wait-options.js';
export type { JobResult } from './wait-outcomes.js';
