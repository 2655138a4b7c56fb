/**
 * Spins the event loop (setImmediate, which fake timers leave alone) until `done()` holds or `ms` of
 * real time pass. Under fake setTimeout a loopback answer still arrives in real time, so the bound
 * is wall-clock (Date is not faked by these tests), never a count that a slow machine outruns.
 */
export async function spinUntil(done: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}
