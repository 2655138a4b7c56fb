import {
  ConfigurationError,
  type JobDelivery,
  type PushHandlerOptions,
  type RequestOptions,
  ValidationError,
} from '@mediagen/runtime';
import {
  callbackUrlProblem,
  MIN_PUSH_TOKEN_LENGTH,
  pushTokenProblem,
  withExtra,
} from '@mediagen/runtime/provider';
import type {
  Generation,
  HoracleBaseClient,
  RegisterWebhookInput,
  Webhook,
  WebhookList,
} from './types.js';

/** The query parameter that carries the secret in a registered webhook URL. */
export const WEBHOOK_TOKEN_PARAM = 'token';
/** A token shorter than this is refused: it would be guessable (the same minimum for every push). */
export const MIN_WEBHOOK_TOKEN_LENGTH = MIN_PUSH_TOKEN_LENGTH;

export interface WebhookHandlerOptions
  extends Omit<PushHandlerOptions<Generation>, 'push' | 'token' | 'verify'> {
  /** The secret you put in the registered URL (`webhookUrl(url, token)`). Required. */
  token: string;
}

export type WebhookDelivery = JobDelivery<Generation>;

function checkToken(token: string | undefined): asserts token is string {
  if (pushTokenProblem(token)) {
    throw new ConfigurationError(
      `Horacle documents no webhook signature, so deliveries are checked by a secret in the URL you register. Pass { token } of at least ${MIN_WEBHOOK_TOKEN_LENGTH} random characters, for example crypto.randomUUID(), and register webhookUrl(url, token).`,
      { provider: 'horacle' },
    );
  }
}

/** `url` with the secret added as `?token=…`, ready to register. */
/** The URL Horacle will post to: https, or http to loopback, so its token is never in clear text. */
function checkUrl(url: unknown, operationId?: string) {
  const problem = callbackUrlProblem(url);
  if (problem) {
    throw new ValidationError(`Horacle webhook url ${problem}.`, {
      provider: 'horacle',
      ...(operationId ? { operationId } : {}),
      issues: [{ path: '/url', message: problem }],
    });
  }
}

export function webhookUrl(url: string | URL, token: string): string {
  checkUrl(String(url));
  checkToken(token);
  const withToken = new URL(url);
  withToken.searchParams.set(WEBHOOK_TOKEN_PARAM, token);
  return withToken.href;
}

/** Registered webhooks, and the endpoint that receives them. */
export function webhookHelpers(client: HoracleBaseClient) {
  return {
    registerWebhook: async (
      input: RegisterWebhookInput,
      options?: RequestOptions,
    ): Promise<Webhook> => {
      checkUrl((input as { url?: unknown } | undefined)?.url, 'registerWebhook');
      return client.call('registerWebhook', { body: withExtra(input) }, options);
    },

    listWebhooks: (options?: RequestOptions): Promise<WebhookList> =>
      client.call('listWebhooks', {}, options),

    /**
     * A web-standard endpoint, `(request) => Promise<Response>`, for Horacle's webhook deliveries
     * (mount it in Node with `toNodeListener`). It answers 401 unless the delivery's URL carries your
     * token (compared in constant time), runs `onJob` once per job state however often it is
     * delivered, answers 2xx only after `onJob` resolved, and settles this client's pending `wait`.
     */
    createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
      checkToken(options.token);
      return client.pushHandler<Generation>({ ...options, push: 'generationStatus' });
    },
  };
}

/** The methods `webhookHelpers` puts on the client. */
export type WebhookHelpers = ReturnType<typeof webhookHelpers>;
