/** Sends a request on to Prism (never elsewhere, whatever its path) and reads its whole answer. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Answer } from './answer.js';

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'content-encoding',
  'keep-alive',
]);

export function copyHeaders(from: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(from)) {
    if (HOP_BY_HOP.has(name) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

export async function forwardToPrism(
  origin: string,
  method: string,
  pathAndQuery: string,
  headers: Headers,
  body: Buffer | undefined,
  signal: AbortSignal,
): Promise<Answer> {
  // Joined, not resolved: `new URL('//host/x', origin)` would send the request (and its key) to
  // `host`, and a request path such as `/api/v1//host/x` leaves `//host/x` once the base is cut.
  const response = await fetch(`${origin}${pathAndQuery}`, {
    method,
    headers,
    signal,
    redirect: 'manual',
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) out[name] = value;
  });
  return {
    status: response.status,
    headers: out,
    body: Buffer.from(await response.arrayBuffer()),
  };
}
