/** The provider packages the CLI drives, each loaded only when a command names it. */
import { CliError, EXIT } from '../exit-codes.js';
import type { ProviderAdapter } from '../provider-adapter.js';

const LOADERS: Record<string, () => Promise<ProviderAdapter>> = {
  happyhorse: async () => (await import('./happyhorse.js')).happyhorse,
  horacle: async () => (await import('./horacle.js')).horacle,
  killatamata: async () => (await import('./killatamata.js')).killatamata,
  kubeez: async () => (await import('./kubeez.js')).kubeez,
  vydra: async () => (await import('./vydra.js')).vydra,
};

export const PROVIDERS = Object.keys(LOADERS);

export async function loadProvider(name: string): Promise<ProviderAdapter> {
  const load = LOADERS[name.toLowerCase()];
  if (!load)
    throw new CliError(
      `Unknown provider ${JSON.stringify(name)}. Use one of: ${PROVIDERS.join(', ')}.`,
      EXIT.invalidInput,
    );
  return load();
}
