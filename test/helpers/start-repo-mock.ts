/**
 * Starts a provider's mock from this repository: through its package when it has one (as a user's
 * install would), else from the spec's generated `openapi.json` and metadata, so a provider whose
 * package is still being written gets a mock as soon as its spec is generated.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type MockOptions, type MockServer, startMock } from '@mediagen/mock';
import type { ProviderMetadata } from '@mediagen/runtime';
import { root } from '../../scripts/list-providers.ts';

export async function startRepoMock(
  provider: string,
  options: MockOptions = {},
): Promise<MockServer> {
  const generated = resolve(root, 'packages', provider, 'src', 'generated');
  if (existsSync(resolve(root, 'packages', provider, 'package.json'))) {
    try {
      return await startMock(provider, options);
    } catch (error) {
      if ((error as Error).name !== 'ProviderNotFoundError') throw error;
    }
  }
  const spec = JSON.parse(await readFile(resolve(generated, 'openapi.json'), 'utf8'));
  const { metadata } = (await import(resolve(generated, 'metadata.ts'))) as {
    metadata: ProviderMetadata;
  };
  return startMock({ spec, metadata, name: provider }, options);
}
