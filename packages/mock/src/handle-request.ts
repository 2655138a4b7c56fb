/**
 * The state layer in front of Prism. Prism validates every request and picks the documented
 * example; this layer gives each submit its own job with a fresh id, answers status, cancel and list
 * calls from those jobs, keeps idempotent replays and the ledger, turns Prism's validation refusals
 * into the provider's documented errors, and injects the scenario's faults. A request that carries
 * its own `Prefer` header, or the `stateless` scenario, gets Prism's answer as it is (errors still
 * documented).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFirst } from '@mediagen/runtime/provider';
import { type Answer, jsonAnswer, readJson, sendAnswer } from './answer.js';
import { documentViolations } from './document-violations.js';
import { documentedAnswer } from './documented-answer.js';
import { drawFault } from './draw-fault.js';
import { errorInShape } from './error-in-shape.js';
import { readErrorMap } from './error-map.js';
import { copyHeaders, forwardToPrism } from './forward-to-prism.js';
import { freshId } from './fresh-id.js';
import { oncePerKey } from './in-flight-submits.js';
import { jobCountOf } from './job-count.js';
import { localizeJob, renderJob, viewJob } from './job-view.js';
import { planWalk } from './job-walk.js';
import { listJobs } from './list-jobs.js';
import { jobWords, OUTPUTS_PATH } from './local-outputs.js';
import type { MockContext } from './mock-context.js';
import { reshapePrismProblem } from './prism-problem.js';
import { BodyTooLargeError, readBoundedBody } from './read-bounded-body.js';
import { refuseParts } from './refuse-parts.js';
import { refuseRules } from './refuse-rules.js';
import { parseScenario, SCENARIO_HEADER, type Scenario } from './scenario.js';
import { seededRandom } from './seeded-random.js';
import { serveOutput } from './serve-output.js';
import { submitCredits } from './submit-credits.js';
import { unmatchedRoute } from './unmatched-route.js';
import { readViolations } from './violations.js';
import type { SubmitInfo } from './when-matches.js';
import { writeCharge } from './write-charge.js';
import { findString, writePointer } from './write-pointer.js';

const REQUEST_TIMEOUT_MS = 30_000;

interface Call {
  method: string;
  url: URL;
  /** The path as the spec writes it, without the server's base path. */
  pathname: string;
  operationId?: string;
  path: Record<string, string>;
  headers: Headers;
  body: Buffer | undefined;
  scenario: Scenario;
  signal: AbortSignal;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function randomFor(ctx: MockContext, seed = 1) {
  let random = ctx.randoms.get(seed);
  if (!random) {
    random = seededRandom(seed);
    ctx.randoms.set(seed, random);
  }
  return random;
}

function forward(ctx: MockContext, call: Call, prefer?: string): Promise<Answer> {
  const headers = new Headers(call.headers);
  if (prefer) headers.set('prefer', prefer);
  return forwardToPrism(
    ctx.prism.origin,
    call.method,
    call.pathname + call.url.search,
    headers,
    call.body,
    call.signal,
  );
}

/** A refusal of the whole request (a missing or wrong key): already the documented answer. */
function requestWide(answer: Answer): boolean {
  if (answer.status < 400) return false;
  const violations = readViolations(answer.headers['sl-violations'] ?? null, readJson(answer));
  return violations.length === 0 || violations.some((v) => v.pointer === '');
}

/** Prism's own problem body, never passed on: the provider's shape instead. */
function reshaped(ctx: MockContext, call: Call, answer: Answer): Answer {
  return reshapePrismProblem(ctx.doc, ctx.metadata, answer, call.operationId);
}

/** Prism's refusal of a request, answered with the provider's documented error for it. */
function documentErrors(ctx: MockContext, call: Call, answer: Answer): Answer {
  if (answer.status < 400 || !call.operationId || requestWide(answer))
    return reshaped(ctx, call, answer);
  const violations = readViolations(answer.headers['sl-violations'] ?? null, readJson(answer));
  return documentViolations(ctx, call.operationId, violations) ?? reshaped(ctx, call, answer);
}

/** The mock's own refusal of a body gives way to Prism's of the whole request, as a 401 does. */
async function refusedBody(ctx: MockContext, call: Call, refused: Answer): Promise<Answer> {
  const answer = await forward(ctx, call);
  return requestWide(answer) ? reshaped(ctx, call, answer) : refused;
}

function unknownJob(ctx: MockContext, call: Call, id: string | null, answer: Answer): Answer {
  const ref = readErrorMap(ctx.doc, ctx.metadata, call.operationId!).unknownJob;
  const detail = `no job has the id ${JSON.stringify(id ?? '')}`;
  return (ref && documentedAnswer(ctx.doc, ctx.metadata, call.operationId!, ref, detail)) ?? answer;
}

