/**
 * Before a paid submit: the estimate (where the provider has one) is shown, and the run goes ahead
 * only as `decideCost` says: at once, after a yes at a prompt (bounded: no answer is a no), or not.
 */
import { confirm, isCancel } from '@clack/prompts';
import { type CostPolicy, decideCost } from './cost-decision.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Printer } from './printer.js';
import { type Estimate, worstCase } from './provider-adapter.js';

const PROMPT_TIMEOUT_MS = 5 * 60_000;

/** The estimate in words; without a figure it says "no estimate" and why, in no unit. Pure. */
export function describeEstimate(estimate: Estimate | undefined): string {
  if (!estimate) return 'no estimate: the provider documents no prices for this';
  const figure =
    estimate.amount !== undefined
      ? `${estimate.amount}`
      : estimate.min !== undefined
        ? `${estimate.min}-${estimate.max}`
        : undefined;
  return figure === undefined
    ? `no estimate: ${estimate.note}`
    : `${figure} ${estimate.unit} (${estimate.note})`;
}

/** The cost flags `generate` and `batch` take. */
export interface CostFlags {
  yes?: boolean;
  maxCost?: number;
  confirmAbove: number;
}

export async function checkCost(
  estimate: Estimate | undefined,
  flags: CostFlags,
  free: boolean,
  printer: Printer,
  what: string,
): Promise<void> {
  const policy: CostPolicy = {
    yes: Boolean(flags.yes),
    ...(flags.maxCost !== undefined ? { maxCost: flags.maxCost } : {}),
    confirmAbove: flags.confirmAbove,
    interactive: printer.interactive,
    free,
  };
  const decision = decideCost(worstCase(estimate), policy);
  if (decision.action === 'proceed') return;
  if (decision.action === 'refuse')
    throw new CliError(`Not submitted: ${decision.reason}.`, EXIT.notConfirmed);
  const answer = await confirm({
    message: `Submit ${what} for ${describeEstimate(estimate)}?`,
    initialValue: false,
    output: printer.stderr,
    signal: AbortSignal.timeout(PROMPT_TIMEOUT_MS),
  });
  if (isCancel(answer) || answer !== true)
    throw new CliError('Not submitted: not confirmed.', EXIT.notConfirmed);
}
