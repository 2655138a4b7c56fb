import { MAX_TIMER_MS } from '../max-timer.js';
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
 * end first, or `timeLeftMs` runs out (a stalled status body, a long turn): then the look is
 * aborted, so it neither holds its turn nor spends a request, and the wait ends on time.
 */
export async function lookUnlessPushed<T>(
  look: (signal: AbortSignal | undefined) => Promise<T>,
  signal: AbortSignal | undefined,
  arrived: Promise<PushArrival> | undefined,
  timeLeftMs = Number.POSITIVE_INFINITY,
): Promise<{ look: T } | { arrival: PushArrival } | { overtime: true }> {
  // Linked by hand rather than with AbortSignal.any, whose links to a long-lived signal Node 20
  // keeps until that signal is collected.
  const own = new AbortController();
  const follow = () => own.abort(signal?.reason);
  signal?.addEventListener('abort', follow, { once: true });
  if (signal?.aborted) follow();
  let ended: 'pushed' | 'overtime' | undefined;
  const racers: Promise<{ look: T } | { arrival: PushArrival } | { overtime: true }>[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeLeftMs <= MAX_TIMER_MS) {
    racers.push(
      new Promise((resolve) => {
        timer = setTimeout(
          () => {
            ended ??= 'overtime';
            own.abort();
            resolve({ overtime: true });
          },
          Math.max(0, timeLeftMs),
        );
      }),
    );
  }
  const pushed = arrived?.then((arrival) => {
    ended ??= 'pushed';
    own.abort();
    return { arrival };
  });
  if (pushed) racers.push(pushed);
  try {
    return await Promise.race([look(own.signal).then((value) => ({ look: value })), ...racers]);
  } catch (error) {
    if (ended === 'pushed' && pushed) return pushed;
    if (ended === 'overtime') return { overtime: true };
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', follow);
    own.abort();
  }
}
