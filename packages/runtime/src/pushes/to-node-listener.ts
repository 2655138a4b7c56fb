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
}

/** What the listener writes to Node's `ServerResponse` (structural, as `NodeRequest`). */
export interface NodeResponse {
  readonly headersSent: boolean;
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(chunk?: Uint8Array): unknown;
}

// On first use, not at import: node:stream would add to every import of the runtime.
const stream = () => process.getBuiltinModule('node:stream');

function toRequest(req: NodeRequest): Request {
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
      ? {
          body: stream().Readable.toWeb(req as IncomingMessage) as ReadableStream<Uint8Array>,
          duplex: 'half',
        }
      : {}),
  } as RequestInit);
}

/**
 * Serves a web-standard handler (such as a push handler) from Node's `http.createServer`:
 * `createServer(toNodeListener(client.pushHandler({ token })))`.
 */
export function toNodeListener(handler: WebHandler) {
  return (req: NodeRequest, res: NodeResponse): void => {
    handler(toRequest(req))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(new Uint8Array(await response.arrayBuffer()));
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  };
}
