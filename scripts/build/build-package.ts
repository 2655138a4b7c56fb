/**
 * `npm run build` in any package under packages/: the one build every package shares, so a new
 * package copied from an existing one builds without edits. For each entry point (`src/index.ts`,
 * and `src/<name>.ts` for every subpath `./<name>` the package.json exports) it writes
 * - `dist/<name>.js`: the entry bundled as ESM (dependencies stay imports), with a source map that
 *   embeds the sources, so stack traces and debuggers work without `src/`; code two entries share
 *   goes to one chunk, so a class (an error) is one class whichever entry it is imported from;
 * - `dist/<name>.d.ts`: the declarations rolled up into one file, importing sibling packages by name.
 * All are made in memory first: a failed build leaves the previous `dist` as it was.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateDtsBundle } from 'dts-bundle-generator';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const packageDir = process.cwd();
const dist = resolve(packageDir, 'dist');
const { exports } = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};
/** `.` is `index`; `./provider` is `provider`; file exports (`./openapi.json`) are not entries. */
const names = Object.keys(exports)
  .filter((key) => key === '.' || /^\.\/[a-z-]+$/.test(key))
  .map((key) => (key === '.' ? 'index' : key.slice(2)));
const entries = names.map((name) => resolve(packageDir, `src/${name}.ts`));

const { outputFiles } = await build({
  entryPoints: entries,
  outdir: dist,
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
});
const declarations = generateDtsBundle(
  entries.map((filePath) => ({
    filePath,
    output: { noBanner: true, exportReferencedTypes: false },
  })),
  // Unfollowed, a workspace link to a sibling package stays an import instead of being inlined.
  { preferredConfigPath: resolve(root, 'tsconfig.build.json'), followSymlinks: false },
);

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
for (const file of outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
for (const [i, name] of names.entries())
  await writeFile(resolve(dist, `${name}.d.ts`), declarations[i]!);
