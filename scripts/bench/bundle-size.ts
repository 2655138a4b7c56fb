/**
 * Bundle size of a typical use: each provider's client and its main helper, bundled for the browser
 * by esbuild (minified, ESM) and gzipped at level 9, next to openapi-fetch alone in the same run.
 * Targets (issue #18): HappyHorse ≤ 12 kB, every provider ≤ 16 kB.
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { floorPlugin } from './bundle-floor.ts';
import { type Part, weightByPart } from './bundle-parts.ts';

export const SIZE_TARGETS_KB = { happyhorse: 12, provider: 16 } as const;

/**
 * What a user writes: create the client, call the main helper; and the provider's own modules that
 * helper runs (the floor keeps them).
 */
const TYPICAL_USE: Record<string, { code: string; helperModules: string[] }> = {
  happyhorse: {
    code: `import { createHappyHorseClient } from '@mediagen/happyhorse';
export const run = () => createHappyHorseClient().generateVideo({ prompt: 'a horse' });`,
    helperModules: ['generate-video.ts'],
  },
  horacle: {
    code: `import { createHoracleClient } from '@mediagen/horacle';
export const run = () => createHoracleClient().generateImage({ model: 'flux-schnell', prompt: 'a horse' });`,
    helperModules: ['generation.ts', 'answer-or-wait.ts', 'answers.ts'],
  },
  killatamata: {
    code: `import { createKillaTamataClient } from '@mediagen/killatamata';
export const run = () => createKillaTamataClient().generate('image.generate', { prompt: 'a horse' });`,
    helperModules: ['generate.ts'],
  },
  kubeez: {
    code: `import { createKubeezClient } from '@mediagen/kubeez';
export const run = () => createKubeezClient().generateMedia({ model: 'flux', prompt: 'a horse' });`,
    helperModules: ['generation.ts', 'media-schedule.ts'],
  },
  vydra: {
    code: `import { createVydraClient } from '@mediagen/vydra';
export const run = () => createVydraClient().generate('veo3', { prompt: 'a horse' });`,
    helperModules: ['generate.ts', 'model-routes.ts'],
  },
};

export interface BundleSize {
  min: number;
  gz: number;
  /** Minified bytes by part of the architecture, largest first. */
  parts: Array<[Part, number]>;
}

export async function bundleSize(
  root: string,
  entry: string,
  plugins: Plugin[] = [],
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@mediagen/source'],
    // Node built-ins a browser bundle never reaches (the Node listener) are not bundle weight.
    external: ['node:*'],
    write: false,
    metafile: true,
    plugins,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    min: code.length,
    gz: gzipSync(code, { level: 9 }).length,
    parts: weightByPart(output.inputs),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Markdown lines with the results. */
export async function bundleSizeBench(root: string): Promise<string[]> {
  const fetchOnly = await bundleSize(
    root,
    `import createClient from 'openapi-fetch';\nexport const client = () => createClient({});`,
  );
  const lines = [
    '### Bundle size of a typical use (esbuild, browser, minified, gzip -9)',
    '',
    'The floor is the same bundle with every module a generate-and-wait does not run stubbed out',
    '(`scripts/bench/bundle-floor.ts`): no reshaping of the client goes below it.',
    '',
    '| bundle | min | min+gz | × openapi-fetch (gz) | floor (gz) | target (gz) |',
    '|---|---:|---:|---:|---:|---|',
    `| openapi-fetch alone | ${kb(fetchOnly.min)} | ${kb(fetchOnly.gz)} | 1.00 | | |`,
  ];
  const sizes: Array<[string, BundleSize]> = [];
  for (const [provider, { code, helperModules }] of Object.entries(TYPICAL_USE)) {
    const size = await bundleSize(root, code);
    const floor = await bundleSize(root, code, [floorPlugin(provider, helperModules)]);
    sizes.push([provider, size]);
    const target =
      provider === 'happyhorse' ? SIZE_TARGETS_KB.happyhorse : SIZE_TARGETS_KB.provider;
    const met = size.gz <= target * 1024 ? 'met' : 'NOT met';
    lines.push(
      `| ${provider}: client + main helper | ${kb(size.min)} | ${kb(size.gz)} | ${(size.gz / fetchOnly.gz).toFixed(2)} | ${kb(floor.gz)} | ≤ ${target} kB, ${met} |`,
    );
  }
  lines.push('', ...partsTable(sizes), '');
  return lines;
}

/**
 * Where each typical use's bytes go, so a size target can be weighed against the parts that carry
 * it: minified kB per part, and the share of the bundle.
 */
function partsTable(sizes: Array<[string, BundleSize]>): string[] {
  const parts = [...new Set(sizes.flatMap(([, size]) => size.parts.map(([part]) => part)))];
  const weight = (size: BundleSize, part: Part) =>
    size.parts.find(([name]) => name === part)?.[1] ?? 0;
  parts.sort((a, b) => weight(sizes[0]![1], b) - weight(sizes[0]![1], a));
  return [
    'Where the minified bytes go (kB, and share of the bundle):',
    '',
    `| part | ${sizes.map(([provider]) => provider).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    ...parts.map(
      (part) =>
        `| ${part} | ${sizes
          .map(([, size]) => {
            const bytes = weight(size, part);
            return `${kb(bytes)} (${Math.round((100 * bytes) / size.min)} %)`;
          })
          .join(' | ')} |`,
    ),
  ];
}
