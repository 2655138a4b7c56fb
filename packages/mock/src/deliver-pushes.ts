/**
 * Callbacks and webhooks, delivered: a job whose submit names a callback URL (the push's
 * `submit.urlField`) or whose kind has registered webhooks ends on its own time (one `stepMs`, 1 s
 * by default, per running step) and its terminal payload is posted there. Redelivery follows the
 * push metadata's `delivery` (timeout, delays, what is retried: the spec's
 * `x-mediagen-callback-delivery`), every delay divided by the time scale. Each attempt is kept in
 * `mock.deliveries`. A webhook is registered by a POST to an operation whose path ends in
 * `/webhooks` (its body's `url`), or with `mock.registerWebhook`.
 */
import type { JobPushMetadata, PushDelivery } from '@mediagen/runtime';
import { isLoopbackHost, readFirst } from '@mediagen/runtime/provider';
import type { MockJob } from './job-store.js';
import { localizeJob, renderJob, viewJob } from './job-view.js';
import type { MockContext } from './mock-context.js';
import { requiredConstants } from './required-constants.js';
import { type DeliveryResult, shouldRedeliver } from './retry-delivery.js';
import { writeCharge } from './write-charge.js';
import { writePointer } from './write-pointer.js';

const DEFAULT_STEP_MS = 1_000;

/**
 * Documented examples name hosts such as example.com: a mock that posted there would send test
 * traffic off the machine. Only loopback targets are delivered to unless the mock was told otherwise.
 */
export function mayDeliverTo(url: string, remotePushes: boolean): boolean {
  if (remotePushes) return true;
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
const DEFAULT_TIMEOUT_MS = 10_000;

export interface Delivery {
  jobId: string;
  push: string;
  url: string;
  attempt: number;
  status?: number;
  /** `remote`: not sent, because the URL is not on loopback and `remotePushes` is off. */
  error?: 'network' | 'timeout' | 'remote';
  at: Date;
}

type Json = Record<string, unknown>;

/** The documented push operation: a submit's `callbacks` entry or a top-level `webhooks` entry. */
function pushOperation(ctx: MockContext, name: string, push: JobPushMetadata): Json | undefined {
  if (push.kind === 'webhook') {
    const item = ctx.doc.resolve((ctx.doc.raw.webhooks as Json | undefined)?.[name]);
    return item?.[push.method] as Json | undefined;
  }
  const submit = push.submit && ctx.doc.operation(push.submit.operationId);
  const callback = ctx.doc.resolve((submit?.callbacks as Json | undefined)?.[name]);
  const item = ctx.doc.resolve(Object.values(callback ?? {})[0]);
  return item?.[push.method] as Json | undefined;
}

/** The schema of a push operation's JSON body. */
function pushSchema(ctx: MockContext, operation: Json | undefined): unknown {
  const body = ctx.doc.resolve(operation?.requestBody);
  return (Object.values((body?.content ?? {}) as Json)[0] as Json | undefined)?.schema;
}

/** Without a documented policy: one attempt. */
const ONE_ATTEMPT: PushDelivery = { timeoutMs: DEFAULT_TIMEOUT_MS, retryDelaysMs: [], retryOn: [] };

export function createPushDelivery(ctx: MockContext) {
  const deliveries: Delivery[] = [];
  const webhooks: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const pushes = Object.entries(ctx.metadata?.pushes ?? {});
  const later = (ms: number, run: () => void) => {
    if (ctx.signal.aborted) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const targetsOf = (job: MockJob) =>
    pushes.flatMap(([name, push]) => {
      if (!push.statusOperations.includes(job.statusOperationId)) return [];
      if (push.kind === 'webhook') return webhooks.map((url) => ({ name, push, url }));
      if (push.submit?.operationId !== job.submit.operationId) return [];
      const url = readFirst(job.submit.body, push.submit.urlField);
      return typeof url === 'string' ? [{ name, push, url }] : [];
    });

  async function attempt(url: string, body: unknown, timeoutMs: number): Promise<DeliveryResult> {
    if (!mayDeliverTo(url, ctx.remotePushes === true)) return { error: 'remote' };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]),
      });
      await res.body?.cancel();
      return { status: res.status };
    } catch (error) {
      return { error: (error as Error).name === 'TimeoutError' ? 'timeout' : 'network' };
    }
  }

  function deliver(job: MockJob, target: ReturnType<typeof targetsOf>[number], n = 0) {
    const operation = pushOperation(ctx, target.name, target.push);
    const policy = target.push.delivery ?? ONE_ATTEMPT;
    const view = viewJob(job, ctx.now());
    const statusRoute = ctx.model!.statuses.get(job.statusOperationId)!;
    const outcome = view.outcome ?? 'succeeded';
    const documented = ctx.doc
      .requestExamples(operation)
      .find((e) =>
        target.push.states[outcome].includes(String(readFirst(e.value, target.push.state))),
      );
    const body = documented
      ? structuredClone(documented.value)
      : renderJob(job, statusRoute, view, ctx.outputOrigin);
    writePointer(body, target.push.id, job.id);
    if (documented) {
      localizeJob(job, body, target.push.outputs, ctx.outputOrigin);
      writeCharge(body, job.credits, target.push.refund?.credits);
    } else if (body && typeof body === 'object') {
      // A status body is no push body yet: the fields the push's schema fixes are added.
      for (const [name, value] of Object.entries(
        requiredConstants(ctx.doc, pushSchema(ctx, operation)),
      ))
        (body as Json)[name] ??= value;
    }
    void attempt(target.url, body, policy.timeoutMs).then((result) => {
      deliveries.push({
        jobId: job.id,
        push: target.name,
        url: target.url,
        attempt: n + 1,
        ...result,
        at: new Date(ctx.now()),
      });
      const delay = policy.retryDelaysMs[n];
      if (delay !== undefined && shouldRedeliver(result, policy.retryOn))
        later(delay / (job.scenario.timeScale ?? 1), () => deliver(job, target, n + 1));
    });
  }

  function whenEnded(job: MockJob, run: () => void) {
    const scale = job.scenario.timeScale ?? 1;
    const stepMs = job.scenario.stepMs ?? DEFAULT_STEP_MS;
    if (viewJob(job, ctx.now()).outcome) return run();
    const left = job.createdAt + (job.walk.running.length * stepMs) / scale - ctx.now();
    later(Math.max(left, 1), () => whenEnded(job, run));
  }

  const registrations = new Set(
    pushes.some(([, p]) => p.kind === 'webhook')
      ? Object.entries(ctx.metadata?.operations ?? {})
          .filter(([, op]) => op.method === 'post' && /\/webhooks$/.test(op.path))
          .map(([id]) => id)
      : [],
  );

  return {
    deliveries,
    webhooks,
    /** A registration call the mock answered with success: its `url` joins the webhooks. */
    onAnswered(operationId: string, body: unknown, status: number) {
      const url = readFirst(body, '/url');
      if (registrations.has(operationId) && status < 300 && typeof url === 'string')
        webhooks.push(url);
    },
    onJobCreated(job: MockJob) {
      const targets = targetsOf(job);
      if (targets.length === 0) return;
      // Nobody polls a job that reports back, so it moves by time.
      job.scenario.stepMs ??= DEFAULT_STEP_MS;
      whenEnded(job, () => {
        for (const target of targets) deliver(job, target);
      });
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
