/**
 * Prism, the validating engine: started in-process from the spec (milliseconds, where the CLI takes
 * seconds) on a loopback port only the state layer talks to. It checks every request against the
 * spec and answers with the spec's own examples. Exported for comparisons: Prism alone, no state.
 */
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';

export interface PrismEngine {
  origin: string;
  close(): Promise<void>;
}

/** The spec without `callbacks`: Prism would post their examples itself, at once, to any URL. */
function withoutCallbacks(spec: object): object {
  const copy = structuredClone(spec) as { paths?: Record<string, Record<string, unknown>> };
  for (const item of Object.values(copy.paths ?? {}))
    for (const op of Object.values(item))
      if (op && typeof op === 'object') delete (op as { callbacks?: unknown }).callbacks;
  return copy;
}

export async function startPrism(spec: object): Promise<PrismEngine> {
  const operations = await getHttpOperationsFromSpec(withoutCallbacks(spec));
  const prism = createServer(operations, {
    cors: true,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      // An example that breaks its own schema becomes a 500 instead of being served.
      errors: true,
      mock: { dynamic: false },
      upstreamProxy: undefined,
      isProxy: false,
    },
    components: { logger: createLogger('mock', { level: 'silent' }) },
  });
  const origin = new URL(await prism.listen(0, '127.0.0.1')).origin;
  return { origin, close: () => prism.close() };
}
