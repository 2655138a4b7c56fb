import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import workspace from '../../vitest.config.ts';

/**
 * `npm run test:browser`: the slower browser suite, run by .ci/run after `npm test` and kept out of
 * it (its files end in `.browser.ts`, which the root config does not include). It resolves
 * `@mediagen/*` as the root config does, and needs none of its mocks.
 */
export default defineConfig({
  resolve: workspace.resolve,
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/browser/**/*.browser.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // One browser, pages read one at a time: the docs build and Chromium share 2 cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
