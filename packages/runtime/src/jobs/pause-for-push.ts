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

/**
 * Runs one look (a poll that may wait for its turn at the rate limit), unless a push reports the
 * end first: then the look is aborted, so it neither holds its turn nor spends a request.
 */
export async function lookUnlessPushed<T>(
  look: (signal: AbortSignal | undefined) => Promise<T>,
  signal: AbortSignal | undefined,
  arrived: Promise<PushArrival> | undefined,
): Promise<{ look: T } | { arrival: PushArrival }> {
  if (!arrived) return { look: await look(signal) };
  // Linked by hand rather than with AbortSignal.any, whose links to a long-lived signal Node 20
  // keeps until that signal is collected.
  const own = new AbortController();
  const follow = () => own.abort(signal?.reason);
  signal?.addEventListener('abort', follow, { once: true });
  if (signal?.aborted) follow();
  let pushedFirst = false;
  const pushed = arrived.then((arrival) => {
    pushedFirst = true;
    own.abort();
    return { arrival };
  });
  try {
    return await Promise.race([look(own.signal).then((value) => ({ look: value })), pushed]);
  } catch (error) {
    if (pushedFirst) return pushed;
    throw error;
  } finally {
    signal?.removeEventListener('abort', follow);
    own.abort();
  }
}
