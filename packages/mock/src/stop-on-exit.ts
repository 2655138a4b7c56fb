/**
 * Stops the mocks on SIGINT or SIGTERM, and when the parent process dies: a mock started by
 * `npm run mock` must not keep serving, orphaned, after npm is killed. Node has no parent-death
 * signal, so the parent's pid is watched (an unref'd timer, which never keeps the process alive).
 */
export function stopOnExit(close: () => Promise<unknown>, { watchMs = 500 } = {}): () => void {
  const parent = process.ppid;
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(code), 5_000);
    force.unref();
    close().finally(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals) => stop(signal === 'SIGINT' ? 130 : 143);
  const watch = setInterval(() => {
    if (process.ppid !== parent || !alive(parent)) stop(0);
  }, watchMs);
  watch.unref();
  // `on`, not `once`: a loader's own handler (tsx) re-raises the signal when it is the only one left.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    clearInterval(watch);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
