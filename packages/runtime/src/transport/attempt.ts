import { AttemptStop } from './attempt-stop.js';
import { failureCause } from './failure-cause.js';
import { BodyTooLarge, bufferedResponse, readBody } from './read-body.js';
import { decideRedirect, type RedirectDecision } from './redirect-policy.js';
import type { TimeoutQueue } from './timeout-queue.js';

export type AttemptFetch = (input: Request, init?: RequestInit) => Promise<Response>;

export interface AttemptInput {
  fetch: AttemptFetch;
  request: Request;
  /** The next hop's request: same method, headers and (on 307/308) the body rebuilt from its source. */
  follow: (previous: Request, url: string, keepBody: boolean) => Request | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  timeouts: TimeoutQueue;
  maxResponseBytes: number;
  resendable: boolean;
  allowedOrigins: ReadonlySet<string>;
}

export type AttemptResult =
  | { kind: 'response'; response: Response }
  | {
      kind: 'redirect';
      decision: Extract<RedirectDecision, { action: 'refuse' }>;
      status: number;
      /** The URL that answered with the redirect. */
      from: string;
    }
  | {
      kind: 'failed';
      failure: 'not-sent' | 'timeout' | 'lost' | 'aborted' | 'too-large';
      /** The body was cut off after the headers arrived. */
      midBody: boolean;
      cause: unknown;
      /** Not sent, and sending it again cannot help (a name that does not resolve, a bad port). */
      permanent?: boolean;
    };

const TIMED_OUT = Symbol('timed out');

const ignore = () => undefined;
const cancelBody = (late: Response) => late.body?.cancel().catch(ignore);

/**
 * The fetch's answer, or the stop's reason as soon as it fires: a fetch of the caller's own may
 * ignore its signal and never settle. One that answers after losing has its body cancelled, so its
 * connection is freed, and its rejection is handled. Through the stop's slot rather than one more
 * abort listener per fetch, which was a measurable part of a call.
 */
function untilStopped(fetching: Promise<Response>, stop: AttemptStop): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const lose = (reason: unknown) => {
      stop.fetching = undefined;
      reject(reason);
      fetching.then(cancelBody, ignore);
    };
    if (stop.signal.aborted) return lose(stop.signal.reason);
    stop.fetching = lose;
    fetching.then(
      (response) => {
        stop.fetching = undefined;
        resolve(response);
      },
      (error: unknown) => {
        stop.fetching = undefined;
        reject(error);
      },
    );
  });
}

/**
 * One attempt: the request, each redirect hop it may follow, and the whole body, all under one
 * timer and the caller's signal. Nothing of it outlives its timer: the body is read here, capped,
 * and handed on buffered.
 */
export async function runAttempt(input: AttemptInput): Promise<AttemptResult> {
  const { signal } = input;
  const stop = new AttemptStop(signal);
  const clearTimer = input.timeouts.add(input.timeoutMs, () => stop.stop(TIMED_OUT));
  let midBody = false;
  try {
    let request = input.request;
    for (let hops = 0; ; hops++) {
      const response = await untilStopped(
        input.fetch(request, { signal: stop.signal, redirect: 'manual' }),
        stop,
      );
      const decision: RedirectDecision =
        response.type === 'opaqueredirect'
          ? { action: 'refuse', reason: 'somewhere the platform hides', jobMayExist: true }
          : decideRedirect({
              status: response.status,
              method: request.method,
              from: request.url,
              location: response.headers.get('location'),
              resendable: input.resendable,
              allowedOrigins: input.allowedOrigins,
              hops,
            });
      if (decision.action === 'none') {
        midBody = true;
        const body = await readBody(response, input.maxResponseBytes, stop, !response.ok);
        return { kind: 'response', response: bufferedResponse(response, body) };
      }
      response.body?.cancel().catch(() => undefined);
      const next =
        decision.action === 'follow'
          ? input.follow(request, decision.url, decision.keepBody)
          : undefined;
      if (!next) {
        const refused =
          decision.action === 'refuse'
            ? decision
            : {
                action: 'refuse' as const,
                reason: 'with a body that cannot be sent twice',
                jobMayExist: !input.resendable,
              };
        return { kind: 'redirect', decision: refused, status: response.status, from: request.url };
      }
      request = next;
    }
  } catch (error) {
    const cause = failureCause(error);
    const failure = signal?.aborted
      ? 'aborted'
      : stop.signal.reason === TIMED_OUT
        ? 'timeout'
        : error instanceof BodyTooLarge
          ? 'too-large'
          : !midBody && cause.notSent
            ? 'not-sent'
            : 'lost';
    const permanent = failure === 'not-sent' && cause.permanent;
    return { kind: 'failed', failure, midBody, cause: error, ...(permanent ? { permanent } : {}) };
  } finally {
    clearTimer();
    stop.dispose();
  }
}
