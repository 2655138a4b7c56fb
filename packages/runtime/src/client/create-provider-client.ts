import { createJobPoller } from '../jobs/job-poller.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import { type PushHandlerHelpers, pushHandlerHelpers } from '../pushes/push-handler-helpers.js';
import {
  type ClientOptions,
  createProviderBase,
  type ProviderBase,
} from './create-provider-base.js';
import type { AnyOperations } from './operation-types.js';
import { createPathSerializer } from './serialize-path.js';

export type {
  CancellableOptions,
  ClientOptions,
  ClientParts,
  JobApi,
  JobBody,
  OperationData,
  OperationInit,
  ProviderBase,
  SubmitOperationId,
  SubmittedJob,
  SubmittedJobs,
} from './create-provider-base.js';

/** A provider client with the endpoint for its spec's callbacks and webhooks. */
export interface ProviderClient<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
> extends ProviderBase<Paths, Ops, M>,
    PushHandlerHelpers {}

/**
 * Builds a provider client from its generated metadata: `createProviderBase` with every optional
 * part, plus `pushHandler`, for a spec that declares callbacks or webhooks.
 */
export function createProviderClient<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
>(metadata: M, options: ClientOptions = {}): ProviderClient<Paths, Ops, M> {
  const client = createProviderBase<Paths, Ops, M>(metadata, options, {
    listPolling: createJobPoller,
    reservedPathParameters: createPathSerializer,
  });
  return { ...client, ...pushHandlerHelpers(client) };
}
