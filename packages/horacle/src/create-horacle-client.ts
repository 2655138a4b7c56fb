import type { ClientOptions } from '@mediagen/runtime';
import { createProviderClient } from '@mediagen/runtime/provider';
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

export type HoracleClientOptions = ClientOptions;

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
    CostPreviewHelpers {}

export function createHoracleClient(options: HoracleClientOptions = {}): HoracleClient {
  const client = createProviderClient<paths, operations, HoracleMetadata>(metadata, options);
  return {
    ...client,
    ...generationHelpers(client),
    ...heygenHelpers(client),
    ...voiceHelpers(client),
    ...uploadHelpers(client, options.fetch),
    ...webhookHelpers(client),
    ...batchHelpers(client),
    ...costPreviewHelpers(),
  };
}
