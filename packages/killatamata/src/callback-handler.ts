import type { JobDelivery, PushVerifier } from '@mediagen/runtime';
import type { KillaTamataBaseClient, MediaJobCallback } from './types.js';

export interface CallbackHandlerOptions {
  /** The token you put in `callback.token`; each delivery's `?token=` is compared in constant time. */
  token: string;
  /** Also check each delivery yourself (on top of the token). */
  verify?: PushVerifier;
  /** Your work per job. Runs once per job however often Killa Tamata re-delivers; a 2xx follows it. */
  onJob?: (delivery: JobDelivery<MediaJobCallback>) => void | Promise<void>;
}

/**
 * The terminal callback endpoint: `(request: Request) => Promise<Response>` (wrap it with the
 * runtime's `toNodeListener` for `node:http`). It checks the token, reads the typed payload, settles
 * this client's pending `generate(…, { callback })`, and answers 2xx only after `onJob` resolves,
 * so a failure there makes Killa Tamata retry.
 */
export function callbackHandlerHelpers(client: KillaTamataBaseClient): CallbackHandlerHelpers {
  return {
    createCallbackHandler: (options) =>
      client.pushHandler<MediaJobCallback>({ push: 'mediaJobTerminal', ...options }),
  };
}

export interface CallbackHandlerHelpers {
  /** The terminal-callback endpoint, `(Request) => Promise<Response>`. */
  createCallbackHandler(options: CallbackHandlerOptions): (request: Request) => Promise<Response>;
}
