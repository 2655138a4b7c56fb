import { ConfigurationError } from '../errors.js';
import { pushesOf } from '../jobs/client-pushes.js';
import { createPushHandler, type PushHandlerOptions } from './create-push-handler.js';

export interface PushHandlerHelpers {
  /**
   * A web-standard endpoint, `(request) => Promise<Response>`, for the spec's callbacks and webhooks.
   * Each verified delivery settles this client's pending `wait` for the job at once.
   */
  pushHandler<Payload = unknown>(
    options?: PushHandlerOptions<Payload>,
  ): (request: Request) => Promise<Response>;
}

/** `pushHandler` for a client made by `createProviderBase`: a helper group like a provider's own. */
export function pushHandlerHelpers(client: object): PushHandlerHelpers {
  const pushes = pushesOf(client);
  if (!pushes) {
    throw new ConfigurationError(
      'pushHandlerHelpers needs a client made by createProviderBase or createProviderClient.',
    );
  }
  return {
    pushHandler: (options) => createPushHandler(pushes, options),
  };
}
