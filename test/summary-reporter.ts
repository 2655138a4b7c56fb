import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** The first line of an error's message, short enough for a summary line. */
function firstLine(error: { message?: string } | undefined): string {
  const line = (error?.message ?? '').split('\n', 1)[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Ends the run with one `FAILED <file> > <test>: <message>` line per failure, then one plain
 * `N passed, N failed` line: the closing line CI reads to tell a run that tested something from one
 * that tested nothing. The failure lines sit at the end because CI keeps only a run's tail. An
 * unhandled error fails the run though every test passed, so it counts as a failure here too.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
  ) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const failures = unhandledErrors.map(
      (error) => `FAILED unhandled ${error.name ?? 'error'} outside any test: ${firstLine(error)}`,
    );
    for (const module of testModules) {
      // A file that failed to load has no tests to count: it counts as one failure.
      for (const error of module.errors()) {
        failed++;
        failures.push(`FAILED ${module.relativeModuleId}: ${firstLine(error)}`);
      }
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') {
          failed++;
          failures.push(
            `FAILED ${module.relativeModuleId} > ${test.fullName}: ${firstLine(result.errors?.[0])}`,
          );
        } else skipped++;
      }
    }
    const closing = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    console.log(['', ...failures, closing].join('\n'));
  }
}
