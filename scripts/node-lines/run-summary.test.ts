import { describe, expect, it } from 'vitest';
import {
  closingCounts,
  failureLines,
  type RunResult,
  runPassed,
  summarize,
} from './run-summary.ts';

describe('closingCounts', () => {
  it.each([
    [
      'the last closing line',
      'x\n3 passed, 1 failed\nmore\n10 passed, 0 failed\n',
      { passed: 10, failed: 0, skipped: 0 },
    ],
    ['skipped counts', '5 passed, 0 failed, 2 skipped', { passed: 5, failed: 0, skipped: 2 }],
    ['padded lines', '  7 passed, 2 failed  \r\n', { passed: 7, failed: 2, skipped: 0 }],
    ['no closing line', 'Tests 5 passed (5)\n', undefined],
  ])('%s', (_case, output, counts) => {
    expect(closingCounts(output)).toEqual(counts);
  });
});

describe('failureLines', () => {
  it("keeps the summary reporter's FAILED lines, in order, and nothing else", () => {
    const output = [
      ' FAIL  test/a.test.ts > waits',
      'FAILED test/a.test.ts > waits: expected 1 to be 2',
      '  FAILED test/b.test.ts: Cannot find module',
      '1 passed, 2 failed',
    ].join('\n');
    expect(failureLines(output)).toEqual([
      'FAILED test/a.test.ts > waits: expected 1 to be 2',
      'FAILED test/b.test.ts: Cannot find module',
    ]);
  });
});

const run = (over: Partial<RunResult>): RunResult => ({
  suite: 'vitest',
  exitCode: 0,
  counts: { passed: 4, failed: 0, skipped: 0 },
  ms: 61_400,
  ...over,
});

describe('runPassed', () => {
  it.each([
    ['exit 0, tests passed', run({}), true],
    ['a failure', run({ counts: { passed: 3, failed: 1, skipped: 0 } }), false],
    ['a non-zero exit', run({ exitCode: 1 }), false],
    ['killed', run({ exitCode: null }), false],
    ['no closing line', run({ counts: undefined }), false],
    ['no test ran', run({ counts: { passed: 0, failed: 0, skipped: 0 } }), false],
  ])('%s', (_case, result, passed) => {
    expect(runPassed(result)).toBe(passed);
  });
});

describe('summarize', () => {
  it('gives a line per Node line and a closing line', () => {
    const results = new Map([
      ['22.23.5', [run({}), run({ suite: 'consumer', ms: 40_000 })]],
      [
        '24.22.3',
        [
          run({
            counts: { passed: 3, failed: 1, skipped: 0 },
            exitCode: 1,
            failures: ['FAILED test/a.test.ts > waits: timed out'],
          }),
          run({ suite: 'consumer', counts: undefined, exitCode: 1 }),
        ],
      ],
    ]);
    expect(summarize(results)).toEqual([
      'Node lines:',
      '  ✓ node 22.23.5: vitest 4 passed, 0 failed (61 s); consumer 4 passed, 0 failed (40 s)',
      '  ✗ node 24.22.3: vitest 3 passed, 1 failed, exit 1 (61 s); consumer printed no result, exit 1 (61 s)',
      '      FAILED test/a.test.ts > waits: timed out',
      '',
      '11 passed, 2 failed',
    ]);
  });
});
