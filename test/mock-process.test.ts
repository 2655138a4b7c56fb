/**
 * `npm run mock` must not outlive what started it: the mock process stops on SIGINT, and when its
 * parent is killed outright (SIGKILL, so nothing forwards a signal) it notices and exits.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { root } from '../scripts/list-providers.ts';
import { firstUrl } from './helpers/first-url.ts';

const MOCK = 'node --conditions=@mediagen/source --import tsx scripts/mock.ts happyhorse --port 0';

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the mock process', () => {
  it('stops on SIGINT', async () => {
    const child = spawn('sh', ['-c', `exec ${MOCK}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await firstUrl(createInterface({ input: child.stdout! }), []);
      child.kill('SIGINT');
      const [code, signal] = await once(child, 'exit');
      expect({ code, signal }).toEqual({ code: 130, signal: null });
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);

  it('exits when its parent is killed', async () => {
    // The shell is the parent; it prints the mock's pid, then waits on it.
    const parent = spawn('sh', ['-c', `${MOCK} & echo "pid $!"; wait`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pid = 0;
    try {
      const seen: string[] = [];
      const lines = createInterface({ input: parent.stdout! });
      const iterator = lines[Symbol.asyncIterator]();
      const first = (await iterator.next()).value as string;
      pid = Number(/pid (\d+)/.exec(first)?.[1]);
      expect(pid).toBeGreaterThan(0);
      const url = await firstUrl({ [Symbol.asyncIterator]: () => iterator }, seen);
      expect((await fetch(`${url}/api/status?task_id=x`)).status).toBe(401);
      parent.kill('SIGKILL');
      const deadline = Date.now() + 10_000;
      while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(alive(pid)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
      if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 30_000);
});
