const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_HOPS = 5;

export interface RedirectHop {
  status: number;
  method: string;
  /** The URL that answered with the redirect. */
  from: string;
  location: string | null;
  /** Re-sending the request cannot start a second paid job (unpaid, idempotent or keyed). */
  resendable: boolean;
  /** Origins the key may go to: the base URL's and the spec's trusted ones. */
  allowedOrigins: ReadonlySet<string>;
  /** Redirects already followed for this attempt. */
  hops: number;
}

export type RedirectDecision =
  | { action: 'none' }
  | { action: 'follow'; url: string; keepBody: boolean }
  | { action: 'refuse'; reason: string; target?: URL; jobMayExist: boolean };

/**
 * Whether one redirect hop may be followed with the API key. Only hops that stay on an allowed
 * origin and cannot change or repeat a paid request are: a GET or HEAD, or a 307/308 of a request
 * that is safe to send again. The caller's fetch runs with `redirect: 'manual'` so this sees each hop.
 */
export function decideRedirect(hop: RedirectHop): RedirectDecision {
  if (!REDIRECTS.has(hop.status) || hop.location === null) return { action: 'none' };
  const jobMayExist = !hop.resendable;
  let target: URL;
  try {
    target = new URL(hop.location, hop.from);
  } catch {
    return { action: 'refuse', reason: 'to a Location that is not a valid URL', jobMayExist };
  }
  if (target.username || target.password) {
    // fetch builds no request for such a URL; the error it throws would quote the credentials.
    target.username = '';
    target.password = '';
    return { action: 'refuse', reason: 'to a URL with credentials in it', target, jobMayExist };
  }
  if (hop.hops >= MAX_HOPS) {
    return { action: 'refuse', reason: `more than ${MAX_HOPS} times`, target, jobMayExist };
  }
  if (!hop.allowedOrigins.has(target.origin)) {
    const reason =
      target.protocol === 'https:' ? 'to another origin' : `to plain ${target.protocol}//`;
    return { action: 'refuse', reason, target, jobMayExist };
  }
  if (hop.method === 'GET' || hop.method === 'HEAD') {
    return { action: 'follow', url: target.href, keepBody: false };
  }
  if (hop.status === 307 || hop.status === 308) {
    return hop.resendable
      ? { action: 'follow', url: target.href, keepBody: true }
      : { action: 'refuse', reason: 'asking to send the paid request again', target, jobMayExist };
  }
  return { action: 'refuse', reason: `turning the ${hop.method} into a GET`, target, jobMayExist };
}

/**
 * The base URL that would have avoided a redirect: the target with the request's own path (below
 * the base) taken off, so `https://www.vydra.ai/api/v1/models` for `/models` gives `…/api/v1`.
 */
export function suggestBaseUrl(baseUrl: string, from: string, target: URL): string {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const fromPath = new URL(from).pathname;
  const suffix = fromPath.startsWith(basePath) ? fromPath.slice(basePath.length) : fromPath;
  const path = target.pathname;
  const prefix = suffix && path.endsWith(suffix) ? path.slice(0, path.length - suffix.length) : '';
  return target.origin + prefix.replace(/\/+$/, '');
}
