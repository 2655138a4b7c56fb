/**
 * `@mediagen/runtime/provider`: the building blocks a provider package is made of (see
 * CONTRIBUTING.md). Users import `@mediagen/runtime`; nothing here is needed to use a client.
 */

export {
  callbackUrlProblem,
  MIN_PUSH_TOKEN_LENGTH,
  pushTokenProblem,
} from './callback-url.js';
export {
  type CancellableOptions,
  type ClientParts,
  createProviderBase,
  type JobApi,
  type JobBody,
  type OperationData,
  type OperationInit,
  type ProviderBase,
  type SubmitOperationId,
} from './client/create-provider-base.js';
export { createProviderClient, type ProviderClient } from './client/create-provider-client.js';
export { createPathSerializer as reservedPathParameters } from './client/serialize-path.js';
export { validateBaseUrl } from './client/validate-base-url.js';
export { delay } from './delay.js';
export { isLoopbackHost } from './is-loopback-host.js';
export { createJobHandles } from './jobs/create-job-handles.js';
export { incompleteResult } from './jobs/incomplete-result.js';
export { createJobPoller as listPolling } from './jobs/job-poller.js';
export { createPollSchedule } from './jobs/poll-schedule.js';
export { readJob } from './jobs/read-job.js';
export { splitRunOptions } from './jobs/run-options.js';
export { readFirst, readPointer } from './json-pointer.js';
export { estimatePrice } from './pricing/price-formula.js';
export { createPushHandler } from './pushes/create-push-handler.js';
export { type PushHandlerHelpers, pushHandlerHelpers } from './pushes/push-handler-helpers.js';
export { REDACTED } from './redact.js';
// The in-memory defaults of a client's journal and bus, for stores of their own to be tested against.
export { createMemoryJobStore, createMemoryPushBus } from './state/index.js';
export { type TtlCache, ttlCache } from './ttl-cache.js';
export { untilAborted } from './until-aborted.js';
export {
  type DocumentedFields,
  type ExtraFields,
  withExtra,
} from './validation/documented-fields.js';
export {
  checkFileSource,
  type FileInputContext,
  openLocalFile,
} from './validation/local-file.js';
export { mediaTypeAllowed } from './validation/media-type-allowed.js';
export { checkedBody, createModelCheck, type ModelCheck } from './validation/model-check.js';
export { ruleIssues } from './validation/rule-issues.js';
export { formatIssues, validateInput } from './validation/validate-input.js';
