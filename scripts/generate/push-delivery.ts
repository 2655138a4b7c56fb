import type { PushDelivery, RedeliverOn } from '../../packages/runtime/src/provider-metadata.ts';
import { extensionObject } from './extension-object.ts';

const isDelay = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function isRedeliverOn(r: unknown): r is RedeliverOn {
  if (r === 'network' || r === 'timeout') return true;
  if (typeof r === 'number') return Number.isInteger(r) && r >= 100 && r <= 599;
  return typeof r === 'string' && /^[1-5]xx$/.test(r);
}

/**
 * `x-mediagen-callback-delivery` on a push operation: how the provider delivers and redelivers it,
 * as its doc says. `@mediagen/mock` redelivers on this schedule; receivers can read their budget.
 */
export function deliveryOf(where: string, ext: unknown): PushDelivery | undefined {
  if (ext === undefined) return undefined;
  const at = `${where} x-mediagen-callback-delivery`;
  const keys = ['timeoutMs', 'retryDelaysMs', 'retryOn'];
  const { timeoutMs, retryDelaysMs, retryOn } = extensionObject(at, ext, keys, keys);
  if (!isDelay(timeoutMs) || timeoutMs === 0) {
    throw new Error(`${at}: timeoutMs must be a positive number of milliseconds`);
  }
  if (!Array.isArray(retryDelaysMs) || !retryDelaysMs.every(isDelay)) {
    throw new Error(`${at}: retryDelaysMs must list the wait in ms before each retry`);
  }
  if (!Array.isArray(retryOn) || !retryOn.every(isRedeliverOn)) {
    throw new Error(
      `${at}: retryOn lists network, timeout, statuses (429) or status families (5xx), got ${JSON.stringify(retryOn)}`,
    );
  }
  return { timeoutMs, retryDelaysMs, retryOn };
}