function jobIdOf(call: Call, param: { name: string; in: 'path' | 'query' }): string | null {
  return param.in === 'path'
    ? (call.path[param.name] ?? null)
    : call.url.searchParams.get(param.name);
}

function parsedBody(call: Call): unknown {
  if (!call.body || call.body.length === 0) return undefined;
  try {
    return JSON.parse(call.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function submit(ctx: MockContext, call: Call): Promise<Answer> {
  const op = call.operationId!;
  const route = ctx.model!.submits.get(op)!;
  const status = ctx.model!.statuses.get(route.statusOperationId)!;
  const key = route.idempotencyHeader ? call.headers.get(route.idempotencyHeader) : null;
  const replayKey = key ? `${op}\u0000${key}` : undefined;
  const replay = replayKey && ctx.store.replays.get(replayKey);
  if (replay) return replay;

  const answer = await forward(ctx, call);
  const value = answer.status < 300 ? readJson(answer) : undefined;
  if (value === undefined) return documentErrors(ctx, call, answer);
  const body = parsedBody(call);
  const documentedIds = readFirst(value, route.idPointer);
  const count = route.count
    ? jobCountOf(route.count, body)
    : Array.isArray(documentedIds)
      ? documentedIds.length
      : 1;
  const ids = Array.from({ length: count }, () => {
    let id: string;
    do id = freshId(status.exampleId, ctx.idRandom, status.idPattern);
    while (ctx.store.jobs.has(id));
    return id;
  });
  writePointer(value, route.idPointer, route.each ? ids : ids[0]);
  const credits = route.paid
    ? submitCredits(ctx.metadata!.operations[op]!, body, call.path)
    : undefined;
  writeCharge(value, credits);
  const info: SubmitInfo = {
    operationId: op,
    body,
    path: call.path,
    query: Object.fromEntries(call.url.searchParams),
  };
  for (const id of ids) {
    const job = {
      id,
      submit: info,
      statusOperationId: route.statusOperationId,
      scenario: { ...call.scenario },
      walk: planWalk(status.examples, status.reader, info, call.scenario.steps),
      createdAt: ctx.now(),
      reads: 0,
      cancelled: false,
      words: jobWords({
        operationId: op,
        body,
        path: call.path,
        models: ctx.modelKinds,
        ...(ctx.metadata?.operations[op] ? { template: ctx.metadata.operations[op].path } : {}),
      }),
      ...(credits !== undefined ? { credits } : {}),
    };
    ctx.store.jobs.set(id, job);
    ctx.onJobCreated?.(job);
  }
  // A submit answer that already reports the finished job (`submitJob`) names its outputs too.
  const answered = ctx.metadata?.operations[op]?.submitJob;
  const first = ctx.store.jobs.get(ids[0]!);
  if (answered && first && ids.length === 1)
    localizeJob(first, value, answered.outputs, ctx.outputOrigin);
  if (route.paid) {
    // Without a documented figure (none, a range, a formula short of a field) the ledger still
    // counts the charge.
    ctx.store.ledger.push({
      operationId: op,
      jobIds: ids,
      ...(key ? { idempotencyKey: key } : {}),
      ...(credits !== undefined ? { credits } : {}),
      at: new Date(ctx.now()),
    });
  }
  const out = jsonAnswer(answer.status, value, answer.headers, answer.headers['content-type']);
  if (replayKey) ctx.store.replays.set(replayKey, out);
  return out;
}

async function status(ctx: MockContext, call: Call): Promise<Answer> {
  const route = ctx.model!.statuses.get(call.operationId!)!;
  const id = jobIdOf(call, route.idParam);
  const found = id === null ? undefined : ctx.store.jobs.get(id);
  const job = found?.statusOperationId === call.operationId ? found : undefined;
  const view = job && viewJob(job, ctx.now());
  const answer = await forward(ctx, call, view && `code=200, example=${view.example.name}`);
  if (answer.status < 300 && job && view) {
    job.reads++;
    return jsonAnswer(answer.status, renderJob(job, route, view, ctx.outputOrigin), answer.headers);
  }
  return job
    ? documentErrors(ctx, call, answer)
    : refusedUnknown(ctx, call, id, route.idParam, answer);
}

/** An id the mock never issued is not found, unless the request fails for another reason too. */
function refusedUnknown(
  ctx: MockContext,
  call: Call,
  id: string | null,
  param: { name: string; in: 'path' | 'query' },
  answer: Answer,
): Answer {
  if (answer.status < 300) return unknownJob(ctx, call, id, answer);
  const violations = readViolations(answer.headers['sl-violations'] ?? null, readJson(answer));
  const onId = `/${param.in}/${param.name}`;
  if (violations.length > 0 && violations.every((v) => v.pointer === onId))
    return unknownJob(ctx, call, id, answer);
  return documentErrors(ctx, call, answer);
}

async function cancel(ctx: MockContext, call: Call): Promise<Answer> {
  const route = ctx.model!.cancels.get(call.operationId!)!;
  const statusRoute = ctx.model!.statuses.get(route.statusOperationId)!;
  const id = jobIdOf(call, route.idParam);
  const found = id === null ? undefined : ctx.store.jobs.get(id);
  const job = found?.statusOperationId === route.statusOperationId ? found : undefined;
  const answer = await forward(ctx, call);
  if (!job) return refusedUnknown(ctx, call, id, route.idParam, answer);
  const value = answer.status < 300 ? readJson(answer) : undefined;
  if (value === undefined) return documentErrors(ctx, call, answer);
  if (!viewJob(job, ctx.now()).outcome) job.cancelled = true;
  const at = findString(value, statusRoute.exampleId);
  if (at !== undefined) writePointer(value, at, job.id);
  writeCharge(value, job.credits, ctx.metadata?.operations[call.operationId!]?.refund?.credits);
  return jsonAnswer(answer.status, value, answer.headers, answer.headers['content-type']);
}

async function list(ctx: MockContext, call: Call): Promise<Answer> {
  const meta = ctx.model!.lists.get(call.operationId!)!;
  const answer = await forward(ctx, call);
  const value = answer.status < 300 ? readJson(answer) : undefined;
  if (value === undefined) return documentErrors(ctx, call, answer);
  const now = ctx.now();
  const jobs = [...ctx.store.jobs.values()]
    .filter((j) => meta.statusOperations.includes(j.statusOperationId))
    .map((j) => ({
      id: j.id,
      submittedBody: j.submit.body,
      body: renderJob(
        j,
        ctx.model!.statuses.get(j.statusOperationId)!,
        viewJob(j, now),
        ctx.outputOrigin,
      ),
    }));
  const body = listJobs(value, meta, jobs, call.url.searchParams);
  // A list answer tells the client each listed job's state as a status read does, so it walks
  // those jobs; one its filters or limit left out was not seen, and stays where it is.
  const listed = readFirst(body, meta.items);
  for (const item of Array.isArray(listed) ? listed : []) {
    const job = ctx.store.jobs.get(String(readFirst(item, meta.id)));
    if (job) job.reads++;
  }
  return jsonAnswer(answer.status, body, answer.headers, answer.headers['content-type']);
}

async function dispatch(ctx: MockContext, call: Call, stateless = false): Promise<Answer> {
  const op = call.operationId;
  const model = ctx.model;
  // A CORS preflight is Prism's to answer (it allows any origin), on any path.
  if (!op && call.method !== 'OPTIONS') {
    const allowed = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'].filter((m) =>
      ctx.match(m, call.pathname),
    );
    return unmatchedRoute(ctx.doc, ctx.metadata, call.method, call.pathname, allowed);
  }
  // Rules JSON Schema cannot express (x-mediagen-rules) and multipart parts' media types are the
  // mock's to check; Prism checks the rest.
  const refused =
    refuseRules(ctx, op, parsedBody(call)) ??
    (await refuseParts(ctx, op, call.headers, call.body, call.signal));
  if (refused) return refusedBody(ctx, call, refused);
  if (!op || !model || stateless) return documentErrors(ctx, call, await forward(ctx, call));
  if (model.submits.has(op)) return oncePerKey(ctx, op, call.headers, () => submit(ctx, call));
  if (model.statuses.has(op)) return status(ctx, call);
  if (model.cancels.has(op)) return cancel(ctx, call);
  if (model.lists.has(op)) return list(ctx, call);
  return documentErrors(ctx, call, await forward(ctx, call));
}

/** Bytes of an over-limit upload read and dropped after the 413, before the connection is cut. */
const DISCARD_BYTES = 64 * 1024 * 1024;

/**
 * The 413 for a body over the limit, sent while the client may still be uploading. The rest is read
 * and dropped (memory stays flat) so the client gets the answer rather than a reset; past
 * `DISCARD_BYTES` more, the connection is cut.
 */
function refuseTooLarge(
  ctx: MockContext,
  call: Call,
  req: IncomingMessage,
  res: ServerResponse,
  error: BodyTooLargeError,
) {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_BYTES) req.socket.destroy();
  });
  req.resume();
  const answer = errorInShape(ctx.doc, ctx.metadata, {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    detail: `${error.message}; send a smaller body`,
    // A documented 413 names the provider's own limit, which is not the mock's.
    replace: true,
    ...(call.operationId ? { operationId: call.operationId } : {}),
    headers: { connection: 'close' },
  });
  sendAnswer(res, withCors(call, answer));
}

