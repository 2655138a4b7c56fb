import type { PushArrival } from './push-hub.js';

/**
 * Sleeps `ms`, or less if a push arrives first (resolving with it), or rejects with the signal's
 * reason when it aborts. Leaves no timer or listener behind.
 */
export function pauseForPush(
  ms: number,
  signal: AbortSignal | undefined,
  arrived: Promise<PushArrival> | undefined,
): Promise<PushArrival | undefined> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    let over = false;
    const finish = (end: () => void) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      end();
    };
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => finish(() => resolve(undefined)), Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
    arrived?.then((arrival) => finish(() => resolve(arrival)));
  });
}
