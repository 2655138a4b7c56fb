import { describe, expect, it } from 'vitest';
import { batchExitCode, lineExitCode } from './batch-exit-code.js';
import { EXIT } from './exit-codes.js';

const error = (exitCode: number) => ({ name: 'E', message: 'm', exitCode });

describe('lineExitCode', () => {
  it.each([
    ['succeeded', { status: 'succeeded' }, EXIT.ok],
    ['invalid', { status: 'invalid', error: error(EXIT.invalidInput) }, EXIT.invalidInput],
    ['failed', { status: 'failed', error: error(EXIT.jobFailed) }, EXIT.jobFailed],
    ['unknown', { status: 'unknown', error: error(EXIT.outcomeUnknown) }, EXIT.outcomeUnknown],
    ['an error with no code recorded', { status: 'error' }, EXIT.error],
  ] as const)('%s', (_, result, code) => {
    expect(lineExitCode(result)).toBe(code);
  });
});

describe('batchExitCode', () => {
  it.each([
    [
      'every line succeeded',
      [
        [1, 0],
        [2, 0],
      ],
      false,
      EXIT.ok,
    ],
    ['no line ended', [], false, EXIT.ok],
    [
      'one invalid line among successes',
      [
        [1, 0],
        [2, EXIT.invalidInput],
        [3, 0],
      ],
      false,
      EXIT.invalidInput,
    ],
    [
      'the first failing line in file order, though it settled last',
      [
        [3, EXIT.jobFailed],
        [2, EXIT.invalidInput],
      ],
      false,
      EXIT.invalidInput,
    ],
    [
      'a line that stopped waiting (timed out)',
      [
        [1, 0],
        [4, EXIT.timeout],
      ],
      false,
      EXIT.timeout,
    ],
    [
      'interrupted, whatever the lines did',
      [
        [1, 0],
        [2, EXIT.jobFailed],
      ],
      true,
      EXIT.interrupted,
    ],
  ] as const)('%s', (_, codes, interrupted, code) => {
    expect(batchExitCode(new Map(codes), interrupted)).toBe(code);
  });
});
