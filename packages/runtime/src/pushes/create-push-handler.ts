import { pushTokenProblem } from '../callback-url.js';
import { ConfigurationError } from '../errors.js';
import type { PushHub } from '../jobs/push-hub.js';
import { type PushedJob, readPushedJob } from '../jobs/read-pushed-job.js';
import type { JobPushMetadata, ProviderMetadata } from '../provider-metadata.js';
import { createDeliveryDedupe } from './delivery-dedupe.js';
import { readRequestText, UnreadableRequestError } from './read-request-text.js';
import { tokenMatches } from './verify-token.js';

/** One verified, parsed delivery of a callback or webhook. */
export interface JobDelivery<Payload = unknown> {
  /** The push's name in the spec (`callbacks` or `webhooks` entry). */
  push: string;
  job: PushedJob;
  /** The payload, typed as the spec declares it. */
  body: Payload;
  request: Request;
}

/** Decides whether a delivery really comes from the provider, from the request and its raw body. */
export type PushVerifier = (request: Request, rawBody: string) => boolean | Promise<boolean>;

export interface PushHandlerOptions<Payload = unknown> {
  /** Which of the spec's callbacks or webhooks this endpoint receives. Default: the only one. */
  push?: string;
  /** The secret the provider sends back, where the spec's scheme is a token. */
  token?: string;
  /** Your own check of each delivery, where the provider documents no scheme (or on top of it). */
  verify?: PushVerifier;
  /** Your work for each delivery. The provider gets its 2xx only after this resolves. */
  onJob?: (delivery: JobDelivery<Payload>) => void | Promise<void>;
  /**
   * A verified delivery that contradicts the job's first end (another end, or a running state
   * after it) is ignored: `onJob` does not see it, the provider gets its 2xx, and this hook hears
   * of it with the end that was kept.
   */
  onIgnored?: (delivery: JobDelivery<Payload> & { kept: PushedJob }) => void | Promise<void>;
  /** Largest body accepted. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Bound on reading the body and on `onJob`. Default 9 s, inside the 10 s senders commonly allow. */
  timeoutMs?: number;
}

export interface PushHandlerContext {
  metadata: ProviderMetadata;
  /** The client's pending waits, settled by each delivery. */
  hub?: PushHub;
}

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

function pickPush(metadata: ProviderMetadata, name: string | undefined): [string, JobPushMetadata] {
  const pushes = Object.entries(metadata.pushes ?? {});
  const found =
    name === undefined && pushes.length === 1 ? pushes[0] : pushes.find(([n]) => n === name);
  if (found) return found;
  const names = pushes.map(([n]) => n).join(', ') || 'none';
  throw new ConfigurationError(
    `${metadata.name} declares no push${name ? ` named ${name}` : ' to pick by default'}; pass { push } with one of: ${names}.`,
    { provider: metadata.id },
  );
}

function tokenOf(push: JobPushMetadata, request: Request): string | null {
  if (!push.token) return null;
  return push.token.in === 'query'
    ? new URL(request.url).searchParams.get(push.token.name)
    : request.headers.get(push.token.name);
}

function checkVerification(
  metadata: ProviderMetadata,
  push: JobPushMetadata,
  options: PushHandlerOptions<never>,
) {
  if (push.token && !options.token && !options.verify) {
    throw new ConfigurationError(
      `${metadata.name} sends a token with each push (${push.token.in} ${push.token.name}); pass { token } with the secret you registered.`,
      { provider: metadata.id },
    );
  }
  const tokenProblem = options.token !== undefined && pushTokenProblem(options.token);
  if (tokenProblem) {
    throw new ConfigurationError(
      `${metadata.name} push handler { token } ${tokenProblem}; use the same secret in the URL you give ${metadata.name}.`,
      { provider: metadata.id },
    );
  }
  if (!push.token && !options.verify) {
    throw new ConfigurationError(
      `${metadata.name} documents no way to verify a push; pass { verify(request, rawBody) } that checks it (a secret in the URL you registered, a signature).`,
      { provider: metadata.id },
    );
  }
}

async function bounded<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `true` when the delivery passes the caller's own check, else the answer to give it. */
async function verifyDelivery(
  verify: PushVerifier | undefined,
  request: Request,
  raw: string,
): Promise<true | Response> {
  if (!verify) return true;
  try {
    if (await verify(request, raw)) return true;
  } catch {
    // A check that broke (a key it fetches, a header it cannot parse) proves nothing either way: a
    // 5xx gets the provider's retry; its message stays here, not in the answer.
    return answer(500, { error: 'verification failed' });
  }
  return answer(401, { error: 'unverified delivery' });
}

/**
 * A web-standard endpoint for a provider's callbacks or webhooks: `(request) => Promise<Response>`,
 * for Node (with `toNodeListener`), Hono, Next.js route handlers, Bun and Deno. It verifies each
 * delivery, reads the job from it, settles the client's pending wait at once, runs `onJob` once per
 * delivery however often the provider repeats it, and answers 2xx only after `onJob` resolved.
 */
export function createPushHandler<Payload = unknown>(
  context: PushHandlerContext,
  options: PushHandlerOptions<Payload> = {},
): (request: Request) => Promise<Response> {
  const { metadata, hub } = context;
  const [name, push] = pickPush(metadata, options.push);
  checkVerification(metadata, push, options as PushHandlerOptions<never>);
  const maxBytes = options.maxBodyBytes ?? 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 9000;
  const dedupe = createDeliveryDedupe();

  return async (request) => {
    if (request.method.toLowerCase() !== push.method) {
      return answer(405, { error: `${name} deliveries are ${push.method.toUpperCase()} requests` });
    }
    if (
      push.token &&
      options.token &&
      !(await tokenMatches(options.token, tokenOf(push, request)))
    ) {
      return answer(401, { error: 'unverified delivery' });
    }
    let raw: string;
    try {
      raw = await readRequestText(request, { maxBytes, timeoutMs });
    } catch (error) {
      if (error instanceof UnreadableRequestError)
        return answer(error.status, { error: error.message });
      throw error;
    }
    const verified = await verifyDelivery(options.verify, request, raw);
    if (verified !== true) return verified;
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, { error: 'the body is not JSON' });
    }
    const job = readPushedJob(push, body);
    if (!job) return answer(400, { error: `no job id at ${push.id}` });
    const { verdict, end } = hub?.deliver({ job, body }) ?? { verdict: 'first', end: undefined };
    if (end && (verdict === 'conflict' || verdict === 'after-end')) {
      const ignored = { push: name, job, body: body as Payload, request, kept: end.job };
      // Called inside the promise chain, so a hook that throws at once is caught like one that rejects.
      const hook = Promise.resolve().then(() => options.onIgnored?.(ignored));
      await bounded(hook, timeoutMs).catch(() => {});
      return answer(200, { received: true, ignored: `the job already ended ${end.job.status}` });
    }
    const work = async () => {
      await options.onJob?.({ push: name, job, body: body as Payload, request });
    };
    try {
      const outcome = await bounded(dedupe.once(`${name} ${job.id} ${job.state}`, work), timeoutMs);
      // A 5xx on a slow or failed handler gets the provider's retry, which runs it again.
      if (outcome === 'timeout') return answer(503, { error: 'handler still running' });
      return answer(200, { received: true, duplicate: !outcome });
    } catch {
      return answer(500, { error: 'handler failed' });
    }
  };
}
