import { SCENARIO_HEADER } from '@mediagen/mock';

/**
 * A fetch for contract tests that walks a stateless Prism mock through a job's life: for each path it
 * sends the next `Prefer` value of a script (the last one repeats), so every response still comes
 * from the spec's own examples: it asks @mediagen/mock to answer statelessly, as Prism alone
 * (test/mock*.test.ts test the mock's jobs). It records what was sent.
 */
export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string;
  prefer?: string;
}

export function scenarioFetch(
  script: Record<string, string[]> = {},
  { baseUrl }: { baseUrl?: string } = {},
) {
  // Paths are recorded relative to the API's base path (Vydra's `/api/v1`), as the spec writes them.
  const basePath = baseUrl ? new URL(baseUrl).pathname.replace(/\/+$/, '') : '';
  const sent: SentRequest[] = [];
  const counters = new Map<string, number>();
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const key = Object.keys(script).find((k) => {
      const [method, path] = k.includes(' ') ? k.split(' ') : [undefined, k];
      return (!method || method === request.method) && url.pathname.endsWith(path!);
    });
    let prefer: string | undefined;
    if (key) {
      const steps = script[key]!;
      const n = counters.get(key) ?? 0;
      counters.set(key, n + 1);
      prefer = steps[Math.min(n, steps.length - 1)];
    }
    const headers = new Headers(request.headers);
    if (prefer) headers.set('Prefer', prefer);
    // These tests pin the spec's own examples (and their ids): the mock answers as Prism alone.
    if (!headers.has(SCENARIO_HEADER)) headers.set(SCENARIO_HEADER, 'stateless');
    const body = request.body ? await request.clone().text() : '';
    const path =
      basePath && url.pathname.startsWith(basePath)
        ? url.pathname.slice(basePath.length)
        : url.pathname;
    sent.push({
      method: request.method,
      path,
      headers,
      body,
      ...(prefer ? { prefer } : {}),
    });
    return globalThis.fetch(new Request(request, { headers }));
  };
  return { fetch, sent };
}

/** A poll schedule fast enough for tests; the provider's real one is asserted separately. */
export const fastSchedule = { initialDelayMs: 0, intervalMs: 5, incrementMs: 0, sequenceMs: [5] };

/** A fetch that drops one header before sending: a client whose key never reaches the server. */
export function fetchWithout(header: string) {
  return async (input: Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    request.headers.delete(header);
    return globalThis.fetch(request);
  };
}
