import type { IncomingMessage } from 'node:http';

type WebHandler = (request: Request) => Promise<Response>;

/**
 * What the listener reads of Node's `IncomingMessage`. Structural, so the runtime's types need no
 * `@types/node` in a project that never serves from Node; a real `IncomingMessage` fits it.
 */
export interface NodeRequest extends AsyncIterable<unknown> {
  method?: string | undefined;
  url?: string | undefined;
  headers: { [name: string]: string | string[] | undefined };
  resume(): unknown;
}

/** What the listener writes to Node's `ServerResponse` (structural, as `NodeRequest`). */
export interface NodeResponse {
  readonly headersSent: boolean;
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(chunk?: Uint8Array | string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy(): unknown;
}

// On first use, not at import: node:stream would add to every import of the runtime.
const stream = () => process.getBuiltinModule('node:stream');

// A Host header is a host name or IP literal with an optional port: nothing that would move the
// request's path or query once it is put in front of the target.
const HOST = /^[A-Za-z0-9.\-_~[\]:%]+$/;

/** The request's URL, or undefined when the Host or the target is not one a push can come with. */
export function requestUrl(host: string | undefined, target: string | undefined): URL | undefined {
  // Origin-form only ("/path?query"): an absolute-form or asterisk target is meant for a proxy.
  if (!target?.startsWith('/') || target.startsWith('//')) return undefined;
  const name = host ?? 'localhost';
  const href = `http://${name}${target}`;
  return HOST.test(name) && URL.canParse(href) ? new URL(href) : undefined;
}

function toRequest(req: NodeRequest, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody
      ? {
          body: stream().Readable.toWeb(req as IncomingMessage) as ReadableStream<Uint8Array>,
          duplex: 'half',
        }
      : {}),
  } as RequestInit);
}

function refuse(res: NodeResponse, status: number, error: string) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ error }));
}

async function serve(handler: WebHandler, req: NodeRequest, res: NodeResponse) {
  const host = req.headers.host;
  const url = requestUrl(Array.isArray(host) ? host[0] : host, req.url);
  let request: Request;
  try {
    if (!url) throw new TypeError('bad target');
    request = toRequest(req, url);
  } catch {
    // Before any token check: a malformed request is refused without reading it.
    refuse(res, 400, 'malformed request: an origin-form target and a valid Host are required');
    req.resume();
    return;
  }
  try {
    const response = await handler(request);
    const body = new Uint8Array(await response.arrayBuffer());
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(body);
  } catch {
    refuse(res, 500, 'handler failed');
  }
}

/**
 * Serves a web-standard handler (such as a push handler) from Node's `http.createServer`:
 * `createServer(toNodeListener(client.pushHandler({ token })))`. A malformed request (a Host or
 * target no URL can be built from, a method `Request` refuses) gets a 400; nothing a request does
 * throws out of the listener or leaves a rejected promise, so no request can stop the process.
 */
export function toNodeListener(handler: WebHandler) {
  return (req: NodeRequest, res: NodeResponse): void => {
    // A client that goes away mid-answer makes the socket error; there is nobody left to tell.
    res.on('error', () => undefined);
    serve(handler, req, res).catch(() => res.destroy());
  };
}
