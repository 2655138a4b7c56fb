import { type ClientOptions, createProviderClient } from '@mediagen/runtime';
import { assetHelpers } from './assets.js';
import { catalogHelpers, DEFAULT_CATALOG_TTL_MS } from './catalog.js';
import { costPreviewHelpers } from './cost-preview.js';
import { generateFromFileHelper } from './generate-from-file.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { generationHelpers } from './generation.js';
import { uploadHelpers } from './upload.js';

export interface KubeezClientOptions extends ClientOptions {
  /** How long catalog reads (cost preview, model rows) are reused. Default 10 minutes. */
  catalogTtlMs?: number;
}

/**
 * A typed Kubeez client. The key comes from `apiKey` or `KUBEEZ_API_KEY` and is sent as `X-API-Key`
 * (public `/docs/*` and `/health` routes go without it). Every operation is there through
 * openapi-fetch (`client.GET('/v1/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented workflows.
 */
export function createKubeezClient(options: KubeezClientOptions = {}) {
  const { catalogTtlMs = DEFAULT_CATALOG_TTL_MS, ...clientOptions } = options;
  const client = createProviderClient<paths, operations, typeof metadata>(metadata, clientOptions);
  const generation = generationHelpers(client);
  const upload = uploadHelpers(client);
  const catalog = catalogHelpers(client, catalogTtlMs);
  return Object.assign(client, {
    ...generation,
    ...upload,
    ...generateFromFileHelper(upload, generation),
    ...assetHelpers(client),
    ...catalog,
    ...costPreviewHelpers(catalog),
  });
}

export type KubeezClient = ReturnType<typeof createKubeezClient>;
