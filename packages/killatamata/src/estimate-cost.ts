import { estimatePrice, withExtra } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { Task, TaskInput } from './types.js';

export interface CostEstimate {
  /** Estimated price in USD, or `undefined` where the doc gives no formula or the input lacks a field it needs. */
  usd: number | undefined;
  /** Always true: the server's hold at submit time, and its charge at completion, are authoritative. */
  estimate: true;
  /** Why there is no figure. */
  reason?: string;
}

const formulas = metadata.operations.submitMediaJob.priceFormulas;

/**
 * An estimate of one job's price from the formulas the spec declares (utility rates, audio
 * formulas, the +50 % surcharges). It is only an estimate: the submit's hold is authoritative.
 */
export function estimateCost<T extends Task>(task: T, input: TaskInput<T>): CostEstimate {
  const estimate = estimatePrice(formulas, { task, input: withExtra(input) });
  return estimate.amount === undefined
    ? { usd: undefined, estimate: true, reason: estimate.reason }
    : { usd: estimate.amount, estimate: true };
}

export interface EstimateCostHelpers {
  /** An estimate from the spec's price formulas; the server's hold is authoritative. */
  estimateCost: typeof estimateCost;
}

export const estimateCostHelpers = (): EstimateCostHelpers => ({ estimateCost });
