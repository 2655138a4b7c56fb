/**
 * Which test files run isolated (a fresh module graph each, in vitest's `isolated` project) and
 * which share their worker's modules with the files before them (the `shared` project). Isolation
 * costs every file a new worker and a fresh import of everything it loads (Prism alone is seconds),
 * so a file shares unless it changes what the next file in its worker would see: fake timers,
 * stubbed globals or env, spies on shared objects, module mocks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The calls that leave process-wide state behind if a file forgets to undo them. */
const PROCESS_WIDE = /\bvi\.(useFakeTimers|stubGlobal|stubEnv|spyOn|mock|doMock|hoisted)\(/;

export function needsIsolation(source: string): boolean {
  return PROCESS_WIDE.test(source);
}

export interface TestFiles {
  shared: string[];
  isolated: string[];
}

/** Every `*.test.ts` under `dirs` (from `root`; node_modules left out), split by `needsIsolation`. */
export function splitTestFiles(root: string, dirs: readonly string[]): TestFiles {
  const files: TestFiles = { shared: [], isolated: [] };
  for (const dir of dirs.filter((d) => existsSync(join(root, d)))) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.test.ts') || entry.split(/[\\/]/).includes('node_modules')) continue;
      const path = join(root, dir, entry);
      const group = needsIsolation(readFileSync(path, 'utf8')) ? 'isolated' : 'shared';
      files[group].push(relative(root, path).replaceAll('\\', '/'));
    }
  }
  return files;
}
