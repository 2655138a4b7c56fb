import { backoffDelay } from './backoff.js';
import { createHttpError, readErrorBody } from './create-http-error.js';
import { delay } from './delay.js';
import {
  AbortError,
  ConnectionError,
  type ErrorContext,
  type MediagenError,
  RateLimitError,
  RequestTimeoutError,
  SubmitOutcomeUnknownError,
  ValidationError,
} from './errors.js';
import { parseRetryAfter } from './parse-retry-after.js';
import type { ProviderMetadata, RetryPolicy } from './provider-metadata.js';
import type { Redactor } from './redact.js';
import { createOperationResolver, type ResolvedOperation } from './resolve-operation.js';
import { createTimeoutQueue } from './timeout-queue.js';
import { formatIssues, validateInput } from './validate-input.js';

/** Options for one logical call. Every field overrides the client's setting for that call only. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Timeout of each attempt, with a fresh timer per attempt. */
  timeoutMs?: number;
  /** Budget for all attempts and the waits between them. */
  deadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Sent on every attempt where the spec declares an idempotency header. Generated when absent. */
  idempotencyKey?: string;
}

export interface TransportConfig {
  metadata: ProviderMetadata;
  baseUrl: string;
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  /** The full auth header value, resolved lazily so a missing key fails only when needed. */
  authorization: () => string;
  redact: Redactor;
  retry: RetryPolicy;
  timeoutMs: number;
  deadlineMs: number;
  random?: () => number;
}

export type Send = (
  request: Request,
  options?: RequestOptions & {
    operationId?: string;
    /** The request was built without a signal: `options.signal` is the only one. */
    ownRequest?: boolean;
  },
) => Promise<Response>;

// Errors where the request provably never reached the server.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const TIMED_OUT = Symbol('timed out');

/**
 * The fetch every provider client runs on: auth, input validation, idempotency keys, per-attempt
 * timeouts, and retries that honour server hints and never risk a second paid job.
 */
