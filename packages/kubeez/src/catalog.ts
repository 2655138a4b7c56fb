import { NotFoundError } from '@mediagen/runtime';
import { type TtlCache, ttlCache } from '@mediagen/runtime/provider';
import type { KubeezBaseClient, ModelCatalog, ModelRow } from './types.js';

/** How long a catalog read is reused. The catalog changes, but not from minute to minute. */
export const DEFAULT_CATALOG_TTL_MS = 10 * 60_000;

/**
 * The public model catalog (no API key needed), cached with the runtime's `ttlCache`: the full
 * `/docs/models.json`, and single rows or families from `/docs/models/{model_id}.json`.
 */
export function catalogHelpers(client: KubeezBaseClient, ttlMs = DEFAULT_CATALOG_TTL_MS) {
  const full = ttlCache<ModelCatalog>(() => client.call('getPublicModelCatalog', {}), ttlMs);
  const byId = new Map<string, TtlCache<ModelRow[]>>();

  /** Every row for a `model_id` or family prefix (for example `seedance-2`). */
  function getModels(idOrPrefix: string, options?: { refresh?: boolean }): Promise<ModelRow[]> {
    let cache = byId.get(idOrPrefix);
    if (!cache) {
      cache = ttlCache(async () => {
        const body = await client.call('getPublicModel', {
          params: { path: { model_id: idOrPrefix } },
        });
        // A bare row for an exact id, `{models: [...]}` for a family prefix.
        return 'models' in body ? body.models : [body];
      }, ttlMs);
      byId.set(idOrPrefix, cache);
    }
    return cache.get(options);
  }

  return {
    /** The full live catalog: every enabled model with its capabilities and cost. */
    async getCatalog(options?: { refresh?: boolean }): Promise<ModelRow[]> {
      return (await full.get(options)).models;
    },

    getModels,

    /** One model's row: read its `capabilities` before sending a body. */
    async getModel(modelId: string, options?: { refresh?: boolean }): Promise<ModelRow> {
      const rows = await getModels(modelId, options);
      const row =
        rows.find((r) => r.model_id === modelId) ?? (rows.length === 1 ? rows[0] : undefined);
      if (!row) {
        throw new NotFoundError(
          `Kubeez has no model '${modelId}' (it names a family of ${rows.length}: ${rows.map((r) => r.model_id).join(', ')})`,
          { provider: client.metadata.id, operationId: 'getPublicModel', code: 'model_not_found' },
        );
      }
      return row;
    },
  };
}

/** The methods `catalogHelpers` puts on the client. */
export type CatalogHelpers = ReturnType<typeof catalogHelpers>;
