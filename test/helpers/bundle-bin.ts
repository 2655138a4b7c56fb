/**
 * A workspace bin as one ES module program, bundled once from the TypeScript sources by esbuild, for
 * the tests that run it as a child process many times: each `node --import tsx` start costs ~0.5 s
 * of CPU in tsx's loader before the program runs, the bundle ~0.1 s. Third-party packages stay
 * imports (every dependency a workspace manifest names), resolved as the bin's own: the bundle is
 * written under its package's node_modules/.cache. Its directory is named by its content, so
 * workers and runs that bundle the same sources share it.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { root } from '../../scripts/list-providers.ts';

/**
 * Under the node_modules of the package the bin belongs to: its imports resolve from there as from
 * the bin itself (the CLI's own commander, not the root's).
 */
function cacheFor(bin: string): string {
  let dir = dirname(resolve(root, bin));
  while (!existsSync(join(dir, 'package.json')) && dir !== root) dir = dirname(dir);
  return join(dir, 'node_modules/.cache/mediagen-test-bins');
}

/** Every package the workspace depends on but @mediagen/* (a name covers its subpaths too). */
function thirdParty(): string[] {
  const manifests = [
    'package.json',
    ...readdirSync(resolve(root, 'packages')).map((dir) => `packages/${dir}/package.json`),
  ].filter((path) => existsSync(resolve(root, path)));
  const names = manifests.flatMap((path) => {
    const manifest = JSON.parse(readFileSync(resolve(root, path), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  });
  return [...new Set(names)].filter((name) => !name.startsWith('@mediagen/'));
}
const bundled = new Map<string, string>();

/** The bundle of `bin` (a path from the repo root); returns the path of its entry module. */
export function bundleBin(bin: string): string {
  const known = bundled.get(bin);
  if (known) return known;
  const entry = basename(bin).replace(/\.[cm]?[jt]s$/, '');
  const { outputFiles } = buildSync({
    entryPoints: [resolve(root, bin)],
    absWorkingDir: root,
    bundle: true,
    // The providers a command loads on demand stay separate chunks, loaded on demand.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    conditions: ['@mediagen/source'],
    outdir: '/bundle',
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'warning',
    external: thirdParty(),
  });
  const hash = createHash('sha256');
  for (const file of outputFiles) hash.update(file.path).update(file.contents);
  const dir = join(cacheFor(bin), `${entry}-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(dir)) {
    // Written aside, then renamed into place: a worker bundling the same sources at the same time
    // finds the directory whole or not at all.
    const scratch = `${dir}.${process.pid}`;
    for (const file of outputFiles) {
      const path = join(scratch, relative('/bundle', file.path));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    try {
      renameSync(scratch, dir);
    } catch {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const path = join(dir, `${entry}.mjs`);
  bundled.set(bin, path);
  return path;
}
