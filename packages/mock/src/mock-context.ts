/** Everything one running mock shares between its requests. */
import type { ProviderMetadata } from '@mediagen/runtime';
import type { JobModel } from './job-model.js';
import type { JobStore, MockJob } from './job-store.js';
import type { MatchedRoute } from './match-route.js';
import type { Scenario } from './scenario.js';
import type { Random } from './seeded-random.js';
import type { SpecDocument } from './spec-document.js';
import type { PrismEngine } from './start-prism.js';

export interface MockContext {
  doc: SpecDocument;
  metadata?: ProviderMetadata;
  model?: JobModel;
  prism: PrismEngine;
  store: JobStore;
  /** Mock-wide scenario; a request's header is laid over it. */
  scenario: Scenario;
  /** Seeded generators by seed, so each seed replays its own sequence of faults. */
  randoms: Map<number, Random>;
  idRandom: Random;
  match(method: string, pathname: string): MatchedRoute | undefined;
  /** Aborted when the mock closes: every pending wait ends with it. */
  signal: AbortSignal;
  /** Deliver callbacks and webhooks to non-loopback URLs too (`MockOptions.remotePushes`). */
  remotePushes?: boolean;
  /** Documented models' output kinds, from the spec's catalog examples (`documentedModelKinds`). */
  modelKinds?: ReadonlyMap<string, string>;
  /** The mock's origin, where finished jobs' outputs are served; unset: documented placeholders. */
  outputOrigin?: string;
  /** Called for each job a submit creates (callback and webhook delivery hook in here). */
  onJobCreated?(job: MockJob): void;
  /** Called with every answered request's operation, parsed body and status. */
  onAnswered?(operationId: string, body: unknown, status: number): void;
  now(): number;
}
