import type {
  AuthMetadata,
  ProviderMetadata,
} from '../../packages/runtime/src/provider-metadata.ts';
import type { OpenApiDocument } from './openapi-document.ts';
import { fail } from './spec-error.ts';
import { withoutNotes } from './without-notes.ts';

/** `x-mediagen-provider`: the provider's id, display name, key variable and security scheme. */
export function providerOf(spec: string, doc: OpenApiDocument) {
  const provider = doc['x-mediagen-provider'];
  const { id, apiKeyEnv, securityScheme } = provider ?? {};
  if (!id || !apiKeyEnv || !securityScheme) {
    fail(spec, 'root', 'x-mediagen-provider needs id, apiKeyEnv and securityScheme');
  }
  return { id, name: provider?.name ?? id, apiKeyEnv, securityScheme };
}

/** The header the key goes in, from the named security scheme. */
export function authFor(spec: string, doc: OpenApiDocument, schemeName: string): AuthMetadata {
  const scheme = doc.components?.securitySchemes?.[schemeName];
  if (!scheme) fail(spec, 'x-mediagen-provider.securityScheme', `no securityScheme ${schemeName}`);
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') {
    return { header: 'Authorization', prefix: 'Bearer ' };
  }
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) {
    return { header: scheme.name, prefix: '' };
  }
  return fail(
    spec,
    schemeName,
    'the client sends keys only as a bearer token or an API-key header',
  );
}

/** `x-mediagen-retry`: the retry policy, with the documented no-work statuses (none if unsaid). */
export function retryOf(spec: string, doc: OpenApiDocument): ProviderMetadata['retry'] {
  const retry = doc['x-mediagen-retry'];
  if (!retry) fail(spec, 'root', 'x-mediagen-retry is required');
  return {
    maxRetries: retry.maxRetries,
    statuses: retry.statuses,
    baseDelayMs: retry.baseDelayMs,
    maxDelayMs: retry.maxDelayMs,
    noWorkStatuses: retry.noWorkStatuses ?? [],
    ...(retry.statusDelayMs ? { statusDelayMs: retry.statusDelayMs } : {}),
    // A missing number fails where metadata.ts is type-checked (`satisfies ProviderMetadata`).
  } as ProviderMetadata['retry'];
}

/** `x-mediagen-trusted-origins: { origins: [https://…] }`: bare https origins, nothing more. */
export function trustedOrigins(
  spec: string,
  doc: OpenApiDocument,
): Pick<ProviderMetadata, 'trustedOrigins'> {
  const origins: unknown = doc['x-mediagen-trusted-origins']?.origins;
  if (origins === undefined) return {};
  if (!Array.isArray(origins)) fail(spec, 'x-mediagen-trusted-origins', 'origins must be a list');
  for (const origin of origins) {
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (url?.protocol !== 'https:' || url.origin !== origin) {
      fail(spec, 'x-mediagen-trusted-origins', `${origin} is not a bare https:// origin`);
    }
  }
  return { trustedOrigins: origins };
}

/** `x-mediagen-errors`, without its notes. */
export function errorsOf(doc: OpenApiDocument): ProviderMetadata['errors'] {
  return withoutNotes(doc['x-mediagen-errors'] ?? {});
}
