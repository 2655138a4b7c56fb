import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { splitTestFiles } from './test/helpers/test-isolation.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const resolve = {
  // Tests run against the packages' TypeScript sources, not their build.
  alias: [
    {
      find: /^@mediagen\/([a-z-]+)$/,
      replacement: fileURLToPath(new URL('./packages/$1/src/index.ts', import.meta.url)),
    },
    // A subpath entry (`@mediagen/runtime/provider`) is the file of that name beside index.ts.
    {
      find: /^@mediagen\/([a-z-]+)\/([a-z-]+)$/,
      replacement: fileURLToPath(new URL('./packages/$1/src/$2.ts', import.meta.url)),
    },
  ],
};
const files = splitTestFiles(root, [
  ...readdirSync(join(root, 'packages')).map((dir) => `packages/${dir}/src`),
  'scripts',
  'test',
]);

/**
 * Two projects over the same files, split by test/helpers/test-isolation.ts: `shared` files reuse
 * their worker and its loaded modules from one file to the next (isolation costs each file a fresh
 * worker and a fresh import of all it loads: half the suite's CPU), and `isolated` files, the few
 * that fake timers, stub globals or spy on shared objects, each get a fresh one.
 */
function project(
  name: string,
  include: string[],
  isolate: boolean,
): TestProjectInlineConfiguration {
  return {
    resolve,
    test: {
      name,
      root,
      include,
      isolate,
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  };
}

export default defineConfig({
  resolve,
  test: {
    // Started once for both projects (a project without a globalSetup of its own inherits the
    // root's provided mocks).
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [project('shared', files.shared, false), project('isolated', files.isolated, true)],
    // Most test files spend their time waiting on loopback servers, child processes and timers, not
    // on the CPU: a worker per core (vitest's default is one fewer, a single worker on 2 cores). More
    // would starve the loopback timing the mock and runtime tests lean on while npm test's other
    // tasks run beside them.
    maxWorkers: Math.max(2, availableParallelism()),
    // Unhandled rejections fail the run: a dropped promise could be a dropped paid job.
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
