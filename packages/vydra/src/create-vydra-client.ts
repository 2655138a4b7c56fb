import type { ClientOptions } from '@mediagen/runtime';
import {
  createModelCheck,
  createProviderBase,
  reservedPathParameters,
} from '@mediagen/runtime/provider';
import { type BalanceHelpers, type BalanceOptions, balanceHelpers } from './balance.js';
import { type CancelHelpers, cancelHelpers } from './cancel.js';
import { type GenerateHelpers, generateHelpers } from './generate.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import {
  DEFAULT_MODEL_CACHE_TTL_MS,
  type ModelCatalogHelpers,
  modelCatalogHelpers,
} from './model-catalog.js';
import { type SpeakHelpers, speakHelpers } from './speak.js';
import type { VydraBaseClient, VydraMetadata } from './types.js';

export interface VydraClientOptions extends ClientOptions {
  /** How long `models()` keeps the catalog, in ms. Default 1 h (the doc: cache it 1+ hour). */
  modelCacheTtlMs?: number;
  /** Defaults for `checkBalance()`: threshold (500) and what to do when the balance is low. */
  lowBalance?: BalanceOptions;
  /**
   * Checks each `generate` model against the live catalog (`GET /models`, cached like `models()`)
   * before the paid submit, and refuses an unknown slug with a "did you mean" suggestion. Default
   * `false`: no catalog read, the spec's checks only.
   */
  checkModels?: boolean;
}

/** The helpers on a Vydra client, beside the runtime's methods. */
export interface VydraHelpers
  extends GenerateHelpers,
    CancelHelpers,
    BalanceHelpers,
    ModelCatalogHelpers,
    SpeakHelpers {}

/**
 * A typed Vydra client: every operation through openapi-fetch (`client.GET('/organization')`) or by
 * id (`client.call('listModels', …)`), the runtime's `submit` / `wait` / `run`, plus `generate`,
 * `cancel` (by job id too, with the refund), `checkBalance` and the cached `models` catalog.
 */
export interface VydraClient
  extends VydraBaseClient,
    GenerateHelpers,
    BalanceHelpers,
    ModelCatalogHelpers,
    SpeakHelpers {
  /**
   * Cancels a job by id or handle and reports the refund: the runtime's `cancel(handle)`, widened
   * to a job id and with the answer read (so no name clash: one `cancel`, a subtype of the runtime's).
   */
  cancel: CancelHelpers['cancel'];
}

export function createVydraClient(options: VydraClientOptions = {}): VydraClient {
  const { modelCacheTtlMs, lowBalance, checkModels, ...clientOptions } = options;
  // The spec keeps `/` in a path parameter (the model slug).
  const client = createProviderBase<paths, operations, VydraMetadata>(metadata, clientOptions, {
    reservedPathParameters,
  });
  const catalog = modelCatalogHelpers(client, modelCacheTtlMs);
  const checkModel = checkModels
    ? createModelCheck({
        metadata,
        list: async () => (await catalog.models()).map((model) => model.slug),
        ttlMs: modelCacheTtlMs ?? DEFAULT_MODEL_CACHE_TTL_MS,
        catalog: 'GET /models',
      })
    : undefined;
  return {
    ...client,
    ...generateHelpers(client, checkModel),
    // Built on `client`, whose `cancel` is the runtime's; the client returned here has this one.
    ...cancelHelpers(client),
    ...balanceHelpers(client, lowBalance),
    ...catalog,
    ...speakHelpers(client),
  };
}
