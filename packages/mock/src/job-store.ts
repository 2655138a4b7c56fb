/**
 * The mock's memory: every job it issued, the answers kept for idempotent replays, and the ledger
 * of charges a test reads to assert that a paid job was charged once.
 */
import type { JobWalk } from './job-walk.js';
import type { OutputFile } from './output-kind.js';
import type { Scenario } from './scenario.js';
import type { SubmitInfo } from './when-matches.js';

export interface MockJob {
  id: string;
  submit: SubmitInfo;
  statusOperationId: string;
  /** The submit's scenario (mock-wide settings, then the header), changeable with setJobScenario. */
  scenario: Scenario;
  walk: JobWalk;
  createdAt: number;
  /** Status reads so far. */
  reads: number;
  cancelled: boolean;
  /** Identifier-like words of the submit, which say what kind of output it makes. */
  words: readonly string[];
  /** Its documented price (`submitCredits`), written into the bodies that report a charge. */
  credits?: number;
  /** The files behind its local output URLs, by index, once a finished body named them. */
  outputs?: OutputFile[];
}

export interface Charge {
  operationId: string;
  jobIds: string[];
  idempotencyKey?: string;
  /** Flat credits from the spec's `x-mediagen-prices`, where it has them. */
  credits?: number;
  at: Date;
}

export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface JobStore {
  jobs: Map<string, MockJob>;
  ledger: Charge[];
  replays: Map<string, StoredAnswer>;
}

export function createJobStore(): JobStore {
  return { jobs: new Map(), ledger: [], replays: new Map() };
}
