/**
 * Checks a job's request against the spec exactly as the client will send it, without sending it:
 * a client whose `fetch` is a stop (the runtime's documented test-double hook) runs `submit` with a
 * throwaway key. The client refuses bad input with its `ValidationError` before calling fetch, so
 * reaching fetch proves the body passed; nothing leaves the machine and nothing is paid.
 */
import type { JobRequest, ProviderAdapter } from './provider-adapter.js';

class Stop extends Error {}

export async function checkRequest(
  adapter: ProviderAdapter,
  baseUrl: string | undefined,
  request: JobRequest,
): Promise<void> {
  let reached = false;
  const probe = adapter.createClient({
    apiKey: 'mediagen-dry-run',
    ...(baseUrl ? { baseUrl } : {}),
    retry: { maxRetries: 0 },
    rateLimits: false,
    fetch: async () => {
      reached = true;
      throw new Stop('dry run: not sent');
    },
  });
  try {
    await probe.submit(request.operationId, request.init, {
      retry: { maxRetries: 0 },
      ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
    });
  } catch (error) {
    if (!reached) throw error;
  }
}
