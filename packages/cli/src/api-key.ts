/**
 * Where a provider's key comes from, first found wins: `--api-key`, the provider's environment
 * variable (`HAPPYHORSE_API_KEY`, …), then the config file `mediagen login` writes.
 */

import { configPath, readableByOthers, readConfig } from './config-file.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Printer } from './printer.js';
import type { ProviderAdapter } from './provider-adapter.js';

export async function resolveApiKey(
  adapter: ProviderAdapter,
  flag: string | undefined,
  printer: Printer,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const fromEnv = env[adapter.metadata.apiKeyEnv];
  if (flag) return flag;
  if (fromEnv) return fromEnv;
  const path = configPath(env);
  const saved = (await readConfig(path)).apiKeys?.[adapter.id];
  if (saved) {
    if (await readableByOthers(path))
      printer.warn(
        `${path} is readable by other users: run chmod 600 on it, and rotate the keys in it.`,
      );
    return saved;
  }
  const login = adapter.id === 'killatamata' ? ', run `mediagen login killatamata`' : '';
  throw new CliError(
    `No ${adapter.name} API key. Set ${adapter.metadata.apiKeyEnv}, pass --api-key${login}, or try it on the mock with --mock.`,
    EXIT.auth,
  );
}
