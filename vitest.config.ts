import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
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
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Most test files spend their time waiting on loopback servers, child processes and timers, not
    // on the CPU: a worker per core (vitest's default is one fewer, a single worker on 2 cores). More
    // would starve the loopback timing the mock and runtime tests lean on while npm test's other
    // tasks run beside them.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Unhandled rejections fail the run: a dropped promise could be a dropped paid job.
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
