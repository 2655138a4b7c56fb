/**
 * `mediagen login <provider>`: Killa Tamata's documented device link (approve the code in a signed-in
 * browser; the key it hands back is saved, never shown), or, for the others, a key typed at a hidden
 * prompt. The key goes to the config file, mode 0600.
 */
import { isCancel, password } from '@clack/prompts';
import type { KillaTamataClient } from '@mediagen/killatamata';
import { configPath, saveApiKey } from '../config-file.js';
import { CliError, EXIT } from '../exit-codes.js';
import { loadProvider } from '../providers/registry.js';
import type { RunContext } from '../run-context.js';
import { withTimeout } from '../with-timeout.js';

const LINK_TIMEOUT_MS = 10 * 60_000;

async function deviceLink({ printer, global, signal }: RunContext, label: string): Promise<string> {
  const adapter = await loadProvider('killatamata');
  let close = async () => {};
  let baseUrl = global.baseUrl;
  if (global.mock) {
    const { startMock } = await import('@mediagen/mock');
    const mock = await withTimeout(
      startMock('killatamata'),
      30_000,
      'The embedded mock did not start.',
    );
    baseUrl = mock.url;
    close = () => mock.close();
  }
  try {
    const client = adapter.createClient({
      ...(baseUrl ? { baseUrl } : {}),
    }) as unknown as KillaTamataClient;
    const bounded = { signal: AbortSignal.any([signal, AbortSignal.timeout(LINK_TIMEOUT_MS)]) };
    const link = await client.startDeviceLink({ keyLabel: label }, bounded);
    printer.note(
      `Approve the code ${link.userCode}${link.verificationUrl ? ` at ${link.verificationUrl}` : ' in your signed-in Killa Tamata browser session'}.`,
    );
    printer.note('Waiting for the approval (Ctrl-C stops)…');
    const key = await client.pollDeviceLink(link, bounded);
    return key.reveal();
  } finally {
    await close();
  }
}

export async function runLogin(
  context: RunContext,
  provider: string,
  flags: { label: string },
): Promise<number> {
  const adapter = await loadProvider(provider);
  if (context.global.mock && !process.env.MEDIAGEN_CONFIG)
    throw new CliError(
      "With --mock the key is the mock's, so it is saved only where MEDIAGEN_CONFIG points, never in your own config file. Set MEDIAGEN_CONFIG to try it.",
      EXIT.invalidInput,
    );
  let key: string;
  if (adapter.id === 'killatamata') key = await deviceLink(context, flags.label);
  else {
    if (!context.printer.interactive)
      throw new CliError(
        `mediagen login ${adapter.id} asks for the key at a prompt; here, set ${adapter.metadata.apiKeyEnv} instead.`,
        EXIT.invalidInput,
      );
    const typed = await password({
      message: `${adapter.name} API key`,
      output: context.printer.stderr,
      signal: AbortSignal.any([context.signal, AbortSignal.timeout(LINK_TIMEOUT_MS)]),
    });
    if (isCancel(typed) || !typed) throw new CliError('No key saved.', EXIT.invalidInput);
    key = typed;
  }
  context.printer.addSecret(key);
  const path = configPath();
  await saveApiKey(path, adapter.id, key);
  context.printer.out(
    `Saved a ${adapter.name} key to ${path} (mode 0600). It is used when ${adapter.metadata.apiKeyEnv} and --api-key are not set.`,
  );
  context.printer.result({ provider: adapter.id, saved: path });
  return 0;
}
