import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Handles the n-th request (0-based). May destroy the socket to fake a lost connection. */
export type Step = (
  req: IncomingMessage,
  res: ServerResponse,
  n: number,
  body: string,
) => void | Promise<void>;

/**
 * A loopback HTTP server for runtime tests that scripts faults request by request. Requests whose
 * body must not be read first (a reset before the body) use `rawSteps`.
 */
export async function scriptedServer(
  step: Step,
  options: { readBody?: (n: number) => boolean } = {},
) {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const n = requests.length;
    const record: ReceivedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: '',
    };
    requests.push(record);
    if (options.readBody?.(n) !== false) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      record.body = Buffer.concat(chunks).toString('utf8');
    }
    await step(req, res, n, record.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Waits, without timers (they may be faked), until `condition` holds; bounded. */
export async function until(condition: () => boolean, turns = 5000): Promise<void> {
  for (let i = 0; i < turns && !condition(); i++) await new Promise((r) => setImmediate(r));
  if (!condition()) throw new Error('condition not reached');
}
