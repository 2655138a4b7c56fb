import type { JobResult, JobStore, WaitOptions } from '@mediagen/runtime';
import { type JournalClient, journalOf, loosen } from './journal-client.js';
import { resumeEntry } from './journaled-job.js';
import { checkWholeNumber } from './whole-number-option.js';

export interface ResumePendingOptions {
  /** Default: the client's own (`createXClient({ store })`). */
  store?: JobStore;
  wait?: WaitOptions;
  /** Jobs resumed at once. Default 16. */
  concurrency?: number;
}

export type ResumedJob =
  | { key: string; status: 'settled'; result: JobResult }
  | { key: string; status: 'errored'; error: unknown };

/**
 * Carries every pending journal entry of this client's provider to its end: the jobs a crashed
 * process left behind. Entries with a handle are waited for; entries without one are submitted
 * again only with their idempotency key, and otherwise end `errored` with a
 * `SubmitOutcomeUnknownError` (unknown means paid). Safe beside live workers: a job another
 * process still waits for is only waited for here too, never submitted twice.
 */
export async function resumePending(
  client: JournalClient,
  options: ResumePendingOptions = {},
): Promise<ResumedJob[]> {
  checkWholeNumber(
    'concurrency',
    options.concurrency,
    'pass how many jobs are resumed at once (default 16).',
  );
  const loose = loosen(client);
  const pending = await journalOf(loose, options.store).listPending({
    provider: loose.metadata.id,
  });
  const resumed: ResumedJob[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const entry = pending[next++]!;
      try {
        const result = await resumeEntry(loose, entry, undefined, options);
        resumed.push({ key: entry.key, status: 'settled', result });
      } catch (error) {
        resumed.push({ key: entry.key, status: 'errored', error });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  return resumed;
}
