/**
 * Whether a push delivery is tried again, from the push metadata's `delivery.retryOn` (`network`,
 * `timeout`, status codes, `5xx`): a pure decision.
 */
import type { RedeliverOn } from '@mediagen/runtime';

export type DeliveryResult = { status: number } | { error: 'network' | 'timeout' | 'remote' };

export function shouldRedeliver(result: DeliveryResult, retryOn: readonly RedeliverOn[]) {
  // A delivery the mock refused to send (a non-loopback URL) is never tried again.
  if ('error' in result) return result.error !== 'remote' && retryOn.includes(result.error);
  if (result.status >= 200 && result.status < 300) return false;
  const family = `${String(result.status)[0]}xx`;
  return retryOn.some((r) => String(r) === String(result.status) || r === family);
}
