import { ConfigurationError } from '../errors.js';
import { isLoopbackHost } from '../is-loopback-host.js';

/**
 * The API key travels in a header, so a plain-http base URL would send it in clear text. Loopback is
 * the one exception: that is where the mock servers run.
 */
export function validateBaseUrl(baseUrl: string, provider: string): string {
  const given: unknown = baseUrl;
  if (typeof given !== 'string') {
    // Plain JavaScript: a URL object reached `.replace` below as a bare TypeError.
    const what =
      given instanceof URL
        ? 'a URL object; pass its href'
        : given === null
          ? 'null'
          : typeof given === 'object'
            ? 'an object'
            : `a ${typeof given}`;
    throw new ConfigurationError(
      `${provider} baseUrl must be a string such as 'https://api.example.com' (got ${what}).`,
      { provider },
    );
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // Not echoed: a mistyped URL can hold a key or a token.
    throw new ConfigurationError(
      `${provider} baseUrl is not a valid absolute URL. Give the API's root, such as the spec's server URL, starting with https://.`,
      { provider },
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigurationError(
      `${provider} baseUrl must be a plain https://host/path root, without credentials, a query string or a fragment (got ${url.protocol}//${url.host}${url.pathname} with more after it). The API key is sent in a header; pass it with the 'apiKey' option.`,
      { provider },
    );
  }
  if (url.protocol === 'https:') return baseUrl.replace(/\/+$/, '');
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return baseUrl.replace(/\/+$/, '');
  throw new ConfigurationError(
    `${provider} baseUrl must use https:// so the API key is never sent in clear text (got ${url.protocol}//${url.host}). Plain http:// is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]), such as the mock servers.`,
    { provider },
  );
}
