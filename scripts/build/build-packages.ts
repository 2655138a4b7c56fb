/**
 * The one build every package shares: `npm run build` at the root builds them all, in one process;
 * `npm run build` in a package directory (scripts/build/build-package.ts) builds that one. For each
 * entry point (`src/index.ts`, and `src/<name>.ts` for every subpath `./<name>` the package.json
 * exports) it writes
 * - `dist/<name>.js`: the entry bundled as ESM (dependencies stay imports), with a source map that
 *   embeds the sources, so stack traces and debuggers work without `src/`; code two entries share
 *   goes to one chunk, so a class (an error) is one class whichever entry it is imported from;
 * - `dist/<name>.d.ts`: the declarations rolled up into one file, importing sibling packages by name.
 *
 * Declarations are made level by level (scripts/build/dependency-levels.ts): one TypeScript program
 * per level checks and rolls up every package of it against the built `.d.ts` of the levels before,
 * where a program per package would parse the same libraries and siblings ten times over. A
 * package's files are all made in memory first: a failed build leaves its previous `dist` as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateDtsBundle } from 'dts-bundle-generator';
import { build, type OutputFile } from 'esbuild';
import { dependencyLevels } from './dependency-levels.ts';

const root = resolve(import.meta.dirname, '../..');

interface Package {
  name: string;
  dir: string;
  dependencies: string[];
  /** `index`, and each subpath entry's name (`provider`). */
  entries: string[];
}

function readPackage(dir: string): Package {
  const manifest = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
    dependencies?: Record<string, string>;
  };
  // `.` is `index`; `./provider` is `provider`; file exports (`./openapi.json`) are not entries.
  const entries = Object.keys(manifest.exports)
    .filter((key) => key === '.' || /^\.\/[a-z-]+$/.test(key))
    .map((key) => (key === '.' ? 'index' : key.slice(2)));
  return {
    name: manifest.name,
    dir,
    dependencies: Object.keys(manifest.dependencies ?? {}),
    entries,
  };
}

const entryFile = (pkg: Package, entry: string) => resolve(pkg.dir, `src/${entry}.ts`);

function bundle(pkg: Package): Promise<OutputFile[]> {
  return build({
    // Paths in comments and source maps are from the package, as its own build always wrote them.
    absWorkingDir: pkg.dir,
    entryPoints: pkg.entries.map((entry) => entryFile(pkg, entry)),
    outdir: resolve(pkg.dir, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: true,
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles);
}

/** Every package's rolled-up declarations, per entry, from one program (throws on a type error). */
function declarations(packages: Package[]): Map<Package, string[]> {
  const files = packages.flatMap((pkg) => pkg.entries.map((entry) => entryFile(pkg, entry)));
  const texts = generateDtsBundle(
    files.map((filePath) => ({
      filePath,
      output: { noBanner: true, exportReferencedTypes: false },
    })),
    // Unfollowed, a workspace link to a sibling package stays an import instead of being inlined.
    { preferredConfigPath: resolve(root, 'tsconfig.build.json'), followSymlinks: false },
  );
  let next = 0;
  return new Map(packages.map((pkg) => [pkg, pkg.entries.map(() => texts[next++]!)]));
}

async function writeDist(pkg: Package, bundled: OutputFile[], declared: string[]): Promise<void> {
  const dist = resolve(pkg.dir, 'dist');
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  for (const file of bundled) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents);
  }
  for (const [i, entry] of pkg.entries.entries())
    await writeFile(resolve(dist, `${entry}.d.ts`), declared[i]!);
}

/** Builds the packages in these directories, each after the workspace packages it depends on. */
export async function buildPackages(dirs: readonly string[]): Promise<void> {
  const packages = dirs.map(readPackage);
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  // esbuild works in its own process: every bundle is made while TypeScript checks declarations.
  const bundles = new Map(packages.map((pkg) => [pkg, bundle(pkg)]));
  for (const promise of bundles.values()) promise.catch(() => {});
  for (const level of dependencyLevels(packages)) {
    const members = level.map((name) => byName.get(name)!);
    const declared = declarations(members);
    for (const pkg of members) await writeDist(pkg, await bundles.get(pkg)!, declared.get(pkg)!);
  }
}

/** Every package directory under packages/. */
export async function workspacePackageDirs(): Promise<string[]> {
  const names = await readdir(resolve(root, 'packages'));
  return names
    .map((name) => resolve(root, 'packages', name))
    .filter((dir) => existsSync(resolve(dir, 'package.json')));
}

if (process.argv[1] === import.meta.filename) await buildPackages(await workspacePackageDirs());
