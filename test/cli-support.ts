/**
 * Runs the real `mediagen` bin (packages/cli/bin/mediagen.js) on the workspace sources, as a child
 * process, bounded by a timeout; for the CLI tests in test/cli*.test.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { root } from '../scripts/list-providers.ts';

export const BIN = resolve(root, 'packages/cli/bin/mediagen.js');
/** The node arguments that run the bin on the TypeScript sources. */
export const NODE_ARGS = ['--conditions=@mediagen/source', '--import', 'tsx', BIN];
/** Never a real key: it proves no key is ever printed. */
export const SECRET_KEY = 'sk-live-MEDIAGEN-CLI-TEST-4f9a1c';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startMediagen(args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [...NODE_ARGS, ...args], {
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
