/**
 * Whether a paid run may go ahead, from its estimate and the flags: a pure decision, so every case
 * is a row in its test. Unknown means paid: a run with no figure is treated as above any threshold.
 */
export interface CostPolicy {
  /** `--yes`: no question; with `--max-cost` the cap still holds. */
  yes: boolean;
  /** `--max-cost`: refuse above this (in the estimate's unit); below it, go ahead without asking. */
  maxCost?: number;
  /** `--confirm-above`: ask only when the cost may exceed this. Default 0: ask for any paid run. */
  confirmAbove: number;
  /** A person can answer a prompt (stdin and stderr are terminals, and no `--json`). */
  interactive: boolean;
  /** A mock: nothing is paid. */
  free: boolean;
}

export type CostDecision =
  | { action: 'proceed' }
  | { action: 'ask' }
  | { action: 'refuse'; reason: string };

export function decideCost(worstCase: number | undefined, policy: CostPolicy): CostDecision {
  if (policy.free) return { action: 'proceed' };
  // A cap is a cap: `--yes` only skips the question, so it is weighed after `--max-cost`.
  if (policy.maxCost !== undefined) {
    if (worstCase === undefined)
      return {
        action: 'refuse',
        reason: `there is no estimate to hold to --max-cost ${policy.maxCost}; pass --yes without --max-cost to run it anyway`,
      };
    return worstCase <= policy.maxCost
      ? { action: 'proceed' }
      : {
          action: 'refuse',
          reason: `it may cost ${worstCase}, above --max-cost ${policy.maxCost}`,
        };
  }
  if (policy.yes) return { action: 'proceed' };
  if (worstCase !== undefined && worstCase <= policy.confirmAbove) return { action: 'proceed' };
  return policy.interactive
    ? { action: 'ask' }
    : {
        action: 'refuse',
        reason: 'it is paid and nobody can confirm it here; pass --yes, or --max-cost <amount>',
      };
}
