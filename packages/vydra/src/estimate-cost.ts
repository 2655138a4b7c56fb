import { estimatePrice } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import {
  type ModelInputFor,
  type ModelSlug,
  modelRoutes,
  type NamedModelOperation,
} from './model-routes.js';

export interface CostEstimate {
  /** Estimated credits, or `undefined` where the doc gives no price for this model or input. */
  credits: number | undefined;
  /** Always true: the job's `creditsCharged` is what was charged. */
  estimate: true;
  /** Why there is no figure. */
  reason?: string;
}

type PricedOperation = NamedModelOperation | 'generateElevenLabsTts';

// `elevenlabs/tts` has a route of its own, but a slug with `/` is not a named model of `generate`.
const ROUTES: Readonly<Record<string, PricedOperation>> = {
  ...Object.fromEntries(modelRoutes),
  'elevenlabs/tts': 'generateElevenLabsTts',
};

/**
 * An estimate of a job's credits from the doc's Credit Pricing table, as the spec declares it on
 * each route (`x-mediagen-price-formulas`, read over `{ model, input }`): Veo 3 175, Kling Motion
 * Control 350, Grok Imagine 8 (image) or 150 (video), ASMR 175, ElevenLabs TTS 5. Models the doc
 * prices without a slug have no figure; their catalog row (`models()`) has the live price.
 */
export function estimateCost<M extends ModelSlug>(model: M, input: ModelInputFor<M>): CostEstimate {
  const operation = metadata.operations[ROUTES[model] ?? 'generateWithModel'];
  const estimate = estimatePrice(operation.priceFormulas, { model, input });
  if (estimate.amount !== undefined) return { credits: estimate.amount, estimate: true };
  const reason = `${estimate.reason}; see its catalog row's creditsPerUnit (models())`;
  return { credits: undefined, estimate: true, reason };
}
