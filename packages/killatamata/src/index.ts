import type { ClientOptions } from '@mediagen/runtime';
import { createProviderClient } from '@mediagen/runtime/provider';
import { accountHelpers } from './account.js';
import { createCallbackHandlerFor } from './callback-handler.js';
import { deviceLinkHelpers } from './device-link.js';
import { estimateCost } from './estimate-cost.js';
import { createGenerate, type Generate } from './generate.js';
import { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';
import type { KillaTamataBaseClient } from './types.js';

/**
 * A typed Killa Tamata client. The key comes from `apiKey` or `KILLATAMATA_API_KEY` and is sent as
 * `Authorization: Bearer` (public routes go without it). Every operation is there through
 * openapi-fetch (`client.GET('/api/v1/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `run`; plus `generate`, `estimateCost`, `createCallbackHandler`, the device
 * link and the balance and key helpers.
 */
export interface KillaTamataClient
  extends KillaTamataBaseClient,
    ReturnType<typeof deviceLinkHelpers>,
    ReturnType<typeof accountHelpers> {
  /** Submit one task with an idempotency key and wait for it (or for its callback). */
  generate: Generate;
  /** An estimate from the spec's price formulas; the server's hold is authoritative. */
  estimateCost: typeof estimateCost;
  /** The terminal-callback endpoint, `(Request) => Promise<Response>`. */
  createCallbackHandler: ReturnType<typeof createCallbackHandlerFor>;
}

export function createKillaTamataClient(options: ClientOptions = {}): KillaTamataClient {
  const client = createProviderClient<paths, operations, typeof metadata>(metadata, options);
  return Object.assign(client, {
    generate: createGenerate(client),
    estimateCost,
    createCallbackHandler: createCallbackHandlerFor(client),
    ...deviceLinkHelpers(client),
    ...accountHelpers(client),
  });
}

export type { CreatedKey } from './account.js';
export type { CallbackHandlerOptions } from './callback-handler.js';
export type { DeviceLink, PollDeviceLinkOptions } from './device-link.js';
export { type CostEstimate, estimateCost } from './estimate-cost.js';
export {
  type CallbackTarget,
  callbackUrl,
  type Generate,
  type GenerateOptions,
  type Generation,
} from './generate.js';
export { SecretKey } from './secret-key.js';
export type * from './types.js';
export type { components, operations, paths };
export { metadata };
