import { InsufficientCreditsError } from '@mediagen/runtime';
import type { VydraInsufficientCredits } from './types.js';

export interface CreditShortfall {
  /** Credits the request needs. */
  creditsRequired?: number;
  /** Credits left on the balance. */
  creditsRemaining?: number;
}

/**
 * The credits a `402` reported (`creditsRequired`, `creditsRemaining`), read from the
 * `InsufficientCreditsError`'s body; `undefined` for any other error.
 */
export function creditShortfall(error: unknown): CreditShortfall | undefined {
  if (!(error instanceof InsufficientCreditsError)) return undefined;
  const body = (error.body ?? {}) as Partial<VydraInsufficientCredits>;
  return {
    ...(typeof body.creditsRequired === 'number' ? { creditsRequired: body.creditsRequired } : {}),
    ...(typeof body.creditsRemaining === 'number'
      ? { creditsRemaining: body.creditsRemaining }
      : {}),
  };
}
