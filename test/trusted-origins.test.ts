import { createKubeezClient } from '@mediagen/kubeez';
import { RedirectError } from '@mediagen/runtime';
import { createVydraClient } from '@mediagen/vydra';
import { describe, expect, it } from 'vitest';

// Vydra's documented base answers with a redirect to its www host; the spec trusts that origin
// (x-mediagen-trusted-origins), so the key follows it there, and nowhere else.
const apiKey = 'vydra_test_key_0123456789';

function redirectingFetch(location: string) {
  const seen: { url: string; authorization: string | null }[] = [];
  const fetch = async (request: Request) => {
    seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    if (seen.length === 1) {
      return new Response(null, { status: 308, headers: { location } });
    }
    return new Response(JSON.stringify({ name: 'Acme', credits: 10 }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, seen };
}

describe('a redirect to a trusted origin keeps the key', () => {
  it('https://vydra.ai/api/v1 → https://www.vydra.ai/api/v1 is followed with Authorization', async () => {
    const { fetch, seen } = redirectingFetch('https://www.vydra.ai/api/v1/organization');
    const vydra = createVydraClient({ apiKey, fetch });
    await vydra.call('getOrganization', {});
    expect(seen).toEqual([
      { url: 'https://vydra.ai/api/v1/organization', authorization: `Bearer ${apiKey}` },
      { url: 'https://www.vydra.ai/api/v1/organization', authorization: `Bearer ${apiKey}` },
    ]);
  });

  it('any other origin is refused, naming the baseUrl to set', async () => {
    const { fetch, seen } = redirectingFetch('https://api.elsewhere.test/api/v1/organization');
    const vydra = createVydraClient({ apiKey, fetch });
    const error = await vydra.call('getOrganization', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain(
      "set baseUrl to 'https://api.elsewhere.test/api/v1'",
    );
    expect(seen).toHaveLength(1);
  });
});

describe('a custom key header never crosses origins', () => {
  it.each([301, 302, 303, 307, 308])(
    "Kubeez's X-API-Key is not sent on after a %i",
    async (status) => {
      const seen: string[] = [];
      const fetch = async (request: Request) => {
        seen.push(request.url);
        return new Response(null, {
          status,
          headers: { location: 'https://evil.test/v1/balance' },
        });
      };
      const kubeez = createKubeezClient({ apiKey, fetch });
      await expect(kubeez.call('getBalance', {})).rejects.toBeInstanceOf(RedirectError);
      expect(seen).toHaveLength(1);
    },
  );
});
