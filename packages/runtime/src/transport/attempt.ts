import { AttemptStop } from './attempt-stop.js';
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
    };

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

const TIMED_OUT = Symbol('timed out');

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
      const response = await input.fetch(request, {
        signal: stop.signal,
        redirect: 'manual',
      });
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
    const failure = signal?.aborted
      ? 'aborted'
      : stop.signal.reason === TIMED_OUT
        ? 'timeout'
        : error instanceof BodyTooLarge
          ? 'too-large'
          : !midBody && NOT_SENT_CODES.has(errorCode(error) ?? '')
            ? 'not-sent'
            : 'lost';
    return { kind: 'failed', failure, midBody, cause: error };
  } finally {
    clearTimer();
    stop.dispose();
  }
}
