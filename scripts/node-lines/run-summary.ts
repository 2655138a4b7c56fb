/** What one test run on one Node line came to. */
export interface RunResult {
  suite: string;
  exitCode: number | null;
  /** From the run's closing `N passed, N failed` line; undefined when it printed none. */
  counts?: { passed: number; failed: number; skipped: number };
  /** The run's `FAILED …` lines (the summary reporter's), so the summary names what failed. */
  failures?: string[];
  ms: number;
}

const CLOSING = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

/** The counts of the last plain `N passed, N failed[, N skipped]` line of a run's output. */
export function closingCounts(output: string): RunResult['counts'] {
  const lines = output.split(/\r?\n/).map((line) => line.trim());
  for (const line of lines.reverse()) {
    const match = CLOSING.exec(line);
    if (match) {
      return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
    }
  }
  return undefined;
}

/** The `FAILED <file> > <test>: <message>` lines the summary reporter printed, in order. */
export function failureLines(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('FAILED '));
}

/** A run passed when it exited 0 and said it ran tests and none failed. */
export function runPassed(run: RunResult): boolean {
  return (
    run.exitCode === 0 &&
    run.counts !== undefined &&
    run.counts.failed === 0 &&
    run.counts.passed > 0
  );
}

function describeRun(run: RunResult): string {
  const seconds = `${Math.round(run.ms / 1000)} s`;
  if (!run.counts) return `${run.suite} printed no result, exit ${run.exitCode} (${seconds})`;
  const { passed, failed, skipped } = run.counts;
  const exit = run.exitCode === 0 ? '' : `, exit ${run.exitCode}`;
  return `${run.suite} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${exit} (${seconds})`;
}

/** One summary line per Node line, then the plain closing line CI reads. */
export function summarize(results: ReadonlyMap<string, readonly RunResult[]>): string[] {
  const lines = [...results].map(([node, runs]) => {
    const ok = runs.length > 0 && runs.every(runPassed);
    const failures = runs.flatMap((run) => run.failures ?? []).map((line) => `      ${line}`);
    return [`  ${ok ? '✓' : '✗'} node ${node}: ${runs.map(describeRun).join('; ')}`, ...failures];
  });
  const all = [...results.values()].flat();
  const passed = all.reduce((n, run) => n + (run.counts?.passed ?? 0), 0);
  const failed = all.reduce((n, run) => n + (run.counts?.failed ?? 0), 0);
  // A run that died without a closing line counts as one failure, so the total cannot read green.
  const silent = all.filter((run) => !runPassed(run) && (run.counts?.failed ?? 0) === 0).length;
  return ['Node lines:', ...lines.flat(), '', `${passed} passed, ${failed + silent} failed`];
}
