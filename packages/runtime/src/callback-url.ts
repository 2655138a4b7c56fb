import { isLoopbackHost } from './is-loopback-host.js';

/** A push token shorter than this is refused everywhere: it would be guessable. */
export const MIN_PUSH_TOKEN_LENGTH = 16;

/**
 * What is wrong with a URL a provider is asked to push to, or undefined when nothing is. Only
 * https, or plain http to loopback (the mock, a local receiver), as for `baseUrl`: a token in the
 * URL would otherwise travel in clear text, and no other scheme can receive a push.
 */
export function callbackUrlProblem(url: unknown): string | undefined {
  if (typeof url !== 'string' || !URL.canParse(url)) {
    return 'is not a URL; pass the absolute https:// URL of your callback endpoint';
  }
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:' || (protocol === 'http:' && isLoopbackHost(hostname))) return undefined;
  return `must use https:// (got ${protocol}), so its token never travels in clear text; plain http:// is allowed only to loopback (localhost, 127.0.0.1, [::1])`;
}

/** What is wrong with a push token, or undefined when nothing is. */
export function pushTokenProblem(token: unknown): string | undefined {
  if (typeof token === 'string' && token.length >= MIN_PUSH_TOKEN_LENGTH) return undefined;
  return `must be a string of at least ${MIN_PUSH_TOKEN_LENGTH} random characters (crypto.randomUUID() is one)`;
}
