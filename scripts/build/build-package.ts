/**
 * `npm run build` in any package under packages/: the one build every package shares, so a new
 * package copied from an existing one builds without edits. It writes
 * - `dist/index.js`: `src/index.ts` bundled into one ESM file (dependencies stay imports), with a
 *   source map that embeds the sources, so stack traces and debuggers work without `src/`;
 * - `dist/index.d.ts`: the declarations rolled up into one file, importing sibling packages by name.
 * Both are made in memory first: a failed build leaves the previous `dist` as it was.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateDtsBundle } from 'dts-bundle-generator';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const packageDir = process.cwd();
const entry = resolve(packageDir, 'src/index.ts');
const dist = resolve(packageDir, 'dist');

const { outputFiles } = await build({
  entryPoints: [entry],
  outfile: resolve(dist, 'index.js'),
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
const [declarations] = generateDtsBundle(
  [{ filePath: entry, output: { noBanner: true, exportReferencedTypes: false } }],
  // Unfollowed, a workspace link to a sibling package stays an import instead of being inlined.
  { preferredConfigPath: resolve(root, 'tsconfig.build.json'), followSymlinks: false },
);

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
for (const file of outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
await writeFile(resolve(dist, 'index.d.ts'), declarations!);
