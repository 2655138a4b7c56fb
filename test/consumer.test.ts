/**
 * The packages as a new user gets them: every package is packed into its publish tarball, and all
 * of them are installed once into a fresh project outside the workspace (test/consumer-fixture).
 * The client packages typecheck there under nodenext, bundler and a CommonJS-emitting config and run
 * a generate-and-wait against the mock from ESM and from CommonJS; every tarball passes
 * arethetypeswrong (the esm-only profile) and `publint --strict`. @mediagen/mock is used as a user
 * uses it: a project of its own (test/mock-consumer-fixture, copied into `mock-user/`) whose vitest
 * starts the mock in its global setup, and the installed `mediagen-mock` command, stopped by
 * SIGTERM. Installs come from the npm cache the workspace install filled. It needs the built `dist`
 * that `npm test` builds first (the `vitest:packed` task).
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PackedPackage, packPackages, root } from '../scripts/pack/pack-packages.ts';
import { firstUrl } from './helpers/first-url.ts';

const run = promisify(execFile);
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
/** The attw `esm-only` profile: CommonJS and node10 resolution are not supported, by choice (README). */
const IGNORED_RESOLUTIONS = ['node10', 'node16-cjs'];

/**
 * Installed, checked (attw, publint) and run as a user runs it, but not imported by the typechecked
 * client modules: the mock is a dev server over Prism and the CLI a command, and nothing a client
 * application imports depends on them.
 */
const NOT_CLIENT = ['@mediagen/mock', '@mediagen/cli'];

let project: string;
let packed: PackedPackage[];

async function versionInWorkspace(name: string) {
  const manifest = await readFile(resolve(root, 'node_modules', name, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/** One install for every test here: Prism's hundred-odd dependencies are the bulk of its time. */
async function installTarballs(into: string, tarballs: string[]) {
  // From the npm cache the workspace install filled: nothing is fetched that it does not have.
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock',
      ...tarballs,
      `@types/node@${await versionInWorkspace('@types/node')}`,
      `vitest@${await versionInWorkspace('vitest')}`,
    ],
    { cwd: into, timeout: 90_000 },
  );
}

/** A package's module entries: itself, and each subpath it exports (`@mediagen/runtime/provider`). */
function entriesOf(name: string): string[] {
  const manifest = JSON.parse(
    readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { exports: Record<string, unknown> };
  const subpaths = Object.keys(manifest.exports).filter((key) => /^\.\/[a-z-]+$/.test(key));
  return [name, ...subpaths.map((key) => `${name}/${key.slice(2)}`)];
}

/** One module importing every client package, so each package's types are checked in each mode. */
function importEveryPackage(packages: PackedPackage[]) {
  return packages
    .filter((p) => !NOT_CLIENT.includes(p.name))
    .flatMap((p) => entriesOf(p.name))
    .map((entry, i) => `export * as package${i} from '${entry}';\n`)
    .join('');
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'mediagen-consumer-'));
  packed = await packPackages(join(project, 'tarballs'));
  await cp(resolve(import.meta.dirname, 'consumer-fixture'), project, { recursive: true });
  await cp(resolve(import.meta.dirname, 'mock-consumer-fixture'), join(project, 'mock-user'), {
    recursive: true,
  });
  await writeFile(join(project, 'src/every-package.ts'), importEveryPackage(packed));
  // The type tests (test/types), checked again against the shipped declarations.
  await cp(resolve(import.meta.dirname, 'types'), join(project, 'src/types'), { recursive: true });
  await writeFile(join(project, 'src/every-package-commonjs.cts'), importEveryPackage(packed));
  await installTarballs(
    project,
    packed.map((p) => p.tarball),
  );
}, 120_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

