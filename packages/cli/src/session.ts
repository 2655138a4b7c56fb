/**
 * One provider's client for a command: the key, the base URL (`--base-url`, or an embedded
 * `@mediagen/mock` with `--mock`), and the poll schedule. Against loopback the documented rate limits
 * are not paced and `--poll-ms` may replace the schedule; against the real API neither is allowed.
 */
import type { PollSchedule } from '@mediagen/runtime';
import { resolveApiKey } from './api-key.js';
import { CliError, EXIT } from './exit-codes.js';
import { type GlobalOptions, isLoopbackUrl } from './global-options.js';
import type { Printer } from './printer.js';
import type { JobClient, ProviderAdapter } from './provider-adapter.js';
import { loadProvider } from './providers/registry.js';
import { withTimeout } from './with-timeout.js';

/** Provider ms per real ms on the embedded mock: its walks and the documented schedule, faster. */
const MOCK_TIME_SCALE = 40;
const MOCK_START_TIMEOUT_MS = 30_000;

export interface Session {
  adapter: ProviderAdapter;
  client: JobClient;
  baseUrl: string | undefined;
  /** A mock: nothing is paid. */
  free: boolean;
  /** The schedule to wait with, where it replaces the documented one. */
  schedule(statusOperationId: string): Partial<PollSchedule> | undefined;
  close(): Promise<void>;
}

export async function openSession(
  provider: string,
  options: GlobalOptions,
  printer: Printer,
  { needsKey = true } = {},
): Promise<Session> {
  const adapter = await loadProvider(provider);
  if (options.mock) return mockSession(adapter, printer);
  const baseUrl = options.baseUrl;
  const loopback = baseUrl !== undefined && isLoopbackUrl(baseUrl);
  if (options.pollMs !== undefined && !loopback)
    throw new CliError(
      '--poll-ms only works against a mock on this machine (--mock, or a loopback --base-url): the real API is polled on its documented schedule.',
      EXIT.invalidInput,
    );
  const apiKey = needsKey
    ? await resolveApiKey(adapter, options.apiKey, printer)
    : (options.apiKey ?? process.env[adapter.metadata.apiKeyEnv]);
  printer.addSecret(apiKey);
  const client = adapter.createClient({
    ...(apiKey ? { apiKey } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(loopback ? { rateLimits: false } : {}),
  });
  const pollMs = options.pollMs;
  return {
    adapter,
    client,
    baseUrl,
    free: false,
    schedule: () =>
      pollMs !== undefined ? { initialDelayMs: 0, sequenceMs: [pollMs] } : undefined,
    close: async () => {},
  };
}

async function mockSession(adapter: ProviderAdapter, printer: Printer): Promise<Session> {
  const { startMock } = await import('@mediagen/mock');
  const mock = await withTimeout(
    startMock(adapter.id, { scenario: { timeScale: MOCK_TIME_SCALE } }),
    MOCK_START_TIMEOUT_MS,
    `The embedded ${adapter.name} mock did not start within ${MOCK_START_TIMEOUT_MS / 1000} s.`,
  );
  printer.note(
    `Using an embedded @mediagen/mock of ${adapter.name} at ${mock.url}: nothing is paid, and no key is needed.`,
  );
  return {
    adapter,
    client: adapter.createClient({ apiKey: 'mock', baseUrl: mock.url, rateLimits: false }),
    baseUrl: mock.url,
    free: true,
    schedule: (statusOperationId) => mock.schedule(statusOperationId),
    close: () =>
      withTimeout(mock.close(), MOCK_START_TIMEOUT_MS, 'The embedded mock did not stop.'),
  };
}
