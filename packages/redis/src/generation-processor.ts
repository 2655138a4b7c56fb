import type { JobHandle, JobProgress, JobResult, JobStore, WaitOptions } from '@mediagen/runtime';
import { type Job, UnrecoverableError } from 'bullmq';
import { isFinalFailure } from './bullmq-failure.js';
import type { JournalClient } from './journal-client.js';
import { checkSubmitClaimMs, type JournalOptions, runJournaled } from './journaled-job.js';

/** A BullMQ job's data, by default: the submit to run, as the client's `submit` takes it. */
export interface GenerationJobData {
  operationId: string;
  /** The submit's openapi-fetch `init` (`{ body }`, `{ params }`). */
  init?: object;
}

/** What `job.updateProgress` receives: the job's handle once submitted, then each poll's state. */
export interface GenerationProgress {
  handle: JobHandle;
  state: string;
  progress?: number;
  polls: number;
}

export interface GenerationProcessorOptions<Data> extends Pick<JournalOptions, 'submitClaimMs'> {
  /** The journal. Default: the client's own (`createXClient({ store })`), shared through Redis. */
  store?: JobStore;
  /** Wait options for every job (a `callback`, a `timeoutMs`), or per job. */
  wait?: Omit<WaitOptions, 'signal'> | ((job: Job<Data>) => Omit<WaitOptions, 'signal'>);
  /** The submit a job runs. Default: `job.data` as `{ operationId, init }`. */
  request?: (job: Job<Data>) => GenerationJobData;
  /**
   * The job's journal key. Default `<queue name>:<job id>`, the same on every retry. Job ids can
   * repeat (an obliterated queue counts from 1 again) and a repeated key answers from the old job's
   * entry: where that can happen, include `job.timestamp` or your own request id (see the README).
   */
  key?: (job: Job<Data>) => string;
  /** Called once a job's handle is journaled. */
  onSubmitted?: (handle: JobHandle, job: Job<Data>) => void | Promise<void>;
}

const progressOf = (p: JobProgress): GenerationProgress => ({
  handle: p.handle,
  state: p.state,
  polls: p.polls,
  ...(p.progress !== undefined ? { progress: p.progress } : {}),
});

/**
 * A BullMQ processor, `new Worker(queue, createGenerationProcessor(client, { store }))`: each BullMQ
 * job is one mediagen job, journaled under its key. When BullMQ retries a job whose worker died
 * after the paid submit, the retry resumes the journaled handle (or re-sends the same idempotency
 * key), never a second charge. Progress goes to `job.updateProgress`; the result (JSON) is the
 * BullMQ job's return value; a failed or cancelled job, refused input, or a lost submit answer
 * without an idempotency key fails the BullMQ job without retries (`UnrecoverableError`: see
 * `isFinalFailure`), and other errors are retried.
 */
export function createGenerationProcessor<Data = GenerationJobData>(
  client: JournalClient,
  options: GenerationProcessorOptions<Data> = {},
): (job: Job<Data>, token?: string, signal?: AbortSignal) => Promise<JobResult> {
  checkSubmitClaimMs(options.submitClaimMs);
  const requestOf = options.request ?? ((job: Job<Data>) => job.data as GenerationJobData);
  const keyOf = options.key ?? ((job: Job<Data>) => `${job.queueName}:${job.id}`);
  return async (job, _token, signal) => {
    const { operationId, init } = requestOf(job);
    const own = typeof options.wait === 'function' ? options.wait(job) : options.wait;
    const report = (progress: GenerationProgress) => {
      // Progress is advisory: a failed write (Redis away) must not end the wait.
      job.updateProgress(progress as unknown as object).catch(() => {});
    };
    try {
      return await runJournaled(
        client,
        { key: keyOf(job), operationId, ...(init ? { init } : {}) },
        {
          ...(options.store ? { store: options.store } : {}),
          ...(options.submitClaimMs !== undefined ? { submitClaimMs: options.submitClaimMs } : {}),
          wait: {
            ...own,
            ...(signal ? { signal } : {}),
            onProgress: (p) => {
              own?.onProgress?.(p);
              report(progressOf(p));
            },
          },
          onSubmitted: async (handle) => {
            report({ handle, state: 'submitted', polls: 0 });
            await options.onSubmitted?.(handle, job);
          },
        },
      );
    } catch (error) {
      if (!isFinalFailure(error)) throw error;
      const final = new UnrecoverableError((error as Error).message);
      final.cause = error;
      throw final;
    }
  };
}
