export { afterFailedSubmit } from './after-failed-submit.js';
export { isFinalFailure } from './bullmq-failure.js';
export {
  createRedisState,
  type RedisState,
  type RedisStateOptions,
} from './create-redis-state.js';
export {
  createGenerationProcessor,
  type GenerationJobData,
  type GenerationProcessorOptions,
  type GenerationProgress,
} from './generation-processor.js';
export type { JournalClient } from './journal-client.js';
export { type JournaledRequest, type JournalOptions, runJournaled } from './journaled-job.js';
export { type ResumedJob, type ResumePendingOptions, resumePending } from './resume-pending.js';
