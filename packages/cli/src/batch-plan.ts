/**
 * What a batch run does with each line, from what the journal recorded: a pure decision.
 * - nothing recorded: submit it (a fresh idempotency key where the provider takes one);
 * - settled: nothing (its result is already in the results);
 * - submitted: wait for its jobs from their handles;
 * - a submit started and never answered: send it again with the same key where the provider takes
 *   one (it returns the same job, not a second charge); where it does not, the job may exist and a
 *   second submit could pay twice, so the line is settled `unknown` and never re-sent.
 */
import type { JobHandle } from '@mediagen/runtime';
import type { JournalEvent, LineResult } from './journal.js';

export type LinePlan =
  | { action: 'submit' }
  | { action: 'resubmit'; idempotencyKey: string }
  | { action: 'wait'; handles: JobHandle[] }
  | { action: 'unknown' }
  | { action: 'done'; result: LineResult };

export interface PlannedLine {
  plan: LinePlan;
  /** The hash the journal recorded for the line, to refuse a jobs file edited under a journal. */
  hash?: string;
}

export function planLines(events: readonly JournalEvent[]): Map<number, PlannedLine> {
  const plans = new Map<number, PlannedLine>();
  for (const event of events) {
    const hash = 'hash' in event ? event.hash : plans.get(event.line)?.hash;
    const plan: LinePlan =
      event.event === 'settled'
        ? { action: 'done', result: event.result }
        : event.event === 'submitted'
          ? { action: 'wait', handles: event.handles }
          : event.idempotencyKey
            ? { action: 'resubmit', idempotencyKey: event.idempotencyKey }
            : { action: 'unknown' };
    plans.set(event.line, { plan, ...(hash ? { hash } : {}) });
  }
  return plans;
}

/**
 * Whether the plan sends a submit, so its cost is confirmed in this run: a resubmit may never have
 * reached the provider, and then it is a new paid job (unknown means paid), whatever an earlier run
 * was allowed to spend.
 */
export function sendsSubmit(plan: LinePlan): boolean {
  return plan.action === 'submit' || plan.action === 'resubmit';
}
