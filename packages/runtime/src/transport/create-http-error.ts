import {
  ApiError,
  AuthenticationError,
  ConflictError,
  type ErrorContext,
  InsufficientCreditsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../errors.js';
import { readFirst } from '../json-pointer.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import { parseRetryAfter } from './parse-retry-after.js';

const BY_STATUS: Record<number, typeof ApiError> = {
  400: ValidationError,
  401: AuthenticationError,
  402: InsufficientCreditsError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

const HINTS: Record<number, string> = {
  401: 'Check the API key',
  402: 'Top up the account',
  403: 'Use a key with the required permission',
  429: 'Slow down',
};

export function errorClassFor(status: number): typeof ApiError {
  return BY_STATUS[status] ?? (status >= 500 ? ServerError : ApiError);
}

export async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface HttpErrorOrigin {
  metadata: ProviderMetadata;
  operationId?: string;
  method: string;
  path: string;
  redact: Redactor;
  /** A last sentence for the message: what the caller should know or do. */
  note?: string;
  /** A paid request may have started a job: set on the error for callers to check. */
  jobMayExist?: boolean;
}

/** A typed error for an error response, carrying the provider's own code and message. */
export function createHttpError(
  response: Response,
  body: unknown,
  origin: HttpErrorOrigin,
): ApiError {
  const { metadata } = origin;
  const codeValue = readFirst(body, metadata.errors.code ?? '/code');
  const messageValue =
    readFirst(body, metadata.errors.message ?? '/message') ??
    readFirst(body, '/error') ??
    readFirst(body, '/detail');
  const providerMessage =
    typeof messageValue === 'string'
      ? messageValue
      : typeof body === 'string'
        ? // Redacted before the cut, so a key across the cut cannot survive in part.
          origin.redact(body).slice(0, 500)
        : undefined;
  const context: ErrorContext = {
    provider: metadata.id,
    method: origin.method,
    path: origin.path,
    status: response.status,
    body,
  };
  if (origin.operationId) context.operationId = origin.operationId;
  if (origin.jobMayExist) context.jobMayExist = true;
  if (typeof codeValue === 'string' || typeof codeValue === 'number')
    context.code = String(codeValue);
  if (providerMessage) context.providerMessage = providerMessage;
  const requestId = response.headers.get('x-request-id') ?? response.headers.get('request-id');
  if (requestId) context.requestId = requestId;
  const retryAfterMs = parseRetryAfter(response.headers, body, metadata.errors.retryAfter);
  if (retryAfterMs !== undefined) context.retryAfterMs = retryAfterMs;

  const parts = [
    `${metadata.name} ${origin.operationId ?? `${origin.method} ${origin.path}`} failed with ${response.status}`,
    context.code ? ` ${context.code}` : '',
    providerMessage ? `: ${providerMessage}` : '',
    HINTS[response.status] ? `. ${HINTS[response.status]}` : '',
    retryAfterMs !== undefined ? ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)` : '',
    origin.note ? `. ${origin.note}.` : '',
  ];
  const ErrorClass = errorClassFor(response.status);
  return new ErrorClass(parts.join(''), context, { redact: origin.redact });
}
