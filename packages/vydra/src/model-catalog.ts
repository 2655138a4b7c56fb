import { ttlCache } from '@mediagen/runtime/provider';
import type { VydraBaseClient, VydraModel } from './types.js';

/** The doc's advice: the model list changes infrequently, cache it for an hour or more. */
export const DEFAULT_MODEL_CACHE_TTL_MS = 60 * 60 * 1000;

export interface ModelCatalog {
  /** Every model (`GET /models`), from the cache while it is younger than the TTL. */
  (options?: { refresh?: boolean }): Promise<VydraModel[]>;
  /** Drops the cached list; the next call fetches it again. */
  clear(): void;
}

export interface ModelCatalogHelpers {
  /** The model catalog, cached (default 1 h). */
  models: ModelCatalog;
}

export function modelCatalogHelpers(
  client: VydraBaseClient,
  ttlMs = DEFAULT_MODEL_CACHE_TTL_MS,
): ModelCatalogHelpers {
  const cache = ttlCache(async () => (await client.call('listModels', {})).data, ttlMs);
  const models = (options?: { refresh?: boolean }) => cache.get(options);
  models.clear = () => cache.clear();
  return { models };
}
