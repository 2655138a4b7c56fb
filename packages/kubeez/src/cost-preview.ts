import type { CatalogHelpers } from './catalog.js';
import { metadata } from './generated/metadata.js';
import type { ExtendModel } from './types.js';

/** Flat extend prices in credits by `extend_model`, from the spec's `x-mediagen-prices`. */
export const EXTEND_PRICES: Readonly<Record<ExtendModel, number>> =
  metadata.operations.extendMedia.prices.credits;

export interface CostPreview {
  model_id: string;
  model_type: string;
  /** `flat`: `cost_per_generation` credits, fixed at submit. `per-second`: see `cost_note`. */
  billing: 'flat' | 'per-second' | 'unknown';
  cost_per_generation: number | null;
  /** The per-second formula, including any reference-video surcharge. */
  cost_note: string | null;
  /** Flat prices of `POST /v1/generate/media/extend` by `extend_model` (Veo 3.1 sources only). */
  extend_prices: typeof EXTEND_PRICES;
}

/**
 * Cost preview from the catalog. The REST API has no estimate endpoint, so this reads
 * `cost_per_generation` and `cost_note` from the (cached) catalog. Kubeez does not refund failed
 * or unsatisfactory generations.
 */
export function costPreviewHelpers(catalog: CatalogHelpers) {
  return {
    async previewCost(modelId: string, options?: { refresh?: boolean }): Promise<CostPreview> {
      const row = await catalog.getModel(modelId, options);
      const cost = row.cost_per_generation ?? null;
      const note = row.cost_note ?? null;
      return {
        model_id: row.model_id,
        model_type: row.model_type,
        billing: typeof cost === 'number' ? 'flat' : note ? 'per-second' : 'unknown',
        cost_per_generation: cost,
        cost_note: note,
        extend_prices: EXTEND_PRICES,
      };
    },

    /** Credits an extend costs: a flat price per `extend_model` (default `fast`). */
    previewExtendCost(extendModel: ExtendModel = 'fast'): number {
      return EXTEND_PRICES[extendModel];
    },
  };
}

/** The methods `costPreviewHelpers` puts on the client. */
export type CostPreviewHelpers = ReturnType<typeof costPreviewHelpers>;
