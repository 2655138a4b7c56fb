import { type ClientOptions, createProviderClient } from '@mediagen/runtime';
import { batchHelpers } from './batch.js';
import { costPreviewHelpers } from './cost-preview.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { generationHelpers } from './generation.js';
import { heygenHelpers } from './heygen.js';
import { uploadHelpers } from './upload.js';
import { voiceHelpers } from './voices.js';
import { webhookHelpers } from './webhooks.js';

export type HoracleClientOptions = ClientOptions;

/**
 * A typed Horacle client. The key comes from `apiKey` or `HORACLE_API_KEY` and is sent as
 * `Authorization: Bearer hk_live_…`, to the spec's origin only. Every operation is there through
 * openapi-fetch (`client.GET('/credits/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented flows.
 */
export function createHoracleClient(options: HoracleClientOptions = {}) {
  const client = createProviderClient<paths, operations, typeof metadata>(metadata, options);
  return Object.assign(client, {
    ...generationHelpers(client),
    ...heygenHelpers(client),
    ...voiceHelpers(client),
    ...uploadHelpers(client, options.fetch),
    ...webhookHelpers(client),
    ...batchHelpers(client),
    ...costPreviewHelpers(),
  });
}

export type HoracleClient = ReturnType<typeof createHoracleClient>;
