import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('chaos: 1,000 jobs, about 20 % faults: redirects, stalled and cut-off bodies, aborts mid-submit', () => {
  it('settles every job typed, never duplicates a paid submit, and exits by itself', () => {
    const run = spawnSync(
      process.execPath,
      ['--conditions=@mediagen/source', '--import', 'tsx', 'test/chaos/chaos-run.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, CHAOS_JOBS: '1000' },
      },
    );
    // A process kept alive by a timer or socket hits the timeout instead of exiting.
    expect(run.error, run.stderr).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').pop()!);
    expect(summary.settled).toBe(1000);
    expect(summary.untyped).toBe(0);
    // Every job settled within its deadline plus one second, stalled bodies included.
    expect(summary.late).toBe(0);
    // The key was in no error thrown, and in nothing the run printed.
    expect(summary.keyLeaks).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('sk_chaos_0123456789');
    for (const fault of ['redirect-away', 'redirect-same-origin', 'stall', 'truncated-poll']) {
      expect(summary.faults[fault], fault).toBeGreaterThan(0);
    }
    expect(summary.abortedMidSubmit).toBeGreaterThan(0);
    expect(summary.duplicates).toBe(0);
    expect(summary.unhandled).toBe(0);
    expect(summary.resources).toEqual([]);
    const injected = Object.values(summary.faults as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(injected).toBeGreaterThan(500);
    // Most jobs get through the faults; the rest end in a typed error that says what happened.
    expect(summary.outcomes.succeeded).toBeGreaterThan(650);
    console.log(JSON.stringify(summary));
  }, 150_000);
});
