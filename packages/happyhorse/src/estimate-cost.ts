import { estimatePrice } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { GenerateVideoInput } from './index.js';

export interface CostEstimate {
  /** Estimated credits, or `undefined` where the input lacks what the formula needs. */
  credits: number | undefined;
  /** Always true: the task's `consumed_credits` is what was charged. */
  estimate: true;
  /** Why there is no figure. */
  reason?: string;
}

const { input: schema, priceFormulas: formulas } = metadata.operations.createTask;
// The one model; `generateVideo` fills it in the same way.
const model = schema.anyOf[0].properties.model.const;

/**
 * An estimate of a task's credits from the doc's per-second prices, as the spec declares them
 * (pro 54/s, or 80/s with audio; std 40/s, or 60/s with audio; audio is on by default). The seconds
 * are `duration` (default 5) or, for multi-shot, the sum of the shots. Only an estimate.
 */
export function estimateCost(input: GenerateVideoInput): CostEstimate {
  const estimate = estimatePrice(formulas, { model, ...input });
  return estimate.amount === undefined
    ? { credits: undefined, estimate: true, reason: estimate.reason }
    : { credits: estimate.amount, estimate: true };
}
