/**
 * `npm run test:node-lines`: the unit, contract, chaos, README and consumer tests (the two vitest
 * runs of `npm test`) on each Node line of scripts/node-lines/lines.ts, one line after another, then
 * a summary per line and a closing `N passed, N failed`. `npm test` itself stays on the machine's
 * Node; lint, typecheck and the spec checks do not depend on the Node line, so they are not repeated.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { root } from './list-providers.ts';
import { NODE_LINES } from './node-lines/lines.ts';
import { resolveNode } from './node-lines/resolve-node.ts';
import { runSuite, type Suite } from './node-lines/run-suite.ts';
import { type RunResult, runPassed, summarize } from './node-lines/run-summary.ts';

const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const SUITES: Suite[] = [
  { name: 'vitest', args: [vitest, 'run', '--exclude', 'test/consumer.test.ts'] },
  // As `vitest:packed` runs it: the packages packed and installed into a fresh project.
  {
    name: 'consumer',
    args: [vitest, 'run', 'test/consumer.test.ts'],
    env: { MEDIAGEN_MOCKS: 'happyhorse' },
  },
];
const SUITE_TIMEOUT_MS = 20 * 60_000;

// The consumer test packs the built packages: build them once, on the machine's Node (Turborepo
// replays the build `npm test` just made).
console.log('Building the packages for the consumer test…');
await promisify(execFile)('npm', ['run', 'build', '--', '--output-logs=errors-only'], {
  cwd: root,
  timeout: 10 * 60_000,
  maxBuffer: 64 * 1024 * 1024,
});

const results = new Map<string, RunResult[]>();
for (const { line, version } of NODE_LINES) {
  console.log(`\n━━ Node ${line} (${version}) ━━`);
  const runs: RunResult[] = [];
  results.set(version, runs);
  try {
    const node = await resolveNode(version);
    for (const suite of SUITES) runs.push(await runSuite(node, suite, root, SUITE_TIMEOUT_MS));
  } catch (error) {
    console.error((error as Error).message);
    runs.push({ suite: 'setup', exitCode: 1, ms: 0 });
  }
}

console.log(`\n${summarize(results).join('\n')}`);
process.exitCode = [...results.values()].flat().every(runPassed) ? 0 : 1;
