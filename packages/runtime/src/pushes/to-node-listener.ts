import type { IncomingMessage, ServerResponse } from 'node:http';

type WebHandler = (request: Request) => Promise<Response>;

// On first use, not at import: node:stream would add to every import of the runtime.
const stream = () => process.getBuiltinModule('node:stream');

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody
      ? { body: stream().Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' }
      : {}),
  } as RequestInit);
}

/**
 * Serves a web-standard handler (such as a push handler) from Node's `http.createServer`:
 * `createServer(toNodeListener(client.pushHandler({ token })))`.
 */
export function toNodeListener(handler: WebHandler) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handler(toRequest(req))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  };
}
