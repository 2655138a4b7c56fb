import type { ClientOptions } from '@mediagen/runtime';
import {
  createModelCheck,
  createProviderBase,
  listPolling,
  pushHandlerHelpers,
} from '@mediagen/runtime/provider';
import { type AnswerHelpers, answerHelpers } from './answers.js';
import { type BatchHelpers, batchHelpers } from './batch.js';
import { type CostPreviewHelpers, costPreviewHelpers } from './cost-preview.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { type GenerationHelpers, generationHelpers } from './generation.js';
import { type HeygenHelpers, heygenHelpers } from './heygen.js';
import type { HoracleBaseClient, HoracleMetadata } from './types.js';
import { type UploadHelpers, uploadHelpers } from './upload.js';
import { type VoiceHelpers, voiceHelpers } from './voices.js';
import { type WebhookHelpers, webhookHelpers } from './webhooks.js';

/** How long the model catalog read by `checkModels` is reused. */
export const DEFAULT_MODEL_CATALOG_TTL_MS = 60 * 60_000;

export interface HoracleClientOptions extends ClientOptions {
  /**
   * Checks each generation's `model` against the live catalog (`GET /models`, cached for
   * `modelCatalogTtlMs`, default 1 h) before the paid submit, and refuses an unknown one with a
   * "did you mean" suggestion. Default `false`: no catalog read, the spec's checks only.
   */
  checkModels?: boolean;
  modelCatalogTtlMs?: number;
}

/**
 * A typed Horacle client. The key comes from `apiKey` or `HORACLE_API_KEY` and is sent as
 * `Authorization: Bearer hk_live_…`, to the spec's origin only. Every operation is there through
 * openapi-fetch (`client.GET('/credits/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented flows.
 */
export interface HoracleClient
  extends HoracleBaseClient,
    GenerationHelpers,
    HeygenHelpers,
    VoiceHelpers,
    UploadHelpers,
    WebhookHelpers,
    BatchHelpers,
    CostPreviewHelpers,
    AnswerHelpers {}

export function createHoracleClient(options: HoracleClientOptions = {}): HoracleClient {
  const { checkModels, modelCatalogTtlMs, ...clientOptions } = options;
  // The spec declares a job list (shared list rounds) and webhooks (the push endpoint).
  const base = createProviderBase<paths, operations, HoracleMetadata>(metadata, clientOptions, {
    listPolling,
  });
  const client: HoracleBaseClient = { ...base, ...pushHandlerHelpers(base) };
  const checkModel = checkModels
    ? createModelCheck({
        metadata,
        list: async () =>
          ((await client.call('listModels', {})).models ?? []).flatMap((m) => (m.id ? [m.id] : [])),
        ttlMs: modelCatalogTtlMs ?? DEFAULT_MODEL_CATALOG_TTL_MS,
        catalog: 'GET /models',
      })
    : undefined;
  return {
    ...client,
    ...generationHelpers(client, checkModel),
    ...heygenHelpers(client),
    ...voiceHelpers(client),
    ...uploadHelpers(client, options.fetch),
    ...webhookHelpers(client),
    ...batchHelpers(client),
    ...costPreviewHelpers(),
    ...answerHelpers(client),
  };
}
