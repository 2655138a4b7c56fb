/**
 * Runs the real `mediagen` bin (packages/cli/bin/mediagen.js) on the workspace sources, as a child
 * process, bounded by a timeout; for the CLI tests in test/cli*.test.ts. The bin and the sources
 * are bundled once (test/helpers/bundle-bin.ts), not loaded through tsx at every start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { root } from '../scripts/list-providers.ts';
import { bundleBin } from './helpers/bundle-bin.ts';

/** The node arguments that run the bin on the workspace sources. */
export function nodeArgs(): string[] {
  return [bundleBin('packages/cli/bin/mediagen.js')];
}

/** Never a real key: it proves no key is ever printed. */
export const SECRET_KEY = 'sk-live-MEDIAGEN-CLI-TEST-4f9a1c';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startMediagen(args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [...nodeArgs(), ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function mediagen(
  args: readonly string[],
  { env = {}, timeoutMs = 60_000 }: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Ran> {
  const child = startMediagen(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}
