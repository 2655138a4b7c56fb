import type { JobHandle } from './job-handle.js';
import { noRedaction, type Redactor, redactCause, redactedErrors, redactValue } from './redact.js';

export interface ErrorContext {
  provider?: string;
  operationId?: string;
  method?: string;
  path?: string;
  status?: number;
  /** The provider's own error code, such as `INSUFFICIENT_CREDITS`. */
  code?: string;
  /** The provider's own error message. */
  providerMessage?: string;
  requestId?: string;
  retryAfterMs?: number;
  /** The parsed error body. */
  body?: unknown;
  /** A paid request went out and its outcome is unknown: look for the job before submitting again. */
  jobMayExist?: boolean;
  /**
   * The idempotency key a keyed submit went out with, where its outcome is unknown: submit again
   * with it (`{ idempotencyKey }`) to get the same job rather than pay for another.
   */
  idempotencyKey?: string;
}

export interface ErrorOptions {
  cause?: unknown;
  /** Applied to the message, body and cause, so the API key can never travel with an error. */
  redact?: Redactor;
}

/** The base of every error mediagen throws. `instanceof` works on each subclass. */
export class MediagenError extends Error {
  readonly provider?: string;
  readonly operationId?: string;
  readonly method?: string;
  readonly path?: string;
  readonly status?: number;
  readonly code?: string;
  readonly providerMessage?: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly body?: unknown;
  readonly jobMayExist?: boolean;
  readonly idempotencyKey?: string;

  constructor(message: string, context: ErrorContext = {}, options: ErrorOptions = {}) {
    const redact = options.redact ?? noRedaction;
    super(
      redact(message),
      options.cause === undefined ? undefined : { cause: redactCause(options.cause, redact) },
    );
    for (const [key, value] of Object.entries(context)) {
      if (value === undefined) continue;
      (this as Record<string, unknown>)[key] = redactValue(value, redact);
    }
    redactedErrors.add(this);
  }

  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause, ...fields } = Object.fromEntries(Object.entries(this));
    return {
      name: this.name,
      message: this.message,
      ...fields,
      ...(cause instanceof Error ? { cause: { name: cause.name, message: cause.message } } : {}),
    };
  }
}
MediagenError.prototype.name = 'MediagenError';

/** Bad options or environment: a missing API key, an insecure base URL. Nothing was sent. */
export class ConfigurationError extends MediagenError {}
ConfigurationError.prototype.name = 'ConfigurationError';

export interface InputIssue {
  path: string;
  message: string;
}

/** 400 or 422 from the API, or input the spec rejects before anything is sent (`issues`). */
export class ValidationError extends MediagenError {
  readonly issues: readonly InputIssue[];
  constructor(
    message: string,
    context: ErrorContext & { issues?: readonly InputIssue[] } = {},
    options?: ErrorOptions,
  ) {
    const { issues = [], ...rest } = context;
    super(message, rest, options);
    this.issues = issues;
  }
}
ValidationError.prototype.name = 'ValidationError';

/** Any HTTP error response; the subclasses below name the common statuses. */
export class ApiError extends MediagenError {}
ApiError.prototype.name = 'ApiError';
export class AuthenticationError extends ApiError {}
AuthenticationError.prototype.name = 'AuthenticationError';
export class InsufficientCreditsError extends ApiError {}
InsufficientCreditsError.prototype.name = 'InsufficientCreditsError';
export class PermissionDeniedError extends ApiError {}
PermissionDeniedError.prototype.name = 'PermissionDeniedError';
export class NotFoundError extends ApiError {}
NotFoundError.prototype.name = 'NotFoundError';
export class ConflictError extends ApiError {}
ConflictError.prototype.name = 'ConflictError';
export class RateLimitError extends ApiError {}
RateLimitError.prototype.name = 'RateLimitError';
export class ServerError extends ApiError {}
ServerError.prototype.name = 'ServerError';
/** The body of a successful response could not be read as JSON. */
export class InvalidResponseError extends ApiError {}
InvalidResponseError.prototype.name = 'InvalidResponseError';

/** A success or error body larger than the client's `maxResponseBytes`; it was not read further. */
export class ResponseTooLargeError extends ApiError {}
ResponseTooLargeError.prototype.name = 'ResponseTooLargeError';

/**
 * The server redirected somewhere the key must not follow: another origin, plain http, or a hop
 * that would change or re-send a paid request. `location` names where it pointed.
 */
export class RedirectError extends MediagenError {
  readonly location?: string;
  constructor(
    message: string,
    context: ErrorContext & { location?: string } = {},
    options?: ErrorOptions,
  ) {
    const { location, ...rest } = context;
    super(message, rest, options);
    if (location) this.location = options?.redact ? options.redact(location) : location;
  }
}
RedirectError.prototype.name = 'RedirectError';

/** The request did not get a response: refused, reset, DNS. */
export class ConnectionError extends MediagenError {}
ConnectionError.prototype.name = 'ConnectionError';

/**
 * A paid request went out but its answer was lost. The job may exist and may be billed, so it was
 * not re-sent; the message says where to look for it.
 */
export class SubmitOutcomeUnknownError extends ConnectionError {}
SubmitOutcomeUnknownError.prototype.name = 'SubmitOutcomeUnknownError';

/** One attempt, or all attempts together, ran out of time. */
export class RequestTimeoutError extends MediagenError {}
RequestTimeoutError.prototype.name = 'RequestTimeoutError';

/** The caller's AbortSignal fired. `handle` is set when a job was waited on and left running. */
export class AbortError extends MediagenError {
  readonly handle?: JobHandle;
  constructor(
    message: string,
    context: ErrorContext & { handle?: JobHandle } = {},
    options?: ErrorOptions,
  ) {
    const { handle, ...rest } = context;
    super(message, rest, options);
    if (handle) this.handle = handle;
  }
}
AbortError.prototype.name = 'AbortError';

export interface JobErrorContext extends ErrorContext {
  handle: JobHandle;
  state?: string;
  creditsRefunded?: number;
  refundStatus?: string;
}

abstract class JobError extends MediagenError {
  readonly handle: JobHandle;
  // Assigned by the base constructor from the context; `declare` keeps field init from resetting them.
  declare readonly state?: string;
  declare readonly creditsRefunded?: number;
  declare readonly refundStatus?: string;
  constructor(message: string, context: JobErrorContext, options?: ErrorOptions) {
    super(message, context, options);
    this.handle = context.handle;
  }
}

/** The provider reports the job failed. `providerMessage` says why. */
export class JobFailedError extends JobError {}
JobFailedError.prototype.name = 'JobFailedError';

/** The job was cancelled, by the provider or by `cancel()` / an aborted wait. */
export class JobCancelledError extends JobError {}
JobCancelledError.prototype.name = 'JobCancelledError';

/** The wait ran out of time. The job goes on: `handle` resumes it with `wait(handle)`. */
export class WaitTimeoutError extends JobError {}
WaitTimeoutError.prototype.name = 'WaitTimeoutError';
