import type { ClientOptions } from '@mediagen/runtime';
import { createProviderBase, pushHandlerHelpers } from '@mediagen/runtime/provider';
import { type AccountHelpers, accountHelpers } from './account.js';
import { type CallbackHandlerHelpers, callbackHandlerHelpers } from './callback-handler.js';
import { type DeviceLinkHelpers, deviceLinkHelpers } from './device-link.js';
import { type EstimateCostHelpers, estimateCostHelpers } from './estimate-cost.js';
import { type GenerateHelpers, generateHelpers } from './generate.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import type { KillaTamataBaseClient, KillaTamataMetadata } from './types.js';

/**
 * A typed Killa Tamata client. The key comes from `apiKey` or `KILLATAMATA_API_KEY` and is sent as
 * `Authorization: Bearer` (public routes go without it). Every operation is there through
 * openapi-fetch (`client.GET('/api/v1/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `run`; plus `generate`, `estimateCost`, `createCallbackHandler`, the device
 * link and the balance and key helpers.
 */
export interface KillaTamataClient
  extends KillaTamataBaseClient,
    GenerateHelpers,
    EstimateCostHelpers,
    CallbackHandlerHelpers,
    DeviceLinkHelpers,
    AccountHelpers {}

export function createKillaTamataClient(options: ClientOptions = {}): KillaTamataClient {
  const base = createProviderBase<paths, operations, KillaTamataMetadata>(metadata, options);
  // The spec declares callbacks: the push endpoint.
  const client: KillaTamataBaseClient = { ...base, ...pushHandlerHelpers(base) };
  return {
    ...client,
    ...generateHelpers(client),
    ...estimateCostHelpers(),
    ...callbackHandlerHelpers(client),
    ...deviceLinkHelpers(client),
    ...accountHelpers(client),
  };
}
