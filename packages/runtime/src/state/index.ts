export type {
  JobStore,
  JournalEntry,
  JournaledOutcome,
  NewJournalEntry,
  SubmitClaim,
} from './job-store.js';
export { createMemoryJobStore } from './memory-job-store.js';
export { createMemoryPushBus } from './memory-push-bus.js';
export type { PushBus, SharedJobEnd } from './push-bus.js';
