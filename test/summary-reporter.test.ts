import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SerializedError, TestModule } from 'vitest/node';
import SummaryReporter from './summary-reporter.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the reporter prints for a run with these modules and unhandled errors. */
function printed(modules: TestModule[], unhandled: SerializedError[]): string[] {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  new SummaryReporter().onTestRunEnd(modules, unhandled);
  return String(log.mock.calls[0]?.[0]).split('\n').filter(Boolean);
}

/** A module with tests in the given states, as Vitest's reporter API shows it. */
function module(id: string, states: Array<'passed' | 'failed' | 'skipped'>): TestModule {
  const tests = states.map((state, i) => ({
    fullName: `test ${i}`,
    result: () => ({ state, errors: state === 'failed' ? [{ message: `boom ${i}\nmore` }] : [] }),
  }));
  return {
    relativeModuleId: id,
    errors: () => [],
    children: { allTests: () => tests },
  } as unknown as TestModule;
}

describe('the summary reporter', () => {
  it('ends with a FAILED line per failed test and the counts', () => {
    expect(printed([module('a.test.ts', ['passed', 'failed', 'skipped'])], [])).toEqual([
      'FAILED a.test.ts > test 1: boom 1',
      '1 passed, 1 failed, 1 skipped',
    ]);
  });

  it('counts an unhandled error as a failure, since it fails the run', () => {
    const unhandled = { name: 'Error', message: 'stopped by the caller' } as SerializedError;
    expect(printed([module('a.test.ts', ['passed'])], [unhandled])).toEqual([
      'FAILED unhandled Error outside any test: stopped by the caller',
      '1 passed, 1 failed',
    ]);
  });
});
