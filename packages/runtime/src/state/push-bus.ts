import type { PushedJob } from '../jobs/read-pushed-job.js';

/** A job's terminal state as one process learned it (a push, a poll), shared with every other. */
export interface SharedJobEnd {
  provider: string;
  job: PushedJob;
  /** The payload or status answer that reported it. */
  body: unknown;
}

/**
 * Carries jobs' ends between the processes that wait for them, and decides which one polls a job.
 * The first end published for a job is final: a later, different one is not passed on.
 */
export interface PushBus {
  /** Publishes a terminal end; resolves with the end that won (this one, or one published earlier). */
  publish(end: SharedJobEnd): Promise<SharedJobEnd>;
  /**
   * Calls `listener` once with the job's end: soon if it was published already, else when it is.
   * Returns the function that stops listening.
   */
  subscribe(provider: string, jobId: string, listener: (end: SharedJobEnd) => void): () => void;
  /**
   * Claims, or renews, the right to poll a job for `ttlMs`. False while another owner holds it:
   * that owner's poll result will be published.
   */
  claimPoll(provider: string, jobId: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives up a claim early, when its wait ended. */
  releasePoll(provider: string, jobId: string, owner: string): Promise<void>;
}
