import { delay } from '../delay.js';
import { ConfigurationError, MediagenError } from '../errors.js';
import type { OperationMetadata, ProviderMetadata, RetryPolicy } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import { createSignalRelay, type SignalRelay } from '../signal-relay.js';
import { type AttemptFetch, type AttemptResult, runAttempt } from './attempt.js';
import { backoffDelay } from './backoff.js';
import { createPacer, type Pacer, PacerTimeout } from './pacer.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { refuseMissingHeaders } from './required-headers.js';
import { createOperationResolver, type ResolvedOperation } from './resolve-operation.js';
import { type AttemptEnd, decideRetry, type RetryDecision } from './retry-decision.js';
import { createTimeoutQueue } from './timeout-queue.js';
import { type CallContext, createTransportErrors } from './transport-errors.js';

/** Options for one logical call. Every field overrides the client's setting for that call only. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Timeout of each attempt, body included, with a fresh timer per attempt. */
  timeoutMs?: number;
  /** Budget for all attempts and the waits between them. */
  deadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Sent on every attempt where the spec declares an idempotency header. Generated when absent. */
  idempotencyKey?: string;
  /**
   * `false` sends the body without the pre-send check against the spec: for the day the real API
   * accepts something the spec does not know yet. Everything else (retries, keys) is unchanged.
   */
  validate?: boolean;
}

export interface TransportConfig {
  metadata: ProviderMetadata;
  baseUrl: string;
  fetch: AttemptFetch;
  /** The full auth header value, resolved lazily so a missing key fails only when needed. */
  authorization: () => string;
  redact: Redactor;
  retry: RetryPolicy;
  timeoutMs: number;
  deadlineMs: number;
  /** Cap on a response body; a larger one is a `ResponseTooLargeError`. */
  maxResponseBytes: number;
  /** In-flight cap per rate-limit group, and for operations the spec gives no limit. */
  maxConcurrency: number;
  /** Replaces the spec's limit per group; `false` turns pacing off (all groups, or one). */
  rateLimits?: RateLimitOverrides;
  random?: () => number;
  /** Follows each caller's signal through one listener per client, however many calls share it. */
  relay?: SignalRelay;
}

export type RateLimitOverrides =
  | false
  | Readonly<Record<string, { requests: number; perSeconds: number } | false>>;

export interface SendOptions extends RequestOptions {
  operationId?: string;
  /** The request was built without a signal: `options.signal` is the only one. */
  ownRequest?: boolean;
  /** What the body was serialized to, so each attempt and redirect rebuilds it instead of a copy. */
  body?: BodyInit | null;
}

export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

