import { ConfigurationError } from '../errors.js';

export interface LoadApiKeyOptions {
  apiKey: string | undefined;
  /** Environment variable read when the option is absent. */
  envVar: string;
  provider: string;
}

// Characters no header value may hold: `Headers.set` would throw with the whole key in its message.
const NOT_IN_A_HEADER = /[\0\r\n]/;

// A header value is bytes: a character past U+00FF makes `Headers.set` throw a bare TypeError.
const NOT_LATIN_1 = /[\u0100-\uffff]/;

function checked(key: string, from: string, provider: string): string {
  if (NOT_IN_A_HEADER.test(key)) {
    throw new ConfigurationError(
      `${provider} API key from ${from} contains a line break or NUL character, which no HTTP header can carry. Copy the key again without the trailing newline or stray characters.`,
      { provider },
    );
  }
  if (NOT_LATIN_1.test(key)) {
    throw new ConfigurationError(
      `${provider} API key from ${from} contains a character no HTTP header can carry (beyond Latin-1: a smart quote, an emoji, a non-Latin letter). Copy the key again from the provider's dashboard.`,
      { provider },
    );
  }
  return key;
}

/** The API key from the option or the environment; the error names both ways to give it. */
export function loadApiKey({ apiKey, envVar, provider }: LoadApiKeyOptions): string {
  if (apiKey !== undefined) {
    if (typeof apiKey !== 'string') {
      const got = apiKey === null ? 'null' : `a ${typeof apiKey}`;
      throw new ConfigurationError(
        `${provider} API key must be a string (got ${got}). Pass the key as a string using the 'apiKey' option, or leave the option out and set the ${envVar} environment variable.`,
        { provider },
      );
    }
    if (apiKey.trim() === '') {
      throw new ConfigurationError(
        `${provider} API key is empty. Pass a non-empty key using the 'apiKey' option, or leave the option out and set the ${envVar} environment variable.`,
      );
    }
    return checked(apiKey, "the 'apiKey' option", provider);
  }
  const fromEnv = typeof process === 'undefined' ? undefined : process.env[envVar];
  if (!fromEnv) {
    throw new ConfigurationError(
      `${provider} API key is missing. Pass it using the 'apiKey' option or set the ${envVar} environment variable.`,
      { provider },
    );
  }
  return checked(fromEnv, `the ${envVar} environment variable`, provider);
}
