/**
 * `work`, or the signal's reason as soon as it fires, whichever comes first, without stopping the
 * work (it may be shared, or a custom fetch may ignore its signal). Once the signal wins, how the
 * work ends no longer matters, but its rejection is still handled: left unhandled, it would crash
 * a Node process running with the default unhandled-rejection mode.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