export function createTransport(config: TransportConfig): Send {
  const { metadata, redact } = config;
  const resolve = createOperationResolver(metadata, config.baseUrl);
  const random = config.random ?? Math.random;
  const timeouts = createTimeoutQueue();

  return async function send(request, options = {}) {
    const method = request.method;
    const op: ResolvedOperation | undefined = options.operationId
      ? { id: options.operationId, meta: metadata.operations[options.operationId]! }
      : resolve(method, request.url);
    const path = op?.meta.path ?? new URL(request.url).pathname;
    const context: ErrorContext = { provider: metadata.id, method, path };
    if (op) context.operationId = op.id;
    // A request a helper built has no signal of its own; listening to it would only cost time.
    const signal = options.ownRequest ? options.signal : (options.signal ?? request.signal);
    const policy = options.retry ? { ...config.retry, ...options.retry } : config.retry;
    const started = Date.now();
    const deadline = started + (options.deadlineMs ?? config.deadlineMs);
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;

    if (op?.meta.auth !== false) request.headers.set(metadata.auth.header, config.authorization());
    const idempotencyHeader = op?.meta.idempotencyHeader;
    if (idempotencyHeader && !request.headers.has(idempotencyHeader)) {
      request.headers.set(idempotencyHeader, options.idempotencyKey ?? crypto.randomUUID());
    }
    if (op?.meta.input && request.body && request.headers.get('content-type')?.includes('json')) {
      const body = await request
        .clone()
        .json()
        .catch(() => undefined);
      const issues = validateInput(op.meta.input, body);
      if (issues.length > 0) {
        throw new ValidationError(
          `${metadata.name} ${op.id} input is invalid, so it was not sent (nothing was charged): ${formatIssues(issues)}`,
          { ...context, issues },
          { redact },
        );
      }
    }
    // Without a key, re-sending a paid POST could start and bill a second job. An unpaid one (an
    // asset ingest) can at worst meet its own first attempt, which the API reports as a conflict.
    const safeToResend =
      IDEMPOTENT_METHODS.has(method) || Boolean(idempotencyHeader) || !op?.meta.paid;

    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted)
        throw new AbortError(`${metadata.name} ${op?.id ?? path} was aborted`, context, {
          cause: signal.reason,
          redact,
        });
      const remaining = deadline - Date.now();
      // Each attempt sends a copy so the body survives for the next; the last one sends the original.
      const attemptRequest =
        request.body && attempt < policy.maxRetries ? request.clone() : request;
      const controller = new AbortController();
      const onAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onAbort);
      const clearTimer = timeouts.add(Math.max(0, Math.min(timeoutMs, remaining)), () =>
        controller.abort(TIMED_OUT),
      );
      let response: Response;
      try {
        response = await config.fetch(attemptRequest, { signal: controller.signal });
      } catch (error) {
        if (signal?.aborted)
          throw new AbortError(`${metadata.name} ${op?.id ?? path} was aborted`, context, {
            cause: signal.reason,
            redact,
          });
        const timedOut = controller.signal.reason === TIMED_OUT;
        const notSent = !timedOut && NOT_SENT_CODES.has(errorCode(error) ?? '');
        const cause = timedOut ? new Error(`no response within ${timeoutMs} ms`) : error;
        if (!safeToResend && !notSent) throw outcomeUnknown(op, context, cause);
        const wait = backoffDelay(attempt, policy, random);
        if (attempt >= policy.maxRetries || Date.now() + wait >= deadline) {
          throw timedOut
            ? new RequestTimeoutError(
                `${metadata.name} ${op?.id ?? path} timed out after ${attempt + 1} attempt(s)`,
                context,
                { cause, redact },
              )
            : new ConnectionError(
                `${metadata.name} ${op?.id ?? path} could not reach ${new URL(request.url).host} after ${attempt + 1} attempt(s): ${(error as Error)?.message ?? error}`,
                context,
                { cause, redact },
              );
        }
        await sleep(wait, signal, op, context);
        continue;
      } finally {
        clearTimer();
        signal?.removeEventListener('abort', onAbort);
      }

      if (response.ok) return response;
      const status = response.status;
      const retryable =
        policy.statuses.includes(status) &&
        (safeToResend || policy.noWorkStatuses.includes(status));
      if (!retryable || attempt >= policy.maxRetries) {
        // A paid request that failed on the server's side may still have started the job.
        const mayExist = op?.meta.paid && status >= 500 && !safeToResend;
        throw await httpError(
          response,
          op,
          method,
          path,
          mayExist
            ? `The job may exist and may be billed, so it was not sent again. ${whereToLook()}`
            : undefined,
        );
      }

      const body = await readErrorBody(response.clone());
      const hint = parseRetryAfter(response.headers, body, metadata.errors.retryAfter);
      if (hint !== undefined && hint > policy.maxDelayMs) {
        throw new RateLimitError(
          `${metadata.name} ${op?.id ?? path} asked to wait ${Math.ceil(hint / 1000)} s (status ${status}), beyond the ${Math.ceil(policy.maxDelayMs / 1000)} s retry cap; try again after that`,
          { ...context, status, retryAfterMs: hint, body },
          { redact },
        );
      }
      const wait = hint ?? backoffDelay(attempt, policy, random);
      if (Date.now() + wait >= deadline) throw await httpError(response, op, method, path);
      await response.body?.cancel();
      await sleep(wait, signal, op, context);
    }
  };

  async function httpError(
    response: Response,
    op: ResolvedOperation | undefined,
    method: string,
    path: string,
    note?: string,
  ) {
    const body = await readErrorBody(response);
    return createHttpError(response, body, {
      metadata,
      ...(op ? { operationId: op.id } : {}),
      method,
      path,
      redact,
      ...(note ? { note } : {}),
    });
  }

  async function sleep(
    ms: number,
    signal: AbortSignal | undefined,
    op: ResolvedOperation | undefined,
    context: ErrorContext,
  ) {
    try {
      await delay(ms, signal);
    } catch (reason) {
      throw new AbortError(`${metadata.name} ${op?.id ?? context.path} was aborted`, context, {
        cause: reason,
        redact,
      });
    }
  }

  function whereToLook(): string {
    const list = Object.entries(metadata.operations).find(([, meta]) => meta.jobList);
    return list
      ? `Look for it with ${list[0]} (${list[1].method.toUpperCase()} ${list[1].path}) before you submit it again`
      : `Check your ${metadata.name} dashboard or job history before you submit it again`;
  }

  function outcomeUnknown(
    op: ResolvedOperation | undefined,
    context: ErrorContext,
    cause: unknown,
  ): MediagenError {
    return new SubmitOutcomeUnknownError(
      `${metadata.name} ${op?.id ?? context.path} was sent, but the connection was lost before the answer arrived. The job may exist and may be billed, so it was not sent again. ${whereToLook()}.`,
      context,
      { cause, redact },
    );
  }
}
