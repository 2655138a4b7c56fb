/**
 * A job's walk through its status operation's documented examples: the running ones in spec order,
 * then the first example of the outcome's state bucket. Only examples that fit the submit count
 * (the metadata's `exampleWhen`), and one made for it wins over a general one, so an image job ends
 * on an image output.
 */
import type { JobReader, SubmitCondition } from '@mediagen/runtime';
import { readFirst } from '@mediagen/runtime/provider';
import type { Outcome } from './scenario.js';
import type { DocumentedExample } from './spec-document.js';
import { type SubmitInfo, whenMatches } from './when-matches.js';

/** A documented status example, with the submits it is made for, if only some. */
export interface WalkExample extends DocumentedExample {
  when?: SubmitCondition;
}

export interface WalkStep {
  example: WalkExample;
  /** Overrides the example's progress, when the scenario asks for its own number of steps. */
  progress?: number;
}

export interface JobWalk {
  running: WalkStep[];
  terminal: Partial<Record<Outcome, WalkExample>>;
}

const BUCKETS: Record<Outcome | 'running', keyof JobReader['states']> = {
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
};

export function planWalk(
  examples: readonly WalkExample[],
  reader: JobReader,
  submit: SubmitInfo,
  steps?: number,
): JobWalk {
  const fitting = examples.filter((e) => !e.when || whenMatches(e.when, submit));
  const inBucket = (bucket: Outcome | 'running') => {
    const states = reader.states[BUCKETS[bucket]];
    const all = fitting.filter((e) => states.includes(String(readFirst(e.value, reader.state))));
    const made = all.filter((e) => e.when);
    return made.length > 0 ? made : all;
  };
  const running = inBucket('running');
  const count = steps ?? running.length;
  const walk: WalkStep[] =
    running.length === 0
      ? []
      : Array.from({ length: count }, (_, i) => ({
          example: running[Math.floor((i * running.length) / count)]!,
          ...(steps !== undefined && reader.progress
            ? { progress: Math.round((100 * i) / count) }
            : {}),
        }));
  const terminal: JobWalk['terminal'] = {};
  for (const outcome of ['succeeded', 'failed', 'cancelled'] as const) {
    const first = inBucket(outcome)[0];
    if (first) terminal[outcome] = first;
  }
  return { running: walk, terminal };
}

/**
 * Where a job stands: one step per status read by default, or by elapsed provider time when the
 * scenario sets `stepMs`. `undefined` means it has ended.
 */
export function stepIndex(
  reads: number,
  elapsedMs: number,
  stepMs: number | undefined,
  timeScale: number,
): number {
  return stepMs === undefined ? reads : Math.floor((elapsedMs * timeScale) / Math.max(stepMs, 1));
}