/** The CORS headers Prism gives its own answers, on every answer the mock sends. */
function withCors(call: Call, answer: Answer): Answer {
  const origin = call.headers.get('origin');
  if (!origin) return answer;
  const cors = {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': '*',
  };
  return { ...answer, headers: { ...answer.headers, ...cors } };
}

function injected(ctx: MockContext, call: Call, status: number, headers = {}): Answer | undefined {
  return call.operationId
    ? documentedAnswer(ctx.doc, ctx.metadata, call.operationId, { status }, undefined, headers)
    : undefined;
}

/**
 * The injected 429: the documented one, its `Retry-After` the scenario's, in the header and in the
 * body field the spec ties to it (`x-mediagen-errors.retryAfter`, Kubeez's `retry_after`).
 */
function rateLimited(ctx: MockContext, call: Call, seconds: number): Answer | undefined {
  const answer = injected(ctx, call, 429, { 'retry-after': String(seconds) });
  const pointer = ctx.metadata?.errors.retryAfter;
  const body = answer && pointer ? readJson(answer) : undefined;
  const said = pointer ? readFirst(body, pointer) : undefined;
  if (!answer || !pointer || said === undefined) return answer;
  writePointer(body, pointer, typeof said === 'string' ? String(seconds) : seconds);
  return jsonAnswer(answer.status, body, answer.headers, answer.headers['content-type']);
}

