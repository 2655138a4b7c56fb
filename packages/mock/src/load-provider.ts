/**
 * A provider's bundled spec and generated metadata, from its installed package: the spec is the
 * package's `openapi.json` export, the metadata its `metadata` export. Resolved from this package
 * first, then from the current directory, so it works from any install.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProviderMetadata } from '@mediagen/runtime';

export interface ProviderSource {
  spec: Record<string, unknown>;
  metadata?: ProviderMetadata;
}

export class ProviderNotFoundError extends Error {
  override name = 'ProviderNotFoundError';
}

function resolveFrom(specifier: string): string | undefined {
  for (const from of [import.meta.url, pathToFileURL(join(process.cwd(), 'noop.js')).href]) {
    try {
      return createRequire(from).resolve(specifier);
    } catch {}
  }
  return undefined;
}

export async function loadProvider(provider: string): Promise<ProviderSource> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(provider))
    throw new ProviderNotFoundError(`"${provider}" is not a provider name such as kubeez`);
  const specPath = resolveFrom(`@mediagen/${provider}/openapi.json`);
  if (!specPath) {
    throw new ProviderNotFoundError(
      `@mediagen/${provider} is not installed (or has no openapi.json export). Install it next to @mediagen/mock: npm install -D @mediagen/${provider}`,
    );
  }
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as Record<string, unknown>;
  const loaded = (await import(`@mediagen/${provider}`).catch(async () => {
    const main = resolveFrom(`@mediagen/${provider}`);
    return main ? import(pathToFileURL(main).href) : {};
  })) as { metadata?: ProviderMetadata };
  return { spec, ...(loaded.metadata ? { metadata: loaded.metadata } : {}) };
}
