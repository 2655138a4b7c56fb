import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { root } from '../../scripts/list-providers.ts';
import { bundleBin } from './bundle-bin.ts';

export interface ReadyProcess {
  child: ChildProcess;
  /** What followed `ready` on its line (the web process's URL). */
  ready: string;
  /** Every later line it printed. */
  lines: string[];
  /** Resolves when the process exits, with its signal (`SIGKILL` when it was killed). */
  exited: Promise<NodeJS.Signals | null>;
  /** Asks it to stop (SIGTERM), and kills it if it has not within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts one of the Redis tests' processes (`redis-worker.ts`, `redis-web.ts`) from the sources
 * (bundled once, test/helpers/bundle-bin.ts), with its config as JSON; resolves once it printed its
 * `ready` line.
 */
export async function spawnReady(script: string, config: object): Promise<ReadyProcess> {
  const child = spawn(
    process.execPath,
    [bundleBin(script), JSON.stringify(config)],
    // Its stdin is a pipe from this process: when this process dies, the child sees it close.
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = once(child, 'exit').then(([, signal]) => signal as NodeJS.Signals | null);
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
    if (process.env.REDIS_TEST_DEBUG) process.stderr.write(d);
  });
  const lines: string[] = [];
  const output = createInterface({ input: child.stdout! });
  const ready = new Promise<string>((resolve) =>
    output.on('line', (line) => {
      if (/^ready\b/.test(line)) resolve(line.slice(6));
      else lines.push(line);
    }),
  );
  const gone = exited.then(() => {
    throw new Error(`${script} exited before it was ready:\n${stderr}`);
  });
  gone.catch(() => {});
  const stop = async (graceMs = 5000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const late = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(late);
  };
  try {
    return { child, ready: await Promise.race([ready, gone]), lines, exited, stop };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
