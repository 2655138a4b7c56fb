/**
 * The floor under a typical use's bundle: the same bundle with every module a generate-and-wait
 * does not run replaced by an empty stand-in (the methods a client carries for other uses, the
 * push endpoint, bus sharing, price formulas, the model check, local files, the raw-method guards,
 * and the provider's other helpers). No reshaping of the client's surface can go below it, so a
 * size target under it means giving up behaviour the typical use runs.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** Runtime modules (under packages/runtime/src/) a generate-and-wait never runs. */
export const NOT_ON_THE_TYPICAL_PATH = [
  'jobs/wait-all.ts',
  'jobs/wait-each.ts',
  'jobs/push-hub.ts',
  'jobs/pause-for-push.ts',
  'jobs/client-pushes.ts',
  'jobs/end-aborted-wait.ts',
  'jobs/list-look-source.ts',
  'state/share-ends.ts',
  'state/shared-polling.ts',
  'callback-url.ts',
  'pushes/create-push-handler.ts',
  'pushes/push-handler-helpers.ts',
  'pricing/price-formula.ts',
  'validation/model-check.ts',
  'validation/local-file.ts',
  'client/guard-methods.ts',
];

/**
 * The value names a module exports, as an importer may ask for them: declarations and export
 * lists (`export { a, b as c }`), not types.
 */
export function exportedValueNames(source: string): string[] {
  const declared = [
    ...source.matchAll(/^export (?:async )?(?:function\*?|const|let|var|class) (\w+)/gm),
  ].map((m) => m[1]!);
  const listed = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '' && !item.startsWith('type '))
      .map((item) => item.split(/\s+as\s+/).pop()!),
  );
  return [...new Set([...declared, ...listed])];
}

/** A stand-in that exports the same names, each a function that does nothing worth bundling. */
export function standIn(source: string): string {
  return exportedValueNames(source)
    .map((name) => `export const ${name} = (...args) => args;`)
    .join('\n');
}

/**
 * An esbuild plugin that stands in for the runtime's off-path modules and for every module of the
 * provider's own package except the client factory, the barrel, the generated code and `keep`.
 */
export function floorPlugin(provider: string, keep: readonly string[]): Plugin {
  const offPath = (path: string) =>
    NOT_ON_THE_TYPICAL_PATH.some((module) => path.endsWith(`/packages/runtime/src/${module}`));
  const otherHelper = (path: string) => {
    const own = path.match(new RegExp(`/packages/${provider}/src/([^/]+\\.ts)$`))?.[1];
    return (
      own !== undefined && own !== 'index.ts' && !own.startsWith('create-') && !keep.includes(own)
    );
  };
  return {
    name: 'typical-path-floor',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!offPath(path) && !otherHelper(path)) return undefined;
        return { contents: standIn(await readFile(path, 'utf8')), loader: 'js' };
      });
    },
  };
}
