import { InvalidResponseError, type RequestOptions } from '@mediagen/runtime';
import type { VydraBaseClient, VydraOrganization, VydraPlan } from './types.js';

/** The doc's advice: alert users when the balance drops below 500 credits. */
export const DEFAULT_WARN_BELOW = 500;

export interface LowBalance {
  creditsRemaining: number;
  /** The threshold that was crossed. */
  warnBelow: number;
  plan?: VydraPlan;
}

export interface BalanceOptions {
  /** Warn when fewer credits than this remain. Default 500, the doc's advice. */
  warnBelow?: number;
  /** Called when the balance is low. Default: `console.warn` with the balance and the threshold. */
  onLowBalance?: (balance: LowBalance) => void;
}

export interface Balance {
  creditsRemaining: number;
  plan?: VydraPlan;
  /** `creditsRemaining < warnBelow`. */
  low: boolean;
  /** The full `GET /organization` answer. */
  organization: VydraOrganization;
}

export type CheckBalance = (options?: BalanceOptions & RequestOptions) => Promise<Balance>;

export function warnLowBalance({ creditsRemaining, warnBelow }: LowBalance): void {
  console.warn(
    `Vydra credit balance is low: ${creditsRemaining} credits left, below the ${warnBelow}-credit threshold. Top up to keep generating.`,
  );
}

/** `checkBalance()`: reads the balance and warns below the threshold. `defaults` come from the client options. */
export interface BalanceHelpers {
  /** The credit balance, with a warning below the threshold. */
  checkBalance: CheckBalance;
}

export function balanceHelpers(
  client: VydraBaseClient,
  defaults: BalanceOptions = {},
): BalanceHelpers {
  const checkBalance: CheckBalance = async (options = {}) => {
    const {
      warnBelow = defaults.warnBelow ?? DEFAULT_WARN_BELOW,
      onLowBalance = defaults.onLowBalance ?? warnLowBalance,
      ...requestOptions
    } = options;
    const organization = await client.call('getOrganization', {}, requestOptions);
    const { creditsRemaining, plan } = organization;
    // The answer is not checked against the spec: an unknown balance is no reason to say "not low".
    if (typeof creditsRemaining !== 'number') {
      throw new InvalidResponseError(
        'Vydra GET /organization answered without a numeric creditsRemaining, so the balance is unknown; the answer is on this error as body. Check the balance in the Vydra dashboard.',
        { provider: client.metadata.id, operationId: 'getOrganization', body: organization },
      );
    }
    const low = creditsRemaining < warnBelow;
    if (low) onLowBalance({ creditsRemaining, warnBelow, ...(plan ? { plan } : {}) });
    return { creditsRemaining, ...(plan ? { plan } : {}), low, organization };
  };
  return { checkBalance };
}
