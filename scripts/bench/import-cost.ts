/**
 * Import cost: how long a fresh Node process takes to import a provider package's published build
 * (`dist`, resolved as a consumer resolves it), against importing openapi-fetch alone. Each sample
 * is its own process, so nothing is cached; the contenders alternate in rounds so machine load hits
 * them alike, and each ratio is the median of per-round ratios. Target: ≤ 2× openapi-fetch.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const IMPORT_COST_TARGET = 2;

async function importMs(root: string, specifier: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    timeout: 30_000,
  });
  return Number(stdout.trim());
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Every package with generated provider metadata: the ones a user imports to call an API. */
function providerPackages(root: string): string[] {
  return readdirSync(resolve(root, 'packages'))
    .filter((dir) => existsSync(resolve(root, 'packages', dir, 'src/generated/metadata.ts')))
    .filter((dir) => existsSync(resolve(root, 'packages', dir, 'dist/index.js')))
    .map((dir) => `@mediagen/${dir}`);
}

/** Markdown lines with the results; needs the packages built (`npm run build`). */
export async function importCost(root: string, rounds: number): Promise<string[]> {
  const contenders = ['openapi-fetch', ...providerPackages(root)];
  const times = new Map<string, number[]>(contenders.map((c) => [c, []]));
  for (let r = 0; r < rounds; r++)
    for (const specifier of contenders) times.get(specifier)!.push(await importMs(root, specifier));
  const base = times.get('openapi-fetch')!;
  const lines = [
    '### Import cost (fresh process, built `dist`)',
    '',
    '| import | ms (median) | × openapi-fetch (median of per-round ratios) |',
    '|---|---:|---:|',
  ];
  let worst = 0;
  for (const [specifier, ms] of times) {
    const ratio = median(ms.map((t, i) => t / base[i]!));
    if (specifier !== 'openapi-fetch') worst = Math.max(worst, ratio);
    lines.push(`| ${specifier} | ${median(ms).toFixed(2)} | ${ratio.toFixed(2)} |`);
  }
  lines.push(
    '',
    `Target: every provider package imports in ≤ ${IMPORT_COST_TARGET}× openapi-fetch's time (worst: ${worst.toFixed(2)}×, ${worst <= IMPORT_COST_TARGET ? 'met' : 'NOT met'}).`,
    '',
  );
  return lines;
}
