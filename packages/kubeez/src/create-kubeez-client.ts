import type { ClientOptions } from '@mediagen/runtime';
import { createModelCheck, createProviderBase, listPolling } from '@mediagen/runtime/provider';
import { type AssetHelpers, assetHelpers } from './assets.js';
import { type CatalogHelpers, catalogHelpers, DEFAULT_CATALOG_TTL_MS } from './catalog.js';
import { type CostPreviewHelpers, costPreviewHelpers } from './cost-preview.js';
import { type GenerateFromFileHelpers, generateFromFileHelpers } from './generate-from-file.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { type GenerationHelpers, generationHelpers } from './generation.js';
import type { KubeezBaseClient, KubeezMetadata } from './types.js';
import { type UploadHelpers, uploadHelpers } from './upload.js';

export interface KubeezClientOptions extends ClientOptions {
  /** How long catalog reads (cost preview, model rows) are reused. Default 10 minutes. */
  catalogTtlMs?: number;
  /**
   * Checks each generation's `model` against the live catalog (`/docs/models.json`, cached for
   * `catalogTtlMs`) before the paid submit, and refuses an unknown one with a "did you mean"
   * suggestion. Default `false`: no catalog read, the spec's checks only.
   */
  checkModels?: boolean;
}

/**
 * A typed Kubeez client. The key comes from `apiKey` or `KUBEEZ_API_KEY` and is sent as `X-API-Key`
 * (public `/docs/*` and `/health` routes go without it). Every operation is there through
 * openapi-fetch (`client.GET('/v1/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented workflows.
 */
export interface KubeezClient
  extends KubeezBaseClient,
    GenerationHelpers,
    UploadHelpers,
    GenerateFromFileHelpers,
    AssetHelpers,
    CatalogHelpers,
    CostPreviewHelpers {}

export function createKubeezClient(options: KubeezClientOptions = {}): KubeezClient {
  const { catalogTtlMs = DEFAULT_CATALOG_TTL_MS, checkModels, ...clientOptions } = options;
  // The spec declares a job list: waits share its rounds.
  const client = createProviderBase<paths, operations, KubeezMetadata>(metadata, clientOptions, {
    listPolling,
  });
  const catalog = catalogHelpers(client, catalogTtlMs);
  const checkModel = checkModels
    ? createModelCheck({
        metadata,
        list: async () => (await catalog.getCatalog()).map((row) => row.model_id),
        ttlMs: catalogTtlMs,
        catalog: 'GET /docs/models.json',
      })
    : undefined;
  const generation = generationHelpers(client, checkModel);
  const upload = uploadHelpers(client);
  return {
    ...client,
    ...generation,
    ...upload,
    ...generateFromFileHelpers(upload, generation),
    ...assetHelpers(client),
    ...catalog,
    ...costPreviewHelpers(catalog),
  };
}
