import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  type ErrorContext,
  type MediagenError,
  RateLimitError,
  RedirectError,
  RequestTimeoutError,
  ResponseTooLargeError,
  SubmitOutcomeUnknownError,
} from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import { createHttpError, readErrorBody } from './create-http-error.js';
import { failureCause } from './failure-cause.js';
import { suggestBaseUrl } from './redirect-policy.js';

export interface CallContext extends ErrorContext {
  /** `operationId`, or the path where the spec knows no operation. */
  name: string;
}

const LOST = {
  timeout: 'no answer came within the attempt timeout',
  lost: 'the connection was lost before the answer arrived',
  midBody: 'the answer was cut off before its body was complete',
  aborted: 'the caller aborted before the answer arrived',
} as const;

/** What a keyed submit's ambiguous end tells the caller: the key gets the same job back. */
export const mayExistWithKey = (key: string) =>
  `The job may exist and may be billed. Submit again with idempotencyKey '${key}' (also on this error as idempotencyKey) to get that job rather than start another.`;

/** The typed errors a call can end in, each saying what happened and what to do about it. */
export function createTransportErrors(
  metadata: ProviderMetadata,
  redact: Redactor,
  baseUrl: string,
) {
  const { name } = metadata;
  const about = (ctx: CallContext) => {
    const { name: _n, ...context } = ctx;
    return context;
  };

  /** Where to look for a job that may exist, without the closing full stop. */
  const mayExistNote = () => {
    const list = Object.entries(metadata.operations).find(([, meta]) => meta.jobList);
    return `The job may exist and may be billed, so it was not sent again. ${
      list
        ? `Look for it with ${list[0]} (${list[1].method.toUpperCase()} ${list[1].path})`
        : `Check your ${name} dashboard or job history`
    } before you submit it again`;
  };
  const mayExist = () => `${mayExistNote()}.`;

  return {
    /**
     * A keyed submit that may have reached the server ended in `error`: whatever its kind, the job
     * may exist, and the key is how to get it back without paying twice.
     */
    keyedMayExist<E extends MediagenError>(error: E, key: string): E {
      const message = `${error.message.replace(/\.?$/, '.')} ${redact(mayExistWithKey(key))}`;
      // A function, so a `$&` or `$'` in the key is not read as a replacement pattern.
      if (error.stack) error.stack = error.stack.replace(error.message, () => message);
      error.message = message;
      return Object.assign(error, { jobMayExist: true, idempotencyKey: key });
    },

    /** A call built a URL off the client's origin: refused before the key is set on it. */
    keyElsewhere(ctx: CallContext, url: string, allowed: ReadonlySet<string>) {
      const list = [...allowed].join(', ');
      return new ConfigurationError(
        `${name} ${ctx.name} was not sent: it would take the API key to ${new URL(url).origin}, and the key goes only to ${list}. Set baseUrl on the client rather than per call, and pass a path from the spec.`,
        about(ctx),
        { redact },
      );
    },

    aborted(ctx: CallContext, cause: unknown, jobMayExist = false) {
      const tail = jobMayExist ? ` after the request went out. ${mayExist()}` : '';
      return new AbortError(
        `${name} ${ctx.name} was aborted${tail}`,
        { ...about(ctx), ...(jobMayExist ? { jobMayExist } : {}) },
        { cause, redact },
      );
    },

    outcomeUnknown(ctx: CallContext, why: keyof typeof LOST, cause: unknown) {
      const { code } = failureCause(cause);
      return new SubmitOutcomeUnknownError(
        `${name} ${ctx.name} was sent, but ${LOST[why]}${code ? ` (${code})` : ''}. ${mayExist()}`,
        { ...about(ctx), jobMayExist: true, ...(code ? { code } : {}) },
        { cause, redact },
      );
    },

    timedOut(ctx: CallContext, attempts: number, cause: unknown) {
      return new RequestTimeoutError(
        `${name} ${ctx.name} timed out after ${attempts} attempt(s); raise timeoutMs or deadlineMs if the API is slow`,
        about(ctx),
        { cause, redact },
      );
    },

    waitedForTurn(ctx: CallContext, waitedMs: number) {
      return new RequestTimeoutError(
        `${name} ${ctx.name} waited ${waitedMs} ms for a turn under the rate limit and ran out of its deadline before anything was sent; raise deadlineMs or send fewer requests at once`,
        about(ctx),
        { redact },
      );
    },

    unreachable(ctx: CallContext, url: string, attempts: number, cause: unknown) {
      const { code, explanation } = failureCause(cause);
      // The code and what it means, rather than fetch's own "fetch failed" two causes up.
      const detail = code
        ? `${code}${explanation ? `: ${explanation}` : ''}`
        : ((cause as Error)?.message ?? String(cause));
      return new ConnectionError(
        `${name} ${ctx.name} could not reach ${new URL(url).host} after ${attempts} attempt(s): ${detail}`,
        { ...about(ctx), ...(code ? { code } : {}) },
        { cause, redact },
      );
    },

    tooLarge(ctx: CallContext, limitBytes: number, jobMayExist: boolean) {
      const tail = jobMayExist ? ` ${mayExist()}` : '';
      return new ResponseTooLargeError(
        `${name} ${ctx.name} answered with a body over ${limitBytes} bytes, so it was not read; raise the client's maxResponseBytes if that is expected.${tail}`,
        { ...about(ctx), ...(jobMayExist ? { jobMayExist } : {}) },
        { redact },
      );
    },

    redirected(
      ctx: CallContext,
      status: number,
      from: string,
      reason: string,
      target: URL | undefined,
      jobMayExist: boolean,
    ) {
      const where = target ? ` ${target.origin}${target.pathname}` : '';
      const crossOrigin = target && target.origin !== new URL(from).origin;
      const fix = crossOrigin
        ? ` The API key was not sent there. If that is ${name}'s own address, set baseUrl to '${suggestBaseUrl(baseUrl, from, target)}'.`
        : '';
      return new RedirectError(
        `${name} ${ctx.name} was redirected (${status})${where ? ` to${where}` : ''} ${reason}, which is not followed.${fix}${jobMayExist ? ` ${mayExist()}` : ''}`,
        {
          ...about(ctx),
          status,
          ...(target ? { location: target.origin + target.pathname } : {}),
          ...(jobMayExist ? { jobMayExist } : {}),
        },
        { redact },
      );
    },

    hintBeyondCap(ctx: CallContext, status: number, hintMs: number, capMs: number, body: unknown) {
      return new RateLimitError(
        `${name} ${ctx.name} asked to wait ${Math.ceil(hintMs / 1000)} s (status ${status}), beyond the ${Math.ceil(capMs / 1000)} s retry cap; try again after that`,
        { ...about(ctx), status, retryAfterMs: hintMs, body },
        { redact },
      );
    },

    http(ctx: CallContext, response: Response, body: unknown, jobMayExist: boolean) {
      return createHttpError(response, body, {
        metadata,
        ...(ctx.operationId ? { operationId: ctx.operationId } : {}),
        method: ctx.method ?? '',
        path: ctx.path ?? '',
        redact,
        ...(jobMayExist ? { note: mayExistNote(), jobMayExist } : {}),
      });
    },

    readErrorBody,
  };
}
