import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { root } from '../../scripts/list-providers.ts';
import type { WorkerConfig } from './redis-worker.ts';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the process exits, with its signal (`SIGKILL` when it killed itself). */
  exited: Promise<NodeJS.Signals | null>;
}

/** Starts `redis-worker.ts` in its own process; resolves once it printed `ready`. */
export async function spawnRedisWorker(config: WorkerConfig): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@mediagen/source',
      '--import',
      'tsx',
      'test/helpers/redis-worker.ts',
      JSON.stringify(config),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = once(child, 'exit').then(([, signal]) => signal as NodeJS.Signals | null);
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<void>((resolve) => lines.on('line', (l) => l === 'ready' && resolve()));
  const gone = exited.then(() => {
    throw new Error(`the worker exited before it was ready:\n${stderr}`);
  });
  await Promise.race([ready, gone]);
  gone.catch(() => {});
  return { child, exited };
}
