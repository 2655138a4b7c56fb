import { ConfigurationError } from './errors.js';

export interface LoadApiKeyOptions {
  apiKey: string | undefined;
  /** Environment variable read when the option is absent. */
  envVar: string;
  provider: string;
}

/** The API key from the option or the environment; the error names both ways to give it. */
export function loadApiKey({ apiKey, envVar, provider }: LoadApiKeyOptions): string {
  if (apiKey !== undefined) {
    if (typeof apiKey !== 'string' || apiKey.trim() === '') {
      throw new ConfigurationError(
        `${provider} API key is empty. Pass a non-empty key using the 'apiKey' option, or leave the option out and set the ${envVar} environment variable.`,
      );
    }
    return apiKey;
  }
  const fromEnv = typeof process === 'undefined' ? undefined : process.env[envVar];
  if (!fromEnv) {
    throw new ConfigurationError(
      `${provider} API key is missing. Pass it using the 'apiKey' option or set the ${envVar} environment variable.`,
      { provider },
    );
  }
  return fromEnv;
}