export interface Transport {
  send: Send;
  resolve: ReturnType<typeof createOperationResolver>;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const DEFAULT_GROUP = '(no documented limit)';

/**
 * Whether an attempt may have started the job: anything but a refusal before sending or a definite
 * 4xx answer (a 409 may mean the key's job is already under way).
 */
function mayHaveStarted(result: AttemptResult): boolean {
  if (result.kind === 'failed') return result.failure !== 'not-sent';
  if (result.kind === 'redirect') return true;
  const { status } = result.response;
  return status >= 500 || status === 409 || result.response.ok;
}

/** A body that can be handed to fetch again: not a one-shot stream. */
const rebuildable = (body: BodyInit | null | undefined): body is BodyInit =>
  body != null && !(body instanceof ReadableStream);

/**
 * The fetch every provider client runs on. Each call is a few named steps: resolve the operation
 * (exact route table; unknown counts as paid), authorize, then attempts, each paced in its
 * rate-limit group and owning its timer until the body is read, and a pure retry decision between.
 */
export function createTransport(config: TransportConfig): Transport {
  const { metadata, redact } = config;
  const resolver = createOperationResolver(metadata, config.baseUrl);
  const random = config.random ?? Math.random;
  const timeouts = createTimeoutQueue();
  const errors = createTransportErrors(metadata, redact, config.baseUrl);
  const allowedOrigins = new Set([
    new URL(config.baseUrl).origin,
    ...(metadata.trustedOrigins ?? []),
  ]);
  const pacers = new Map<string, Pacer>();
  const relay = config.relay ?? createSignalRelay();

  function pacerFor(op: OperationMetadata | undefined): Pacer {
    const group = op?.rateLimit?.group ?? DEFAULT_GROUP;
    let pacer = pacers.get(group);
    if (!pacer) {
      const override = config.rateLimits === false ? false : config.rateLimits?.[group];
      const limit = override === false ? undefined : (override ?? op?.rateLimit);
      pacer = createPacer({
        maxConcurrent: config.maxConcurrency,
        ...(limit ? { requests: limit.requests, perMs: limit.perSeconds * 1000 } : {}),
      });
      pacers.set(group, pacer);
    }
    return pacer;
  }

  function optionalAuthorization(): string | undefined {
    try {
      return config.authorization();
    } catch (error) {
      if (error instanceof ConfigurationError) return undefined;
      throw error;
    }
  }

  // A Request's URL is normalized and never holds credentials, so its origin is a prefix of it.
  const keyMayGoTo = (url: string) => {
    for (const origin of allowedOrigins) if (url.startsWith(`${origin}/`)) return true;
    return false;
  };

  function setKey(request: Request, value: string, ctx: CallContext) {
    // openapi-fetch takes a per-call `baseUrl`, and a path is appended to the base as a string
    // (`.evil.test/x` extends the host): the URL a call builds is not always the client's.
    if (!keyMayGoTo(request.url)) throw errors.keyElsewhere(ctx, request.url, allowedOrigins);
    request.headers.set(metadata.auth.header, value);
  }

  function authorize(request: Request, call: Plan, options: SendOptions) {
    const { op, ctx } = call;
    const auth = op?.meta.auth;
    if (auth === 'optional') {
      // A route that also works without a key (a bootstrap): send one only when there is one.
      const value = optionalAuthorization();
      if (value !== undefined) setKey(request, value, ctx);
    } else if (auth !== false) setKey(request, config.authorization(), ctx);
    const header = op?.meta.idempotencyHeader;
    if (header && !request.headers.has(header)) {
      request.headers.set(header, options.idempotencyKey ?? crypto.randomUUID());
    }
  }

  /** Each hop and each attempt after the first gets a fresh request from the body's source. */
  function rebuilder(source: BodyInit | null | undefined) {
    return (previous: Request, url: string, keepBody: boolean): Request | undefined => {
      const hasBody = keepBody && previous.body !== null;
      if (hasBody && !rebuildable(source)) return undefined;
      const method = keepBody ? previous.method : previous.method === 'HEAD' ? 'HEAD' : 'GET';
      return new Request(url, {
        method,
        headers: previous.headers,
        ...(hasBody ? { body: source as BodyInit, duplex: 'half' } : {}),
      } as RequestInit);
    };
  }

  /** Everything about one logical call that stays the same across its attempts. */
  function plan(request: Request, options: SendOptions) {
    const method = request.method;
    const op: ResolvedOperation | undefined = options.operationId
      ? { id: options.operationId, meta: metadata.operations[options.operationId]! }
      : resolver.byUrl(method, request.url);
    const path = op?.meta.path ?? new URL(request.url).pathname;
    const ctx: CallContext = { provider: metadata.id, method, path, name: op?.id ?? path };
    if (op) ctx.operationId = op.id;
    // Fail closed: a request the spec does not know may be a paid one.
    const paid = op ? Boolean(op.meta.paid) : true;
    const source = options.body;
    // Without the body's source, a copy is the only way to send it twice; a one-shot stream is
    // sent once.
    const copyForRetry = source === undefined && request.body !== null;
    const asked = options.retry ? { ...config.retry, ...options.retry } : config.retry;
    const canResend = request.body === null || copyForRetry || rebuildable(source);
    return {
      op,
      ctx,
      paid,
      resendable: IDEMPOTENT_METHODS.has(method) || Boolean(op?.meta.idempotencyHeader) || !paid,
      // A request a helper built has no signal of its own; listening to it would only cost time.
      signal: relay(options.ownRequest ? options.signal : (options.signal ?? request.signal)),
      policy: canResend ? asked : { ...asked, maxRetries: 0 },
      deadline: Date.now() + (options.deadlineMs ?? config.deadlineMs),
      timeoutMs: options.timeoutMs ?? config.timeoutMs,
      pacer: pacerFor(op?.meta),
      rebuild: rebuilder(source),
      copyForRetry,
    };
  }
  type Plan = ReturnType<typeof plan>;

  /** One attempt in its turn: paced in its group, released once its body is read. */
  async function attemptInTurn(call: Plan, request: Request): Promise<AttemptResult> {
    const { signal, deadline, ctx } = call;
    let release: () => void;
    try {
      release = await call.pacer.acquire(signal, Math.max(0, deadline - Date.now()));
    } catch (reason) {
      if (reason instanceof PacerTimeout) throw errors.waitedForTurn(ctx, reason.waitedMs);
      throw errors.aborted(ctx, reason);
    }
    try {
      return await runAttempt({
        fetch: config.fetch,
        request,
        follow: call.rebuild,
        signal,
        timeoutMs: Math.max(0, Math.min(call.timeoutMs, deadline - Date.now())),
        timeouts,
        maxResponseBytes: config.maxResponseBytes,
        resendable: call.resendable,
        allowedOrigins,
      });
    } finally {
      release();
    }
  }

  function decide(call: Plan, end: AttemptEnd | undefined, attempt: number): RetryDecision {
    if (end === undefined) return { action: 'fail', why: 'not-retryable', jobMayExist: false };
    return decideRetry({
      end,
      attempt,
      policy: call.policy,
      resendable: call.resendable,
      paid: call.paid,
      backoffMs: backoffDelay(attempt, call.policy, random),
      remainingMs: call.deadline - Date.now(),
    });
  }

  async function send(request: Request, options: SendOptions = {}): Promise<Response> {
    const call = plan(request, options);
    authorize(request, call, options);
    if (options.validate !== false) refuseMissingHeaders(metadata, request, call.op);
    const header = call.paid ? call.op?.meta.idempotencyHeader : undefined;
    const key = header && request.headers.get(header);
    if (!key) return attempts(call, request);
    const reached = { maybe: false };
    try {
      return await attempts(call, request, reached);
    } catch (error) {
      if (!reached.maybe || !(error instanceof MediagenError)) throw error;
      throw errors.keyedMayExist(error, key);
    }
  }

  async function attempts(call: Plan, request: Request, reached = { maybe: false }) {
    for (let attempt = 0; ; attempt++) {
      if (call.signal?.aborted) throw errors.aborted(call.ctx, call.signal.reason);
      const spare =
        call.copyForRetry && attempt < call.policy.maxRetries ? request.clone() : undefined;
      const result = await attemptInTurn(call, request);
      reached.maybe ||= mayHaveStarted(result);
      if (result.kind === 'response' && result.response.ok) return result.response;
      const end = await attemptEnd(result);
      const decision = decide(call, end?.end, attempt);
      if (decision.action !== 'retry') {
        throw failure(result, end?.body, decision, {
          ...call,
          attempts: attempt + 1,
          url: request.url,
        });
      }
      await sleep(decision.waitMs, call.signal, call.ctx);
      request =
        spare ?? (request.body !== null ? call.rebuild(request, request.url, true)! : request);
    }
  }

  /** What the retry decision needs from an attempt that did not succeed. */
  async function attemptEnd(
    result: AttemptResult,
  ): Promise<{ end: AttemptEnd; body?: unknown } | undefined> {
    if (result.kind === 'response') {
      const body = await errors.readErrorBody(result.response);
      const retryAfterMs = parseRetryAfter(
        result.response.headers,
        body,
        metadata.errors.retryAfter,
      );
      return {
        end: {
          status: result.response.status,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        },
        body,
      };
    }
    if (
      result.kind === 'failed' &&
      result.failure !== 'aborted' &&
      result.failure !== 'too-large'
    ) {
      return {
        end: { failure: result.failure, ...(result.permanent ? { permanent: true } : {}) },
      };
    }
    return undefined;
  }

  function failure(
    result: AttemptResult,
    body: unknown,
    decision: Exclude<RetryDecision, { action: 'retry' }>,
    call: {
      attempts: number;
      policy: RetryPolicy;
      resendable: boolean;
      ctx: CallContext;
      url: string;
    },
  ) {
    const { attempts, policy, resendable, ctx, url } = call;
    if (result.kind === 'redirect') {
      const { reason, target, jobMayExist } = result.decision;
      return errors.redirected(ctx, result.status, result.from, reason, target, jobMayExist);
    }
    if (result.kind === 'response') {
      const { response } = result;
      if (decision.action === 'fail' && decision.why === 'hint-beyond-cap') {
        const hint = parseRetryAfter(response.headers, body, metadata.errors.retryAfter)!;
        return errors.hintBeyondCap(ctx, response.status, hint, policy.maxDelayMs, body);
      }
      const jobMayExist = decision.action === 'fail' && decision.jobMayExist;
      return errors.http(ctx, response, body, jobMayExist);
    }
    const { failure: what, cause, midBody } = result;
    if (what === 'aborted') return errors.aborted(ctx, cause, !resendable);
    if (what === 'too-large') return errors.tooLarge(ctx, config.maxResponseBytes, !resendable);
    if (decision.action === 'outcome-unknown') {
      return errors.outcomeUnknown(
        ctx,
        what === 'timeout' ? 'timeout' : midBody ? 'midBody' : 'lost',
        cause,
      );
    }
    return what === 'timeout'
      ? errors.timedOut(ctx, attempts, cause)
      : errors.unreachable(ctx, url, attempts, cause);
  }

  async function sleep(ms: number, signal: AbortSignal | undefined, ctx: CallContext) {
    try {
      await delay(ms, signal);
    } catch (reason) {
      throw errors.aborted(ctx, reason);
    }
  }

  return { send, resolve: resolver };
}
