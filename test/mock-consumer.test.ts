/**
 * @mediagen/mock as a user installs it: the packed mock and HappyHorse packages in a fresh project
 * outside the workspace (test/mock-consumer-fixture), whose own vitest starts the mock in its global
 * setup and runs a generate-and-wait; and the installed `mediagen-mock` command, stopped by SIGTERM.
 * Installs come from the npm cache the workspace install filled. It needs the built `dist`.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages, root } from '../scripts/pack/pack-packages.ts';
import { firstUrl } from './helpers/first-url.ts';

const run = promisify(execFile);
const WANTED = ['@mediagen/mock', '@mediagen/happyhorse', '@mediagen/runtime'];
let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'mediagen-mock-consumer-'));
  const packed = await packPackages(join(project, 'tarballs'));
  await cp(resolve(import.meta.dirname, 'mock-consumer-fixture'), project, { recursive: true });
  const vitest = JSON.parse(
    await readFile(resolve(root, 'node_modules/vitest/package.json'), 'utf8'),
  ) as { version: string };
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock',
      ...packed.filter((p) => WANTED.includes(p.name)).map((p) => p.tarball),
      `vitest@${vitest.version}`,
    ],
    { cwd: project, timeout: 90_000 },
  );
}, 120_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('@mediagen/mock installed from its tarball', () => {
  it("runs a generate-and-wait from the project's own vitest global setup", async () => {
    const { stdout } = await run(
      process.execPath,
      [join(project, 'node_modules/vitest/vitest.mjs'), 'run'],
      { cwd: project, timeout: 60_000, env: { ...process.env, CI: '1' } },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`the fixture's vitest failed:\n${error.stdout}${error.stderr}`);
    });
    expect(stdout).toMatch(/1 passed/);
  }, 90_000);

  it('serves `mediagen-mock happyhorse --port 0` until SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        join(project, 'node_modules/@mediagen/mock/bin/mediagen-mock.js'),
        'happyhorse',
        '--port',
        '0',
      ],
      { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const url = await firstUrl(createInterface({ input: child.stdout! }));
      const res = await fetch(`${url}/api/generate`, {
        method: 'POST',
        headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'happyhorse-1.0/video', prompt: 'p' }),
        signal: AbortSignal.timeout(10_000),
      });
      expect((await res.json()).data.task_id).toMatch(/^n92/);
      child.kill('SIGTERM');
      const [code, signal] = await once(child, 'exit');
      expect({ code, signal }).toEqual({ code: 143, signal: null });
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
