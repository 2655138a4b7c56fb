import type { ProviderMetadata } from '../provider-metadata.js';
import { type PushHandlerHelpers, pushHandlerHelpers } from '../pushes/push-handler-helpers.js';
import {
  type ClientOptions,
  createProviderBase,
  type ProviderBase,
} from './create-provider-base.js';
import type { AnyOperations } from './operation-types.js';

export type {
  CancellableOptions,
  ClientOptions,
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
 * Builds a provider client from its generated metadata: `createProviderBase` plus `pushHandler`,
 * for a spec that declares callbacks or webhooks.
 */
export function createProviderClient<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
>(metadata: M, options: ClientOptions = {}): ProviderClient<Paths, Ops, M> {
  const client = createProviderBase<Paths, Ops, M>(metadata, options);
  return { ...client, ...pushHandlerHelpers(client) };
}