async function typecheck(config: string) {
  try {
    await run(process.execPath, [tsc, '-p', config], { cwd: project, timeout: 60_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p ${config} failed in the consumer project:\n${stdout}${stderr}`);
  }
}

async function generateAndWait(script: string) {
  const { stdout } = await run(process.execPath, [script], {
    cwd: project,
    env: { ...process.env, MOCK_URL: inject('mocks').happyhorse! },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as { videoUrl: string; status: string; id: string };
}

describe('the packed packages in a fresh project', () => {
  it('packs every package under packages/, without the workspace-only source condition', async () => {
    expect(packed.map((p) => p.name)).toContain('@mediagen/runtime');
    for (const { name } of packed) {
      const manifest = await readFile(join(project, 'node_modules', name, 'package.json'), 'utf8');
      expect(manifest, name).not.toContain('@mediagen/source');
      expect(JSON.parse(manifest).exports['./package.json'], name).toBe('./package.json');
    }
  });

  it('ships source maps that embed every source they name', async () => {
    for (const { name } of packed) {
      const map = JSON.parse(
        await readFile(join(project, 'node_modules', name, 'dist/index.js.map'), 'utf8'),
      ) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sourcesContent?.length, name).toBe(map.sources.length);
      expect(
        map.sourcesContent?.every((s) => typeof s === 'string' && s.length > 0),
        name,
      ).toBe(true);
    }
  });

  // nodenext checks the shipped declarations themselves too; the other two check how they
  // resolve and what a consumer's code sees (skipLibCheck), which keeps the three within budget.
  // nodenext and bundler also check the type tests (test/types): each documented example compiles
  // and each `@ts-expect-error` mistake is still an error with the rolled-up declarations.
  it('typechecks under nodenext, bundler and CommonJS, type tests included', async () => {
    await Promise.all([
      typecheck('tsconfig.nodenext.json'),
      typecheck('tsconfig.bundler.json'),
      typecheck('tsconfig.commonjs.json'),
    ]);
  }, 120_000);

  // A browser or edge project: no @types/node, no skipLibCheck. Every package's declarations must
  // stand on the DOM and ES libraries alone.
  it('typechecks without @types/node', async () => {
    await typecheck('tsconfig.no-node.json');
    for (const { name } of packed.filter((p) => !NOT_CLIENT.includes(p.name))) {
      for (const entry of ['index.d.ts', 'provider.d.ts']) {
        const file = join(project, 'node_modules', name, 'dist', entry);
        const text = await readFile(file, 'utf8').catch(() => '');
        expect(text, `${name}/dist/${entry}`).not.toMatch(/reference types="node"|from 'node:/);
      }
    }
  }, 60_000);

  it('runs a generate-and-wait against the mock, from ESM and from CommonJS', async () => {
    const esm = await generateAndWait('out/nodenext/generate-and-wait.js');
    expect(esm.status).toBe('succeeded');
    expect(esm.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__mediagen\/outputs\/\S+\.mp4$/);
    const commonjs = await generateAndWait('out/commonjs/generate-and-wait-commonjs.cjs');
    expect(commonjs.status).toBe('succeeded');
  }, 60_000);

  it('passes arethetypeswrong (esm-only profile) for every tarball', async () => {
    for (const { name, tarball } of packed) {
      const analysis = await checkPackage(
        createPackageFromTarballData(new Uint8Array(await readFile(tarball))),
      );
      const problems =
        'problems' in analysis
          ? analysis.problems.filter(
              (p) => !('resolutionKind' in p) || !IGNORED_RESOLUTIONS.includes(p.resolutionKind),
            )
          : [];
      expect(problems, `${name}: npx attw --profile esm-only ${tarball}`).toEqual([]);
    }
  }, 60_000);

  it('passes publint --strict for every tarball', async () => {
    for (const { name, tarball } of packed) {
      const data = await readFile(tarball);
      const { messages, pkg } = await publint({
        pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
        strict: true,
      });
      expect(
        messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`),
        name,
      ).toEqual([]);
    }
  });
});

describe('@mediagen/mock installed from its tarball', () => {
  it("runs a generate-and-wait from a project's own vitest global setup", async () => {
    const { stdout } = await run(
      process.execPath,
      [join(project, 'node_modules/vitest/vitest.mjs'), 'run'],
      { cwd: join(project, 'mock-user'), timeout: 60_000, env: { ...process.env, CI: '1' } },
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

describe('@mediagen/cli installed from its tarball', () => {
  it('`npx mediagen --help` lists the commands with an example', async () => {
    const { stdout } = await run('npx', ['--no-install', 'mediagen', '--help'], {
      cwd: project,
      timeout: 60_000,
    });
    for (const command of [
      'generate',
      'wait',
      'status',
      'cancel',
      'batch',
      'cost',
      'models',
      'balance',
      'login',
      'mock',
    ])
      expect(stdout).toContain(`  ${command} `);
    expect(stdout).toContain('Example:');
  });

  it('`npx mediagen generate … --json` runs a job against the mock', async () => {
    const { stdout } = await run(
      'npx',
      [
        '--no-install',
        'mediagen',
        '--json',
        'generate',
        'happyhorse',
        'createTask',
        '--prompt',
        'A fox',
        '--yes',
        '--base-url',
        inject('mocks').happyhorse!,
        '--api-key',
        'any',
        '--poll-ms',
        '20',
      ],
      { cwd: project, timeout: 60_000 },
    );
    expect(JSON.parse(stdout).jobs[0]).toMatchObject({
      status: 'succeeded',
      provider: 'happyhorse',
    });
  }, 90_000);
});
