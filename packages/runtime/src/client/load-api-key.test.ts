import { describe, expect, it } from 'vitest';
import { loadApiKey } from './load-api-key.js';

describe('loadApiKey', () => {
  it('prefers the option, then the env var, and names both when neither is set', () => {
    expect(loadApiKey({ apiKey: 'k', envVar: 'ACME_TEST_KEY_UNSET', provider: 'Acme' })).toBe('k');
    process.env.ACME_TEST_KEY_SET = 'from-env';
    expect(loadApiKey({ apiKey: undefined, envVar: 'ACME_TEST_KEY_SET', provider: 'Acme' })).toBe(
      'from-env',
    );
    delete process.env.ACME_TEST_KEY_SET;
    expect(() =>
      loadApiKey({ apiKey: undefined, envVar: 'ACME_TEST_KEY_UNSET', provider: 'Acme' }),
    ).toThrow(
      "Acme API key is missing. Pass it using the 'apiKey' option or set the ACME_TEST_KEY_UNSET environment variable.",
    );
    expect(() => loadApiKey({ apiKey: ' ', envVar: 'X', provider: 'Acme' })).toThrow(/empty/);
  });
});
