import type { ClientOptions } from '@mediagen/runtime';
import { createProviderClient } from '@mediagen/runtime/provider';
import { type BalanceOptions, type CheckBalance, createCheckBalance } from './balance.js';
import { type CancelJob, createCancel } from './cancel.js';
import { createGenerate, type Generate } from './generate.js';
import { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';
import { createModelCatalog, type ModelCatalog } from './model-catalog.js';
import type { VydraBaseClient, VydraMetadata } from './types.js';

export interface VydraClientOptions extends ClientOptions {
  /** How long `models()` keeps the catalog, in ms. Default 1 h (the doc: cache it 1+ hour). */
  modelCacheTtlMs?: number;
  /** Defaults for `checkBalance()`: threshold (500) and what to do when the balance is low. */
  lowBalance?: BalanceOptions;
}

export interface VydraHelpers {
  /** Generate with any model and wait for the result; see `GenerateOptions`. */
  generate: Generate;
  /** Cancel a job by id or handle and report the refund. */
  cancel: CancelJob;
  /** The credit balance, with a warning below the threshold. */
  checkBalance: CheckBalance;
  /** The model catalog, cached (default 1 h). */
  models: ModelCatalog;
}

export interface VydraClient extends Omit<VydraBaseClient, 'cancel'>, VydraHelpers {}

/**
 * A typed Vydra client: every operation through openapi-fetch (`client.GET('/organization')`) or by
 * id (`client.call('listModels', …)`), the runtime's `submit` / `wait` / `run`, plus `generate`,
 * `cancel`, `checkBalance` and the cached `models` catalog.
 */
export function createVydraClient(options: VydraClientOptions = {}): VydraClient {
  const { modelCacheTtlMs, lowBalance, ...clientOptions } = options;
  const client = createProviderClient<paths, operations, VydraMetadata>(metadata, clientOptions);
  // Bound before `cancel` is replaced below by the one that reports the refund.
  const call: VydraBaseClient['call'] = client.call.bind(client);
  const cancel = createCancel(client.cancel.bind(client), call);
  const helpers: VydraHelpers = {
    generate: createGenerate(client),
    cancel,
    checkBalance: createCheckBalance(call, lowBalance),
    models: createModelCatalog(call, modelCacheTtlMs),
  };
  return Object.assign(client, helpers) as VydraClient;
}

export {
  type Balance,
  type BalanceOptions,
  type CheckBalance,
  DEFAULT_WARN_BELOW,
  type LowBalance,
  warnLowBalance,
} from './balance.js';
export type { CancelJob, CancelReport } from './cancel.js';
export { type CreditShortfall, creditShortfall } from './credit-shortfall.js';
export type { Generate, GenerateOptions, Generation } from './generate.js';
export { DEFAULT_MODEL_CACHE_TTL_MS, type ModelCatalog } from './model-catalog.js';
export {
  type ModelInputFor,
  type ModelRoutes,
  type ModelSlug,
  modelRoutes,
  type NamedModel,
} from './model-routes.js';
export type * from './types.js';
export type { components, operations, paths };
export { metadata };
