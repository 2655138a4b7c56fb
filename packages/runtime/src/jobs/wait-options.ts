import type { JobHandle } from '../job-handle.js';
import type { PollSchedule } from '../provider-metadata.js';
import type { JobSnapshot } from './read-job.js';

export interface JobProgress extends JobSnapshot {
  handle: JobHandle;
  /** Since the wait started. */
  elapsedMs: number;
  polls: number;
}

export interface WaitOptions {
  signal?: AbortSignal;
  /** Overrides the spec's give-up time. The job itself is not stopped when the wait gives up. */
  timeoutMs?: number;
  onProgress?: (progress: JobProgress) => void;
  /**
   * Cancel the job at the provider when `signal` aborts. A no-op where the spec declares no cancel
   * operation. The cancel is best-effort and bounded by `cancelTimeoutMs`.
   */
  cancelOnAbort?: boolean;
  /** Bound on the cancel an abort sends. Default 5 s. */
  cancelTimeoutMs?: number;
  /** Overrides parts of the spec's poll schedule. */
  schedule?: Partial<PollSchedule>;
  /** Consecutive failed polls tolerated before the wait gives up. Default 5. */
  maxPollFailures?: number;
  /**
   * A callback or webhook will report the job's end (see `pushHandler`): the wait ends as soon as it
   * arrives, and polls only on a slow safety-net schedule meanwhile (`safetyNet` overrides it).
   */
  callback?: boolean | { safetyNet?: Partial<PollSchedule> };
}
