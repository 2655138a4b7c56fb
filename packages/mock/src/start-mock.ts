/**
 * `startMock(provider | { spec }, options)`: one provider's mock on a loopback port, for a test's
 * global setup, `npm start` or the `mediagen-mock` command.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PollSchedule, ProviderMetadata } from '@mediagen/runtime';
import { parse } from 'yaml';
import { createResponseChecker } from './check-responses.js';
import { createPushDelivery, type Delivery } from './deliver-pushes.js';
import { handleRequest } from './handle-request.js';
import { buildJobModel } from './job-model.js';
import { type Charge, createJobStore } from './job-store.js';
import { viewJob } from './job-view.js';
import { loadProvider } from './load-provider.js';
import { createRouteMatcher } from './match-route.js';
import type { MockContext } from './mock-context.js';
import { documentedModelKinds } from './model-kinds.js';
import { scaleSchedule } from './scale-schedule.js';
import { checkScenario, type Outcome, type Scenario } from './scenario.js';
import { seededRandom } from './seeded-random.js';
import { readSpecDocument } from './spec-document.js';
import { startPrism } from './start-prism.js';

export type MockSource =
  | string
  | {
      /** A bundled OpenAPI document, or the path of one (JSON or YAML, local `$ref`s only). */
      spec: Record<string, unknown> | string;
      /**
       * The provider's generated metadata, where the mock reads job behaviour, error maps and push
       * delivery: without it the mock validates but keeps no jobs, and refusals get the
       * operation's first documented 400 (else 422).
       */
      metadata?: ProviderMetadata;
      name?: string;
    };

export interface MockOptions {
  /** Default 0: a free port. */
  port?: number;
  host?: string;
  /** The mock-wide scenario (see the README); change it later with `setScenario`. */
  scenario?: Scenario;
  /** Check every answer against the spec's schemas and keep mismatches in `drift`. */
  checkResponses?: boolean;
  /**
   * Deliver callbacks and webhooks to any URL. Off by default: only loopback URLs get them, so a
   * documented example URL (example.com) never sends a test's traffic off the machine.
   */
  remotePushes?: boolean;
  /**
   * `'local'` (default): a finished job's output URLs point at small real files the mock serves
   * on its own origin (`/__mediagen/outputs/<jobId>/<n>.<ext>`). `'placeholder'`: the documented
   * example URLs, as the spec writes them.
   */
  outputs?: 'local' | 'placeholder';
}

export interface MockJobSnapshot {
  id: string;
  operationId: string;
  state: Outcome | 'running';
  reads: number;
  scenario: Scenario;
}

export interface MockServer {
  provider: string;
  /** Base URL to give a client: the spec's server path on the mock's loopback origin. */
  url: string;
  origin: string;
  /** Every paid submit the mock accepted; an idempotent replay adds nothing. */
  readonly ledger: readonly Charge[];
  /** Answers that broke the spec, when `checkResponses` is on. */
  readonly drift: readonly string[];
  /** Every callback and webhook delivery attempt, in order. */
  readonly deliveries: readonly Delivery[];
  /** Registers a webhook URL, as the provider's registration call does. */
  registerWebhook(url: string): void;
  /**
   * A status operation's documented poll schedule at the mock-wide time scale, to give a client as
   * its `schedule` option: the documented rhythm, faster.
   */
  schedule(statusOperationId: string): PollSchedule;
  jobs(): MockJobSnapshot[];
  /** Lays settings over the mock-wide scenario; `undefined` clears one; a seed restarts its faults. */
  setScenario(scenario: Scenario): void;
  /** Changes one job's scenario, such as its outcome. */
  setJobScenario(jobId: string, scenario: Scenario): void;
  close(): Promise<void>;
}

async function readSource(source: MockSource) {
  if (typeof source === 'string') return { name: source, ...(await loadProvider(source)) };
  const spec =
    typeof source.spec === 'string'
      ? (parse(await readFile(source.spec, 'utf8')) as Record<string, unknown>)
      : source.spec;
  const name =
    source.name ??
    source.metadata?.id ??
    String((spec.info as { title?: string } | undefined)?.title ?? 'mock');
  return { name, spec, ...(source.metadata ? { metadata: source.metadata } : {}) };
}

function merge(into: Scenario, change: Scenario) {
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete (into as Record<string, unknown>)[key];
    else (into as Record<string, unknown>)[key] = value;
  }
}

export async function startMock(
  source: MockSource,
  options: MockOptions = {},
): Promise<MockServer> {
  if (options.scenario) checkScenario(options.scenario);
  const { name, spec, metadata } = await readSource(source);
  const doc = readSpecDocument(spec);
  const prism = await startPrism(spec);
  const closing = new AbortController();
  const store = createJobStore();
  const drift: string[] = [];
  const check = options.checkResponses ? createResponseChecker(doc) : undefined;
  const ctx: MockContext = {
    doc,
    ...(metadata ? { metadata, model: buildJobModel(doc, metadata) } : {}),
    prism,
    store,
    scenario: { ...options.scenario },
    randoms: new Map(),
    idRandom: seededRandom(options.scenario?.seed ?? Date.now()),
    match: createRouteMatcher(doc),
    signal: closing.signal,
    remotePushes: options.remotePushes === true,
    modelKinds: documentedModelKinds(doc),
    now: Date.now,
  };
  const pushes = createPushDelivery(ctx);
  ctx.onJobCreated = pushes.onJobCreated;
  ctx.onAnswered = pushes.onAnswered;
  const server = createServer((req, res) => {
    handleRequest(ctx, req, res, (operationId, answer) => {
      const problem = check && operationId ? check(operationId, answer) : undefined;
      if (problem) drift.push(problem);
    }).catch((error: Error) => {
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`mediagen-mock: ${error.message}\n`);
      }
    });
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, host, () => ok());
    });
  } catch (error) {
    await prism.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (options.outputs !== 'placeholder') ctx.outputOrigin = origin;
  let closed: Promise<void> | undefined;
  return {
    provider: name,
    url: `${origin}${doc.basePath}`,
    origin,
    ledger: store.ledger,
    drift,
    deliveries: pushes.deliveries,
    registerWebhook: (url) => {
      pushes.webhooks.push(url);
    },
    schedule(statusOperationId) {
      const documented = metadata?.operations[statusOperationId]?.job?.schedule;
      if (!documented)
        throw new Error(
          `${statusOperationId} is no status operation of ${name}: use one whose metadata has a job.`,
        );
      return scaleSchedule(documented, ctx.scenario.timeScale ?? 1);
    },
    jobs: () =>
      [...store.jobs.values()].map((job) => ({
        id: job.id,
        operationId: job.submit.operationId,
        state: viewJob(job, ctx.now()).outcome ?? 'running',
        reads: job.reads,
        scenario: { ...job.scenario },
      })),
    setScenario(scenario) {
      merge(ctx.scenario, checkScenario(scenario));
      // Setting a seed starts its sequence of faults over, so a run can be replayed.
      if (scenario.seed !== undefined) ctx.randoms.delete(scenario.seed);
    },
    setJobScenario(jobId, scenario) {
      const job = store.jobs.get(jobId);
      if (!job)
        throw new Error(`The mock issued no job ${jobId}; mock.jobs() lists the ones it did.`);
      merge(job.scenario, checkScenario(scenario));
    },
    close: () => {
      closed ??= (async () => {
        closing.abort();
        pushes.close();
        server.closeAllConnections();
        await new Promise<void>((ok) => server.close(() => ok()));
        await prism.close();
      })();
      return closed;
    },
  };
}