export async function handleRequest(
  ctx: MockContext,
  req: IncomingMessage,
  res: ServerResponse,
  check?: (operationId: string | undefined, answer: Answer) => void,
): Promise<void> {
  const requested = new URL(req.url ?? '/', 'http://mock').pathname;
  if (requested.startsWith(OUTPUTS_PATH) || `${requested}/` === OUTPUTS_PATH) {
    serveOutput(req, res, requested, (id) => ctx.store.jobs.get(id)?.outputs);
    return;
  }
  let scenario: Scenario;
  try {
    const header = req.headers[SCENARIO_HEADER];
    scenario = { ...ctx.scenario, ...(typeof header === 'string' ? parseScenario(header) : {}) };
  } catch (error) {
    sendAnswer(res, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: Buffer.from(
        `mediagen-mock: bad ${SCENARIO_HEADER} header: ${(error as Error).message}\n`,
      ),
    });
    return;
  }
  const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
  if (scenario.latencyMs) await pause(scenario.latencyMs, signal);
  const url = new URL(req.url ?? '/', 'http://mock');
  const base = ctx.doc.basePath;
  const pathname =
    base && url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
  const method = req.method ?? 'GET';
  const route = ctx.match(method, pathname);
  const headers = copyHeaders(req.headers);
  headers.delete(SCENARIO_HEADER);
  const call: Call = {
    method,
    url,
    pathname,
    ...(route ? { operationId: route.operationId } : {}),
    path: route?.path ?? {},
    headers,
    body: undefined,
    scenario,
    signal,
  };
  const fault = drawFault(scenario, randomFor(ctx, scenario.seed));
  // A 429 proves no work was done, so it comes before the request is handled; the other faults
  // come after, when a submit has already created its job.
  if (fault === '429') {
    const limited = rateLimited(ctx, call, scenario.retryAfterSeconds ?? 1);
    if (limited) return sendAnswer(res, withCors(call, limited));
    req.socket.destroy();
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      call.body = await readBoundedBody(req, signal);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return refuseTooLarge(ctx, call, req, res, error);
    }
  }
  // Every answer a browser may read, not only Prism's own: a documented error or an injected
  // fault without them would reach a page as a network error.
  const answer = withCors(
    call,
    await dispatch(ctx, call, req.headers.prefer !== undefined || scenario.stateless),
  );
  if (call.operationId) ctx.onAnswered?.(call.operationId, parsedBody(call), answer.status);
  check?.(call.operationId, answer);
  if (fault === '5xx') {
    const failed = injected(ctx, call, 500) ?? injected(ctx, call, 503) ?? injected(ctx, call, 502);
    if (failed) return sendAnswer(res, withCors(call, failed));
  }
  if (fault === 'reset' || fault === '5xx') {
    req.socket.destroy();
    return;
  }
  sendAnswer(res, answer, fault === 'stall' || fault === 'truncate' ? fault : undefined);
}
