/**
 * Where a bundle's bytes come from, by part of the architecture: the runtime's folders, the shared
 * facts at its root, openapi-fetch, a provider's generated metadata and its helpers. Sizes are the
 * minified bytes esbuild reports per input, which add up to the bundle (gzip does not split).
 */

export type Part =
  | 'openapi-fetch'
  | 'generated metadata'
  | 'provider helpers'
  | 'runtime: transport'
  | 'runtime: validation'
  | 'runtime: jobs'
  | 'runtime: client'
  | 'runtime: shared (errors, redaction, handles)'
  | 'runtime: pushes'
  | 'runtime: pricing'
  | 'runtime: state'
  | 'other';

const RUNTIME_FOLDERS: Record<string, Part> = {
  transport: 'runtime: transport',
  validation: 'runtime: validation',
  jobs: 'runtime: jobs',
  client: 'runtime: client',
  pushes: 'runtime: pushes',
  pricing: 'runtime: pricing',
  state: 'runtime: state',
};

/** The part an esbuild input path (relative to the bundle's working directory) belongs to. */
export function partOf(input: string): Part {
  if (/(^|\/)node_modules\/openapi-fetch\//.test(input)) return 'openapi-fetch';
  const runtime = input.match(/(?:^|\/)packages\/runtime\/src\/(.+)$/);
  if (runtime) {
    const [folder, ...rest] = runtime[1]!.split('/');
    if (rest.length === 0) return 'runtime: shared (errors, redaction, handles)';
    return RUNTIME_FOLDERS[folder!] ?? 'other';
  }
  if (/(?:^|\/)packages\/[a-z-]+\/src\/generated\//.test(input)) return 'generated metadata';
  if (/(?:^|\/)packages\/[a-z-]+\/src\//.test(input)) return 'provider helpers';
  return 'other';
}

/** Minified bytes per part, largest first, from esbuild's per-input `bytesInOutput`. */
export function weightByPart(
  inputs: Record<string, { bytesInOutput: number }>,
): Array<[Part, number]> {
  const weights = new Map<Part, number>();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const part = partOf(input);
    weights.set(part, (weights.get(part) ?? 0) + bytesInOutput);
  }
  return [...weights].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
}
