import { ConfigurationError } from './errors.js';

/** A signal from plain JavaScript that is not one is refused, not a TypeError deep in a call. */
export function checkSignal(signal: unknown): AbortSignal | undefined {
  if (signal == null) return undefined;
  const s = signal as Partial<AbortSignal>;
  if (typeof s.addEventListener === 'function' && typeof s.aborted === 'boolean') {
    return signal as AbortSignal;
  }
  throw new ConfigurationError(
    'signal must be an AbortSignal (such as new AbortController().signal or AbortSignal.timeout(ms)).',
  );
}

/**
 * Follows a caller's `AbortSignal` through one listener per client, however many waits and calls
 * share it: each gets a signal of the client's own, which may carry any number of listeners (Node
 * warns past ten on a signal, and 1,000 waits on one signal would each add one).
 */
export type SignalRelay = (signal: AbortSignal | undefined) => AbortSignal | undefined;

/** Lifts Node's listener warning on a signal the runtime owns; elsewhere there is none to lift. */
function unlimited(signal: AbortSignal) {
  const events = globalThis.process?.getBuiltinModule?.('node:events');
  events?.setMaxListeners(0, signal);
}

export function createSignalRelay(): SignalRelay {
  const relays = new WeakMap<AbortSignal, AbortSignal>();
  const own = new WeakSet<AbortSignal>();
  return (given) => {
    const signal = checkSignal(given);
    if (!signal || own.has(signal)) return signal;
    let relayed = relays.get(signal);
    if (!relayed) {
      const controller = new AbortController();
      relayed = controller.signal;
      unlimited(relayed);
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
      relays.set(signal, relayed);
      own.add(relayed);
    }
    return relayed;
  };
}
