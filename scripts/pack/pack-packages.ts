/**
 * Packs every workspace package into the tarball it would publish: its built `dist`, the files its
 * `files` lists, README, LICENSE, and the manifest `publishManifest` derives. Each is packed from a
 * staging copy, so the workspace package.json is never rewritten, not even for a moment.
 *
 * `npm run pack:tarballs` (after `npm run build`) writes them to `dist-tarballs/`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Manifest, manifestProblems, publishManifest } from './publish-manifest.ts';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../..');

export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the .tgz. */
  tarball: string;
}

/** Every non-private package under packages/, with its path from the repo root. */
export async function listPackages(): Promise<{ dir: string; manifest: Manifest }[]> {
  const names = (await readdir(resolve(root, 'packages'))).sort();
  const found = await Promise.all(
    names
      .filter((name) => existsSync(resolve(root, 'packages', name, 'package.json')))
      .map(async (name) => ({
        dir: `packages/${name}`,
        manifest: JSON.parse(
          await readFile(resolve(root, 'packages', name, 'package.json'), 'utf8'),
        ) as Manifest,
      })),
  );
  return found.filter(({ manifest }) => !manifest.private);
}

async function stage(dir: string, manifest: Manifest, into: string): Promise<void> {
  const problems = manifestProblems(manifest, dir);
  if (!existsSync(resolve(root, dir, 'dist/index.js')))
    problems.push('dist/index.js is missing: run `npm run build` at the repo root first.');
  if (problems.length > 0)
    throw new Error(`${dir}/package.json cannot be packed:\n  ${problems.join('\n  ')}`);
  const files = [...((manifest.files as string[] | undefined) ?? []), 'README.md', 'LICENSE'];
  for (const file of files) {
    const from = resolve(root, dir, file);
    if (existsSync(from)) await cp(from, join(into, file), { recursive: true });
  }
  await writeFile(
    join(into, 'package.json'),
    `${JSON.stringify(publishManifest(manifest), null, 2)}\n`,
  );
}

/** Packs every package into `outDir` with one `npm pack` run; returns the tarballs. */
export async function packPackages(outDir: string): Promise<PackedPackage[]> {
  const packages = await listPackages();
  const staging = await mkdtemp(join(tmpdir(), 'mediagen-stage-'));
  try {
    // Settled, not raced: every package's problems are reported at once, and no copy is still
    // running when the staging directory is removed.
    const staged = await Promise.allSettled(
      packages.map(async ({ dir, manifest }, i) => {
        const into = join(staging, String(i));
        await mkdir(into);
        await stage(dir, manifest, into);
        return into;
      }),
    );
    const failures = staged.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    if (failures.length > 0) throw new Error(failures.join('\n'));
    const dirs = staged.map((s) => (s as PromiseFulfilledResult<string>).value);
    await mkdir(outDir, { recursive: true });
    const { stdout } = await run(
      'npm',
      ['pack', ...dirs, '--ignore-scripts', '--json', '--pack-destination', outDir],
      { cwd: staging, timeout: 60_000 },
    );
    return (JSON.parse(stdout) as { name: string; version: string; filename: string }[]).map(
      (p) => ({ name: p.name, version: p.version, tarball: resolve(outDir, p.filename) }),
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  const outDir = resolve(root, 'dist-tarballs');
  await rm(outDir, { recursive: true, force: true });
  for (const { name, version, tarball } of await packPackages(outDir))
    console.log(`${name}@${version}  ${tarball}`);
}
