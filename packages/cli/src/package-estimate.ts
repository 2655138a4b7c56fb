/**
 * An `Estimate` from a provider package's own `estimateCost`: its figure where it has one, else only
 * its reason, so a job the provider documents no price for stays without a figure (unknown means
 * paid: `--max-cost` refuses it). Pure.
 */
import type { Estimate } from './provider-adapter.js';

export function packageEstimate(
  unit: Estimate['unit'],
  figure: number | undefined,
  reason: string | undefined,
  note: string,
): Estimate {
  return figure === undefined
    ? { unit, note: reason ?? 'the provider documents no price for this' }
    : { unit, amount: figure, note };
}
