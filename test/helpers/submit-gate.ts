/**
 * A loopback proxy in front of a mock that can hold every POST (the submits) while letting the
 * other requests (status polls) through: a test that must kill a client while a submit is in
 * flight waits for `firstHeld` instead of guessing how long an answer takes. `release()` forwards
 * the held submits, as a server that received them before the client died would process them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SubmitGate {
  /** The proxy's URL for the target's path. */
  url: string;
  /** Holds every POST from now on. */
  hold(): void;
  /** Resolves when the first POST is held: a submit sent and not answered. */
  firstHeld: Promise<void>;
  /** Forwards the held POSTs and lets later ones through; resolves when the target answered them. */
  release(): Promise<void>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startSubmitGate(target: string): Promise<SubmitGate> {
  const { origin, pathname } = new URL(target);
  let holding = false;
  const held: Array<() => Promise<void>> = [];
  let heldOne!: () => void;
  const firstHeld = new Promise<void>((resolve) => (heldOne = resolve));

  async function forward(req: IncomingMessage, body: Buffer, res: ServerResponse) {
    const headers = Object.entries(req.headers).flatMap(([name, value]) =>
      HOP_BY_HOP.has(name) || value === undefined
        ? []
        : [[name, String(value)] as [string, string]],
    );
    const answer = await fetch(new URL(req.url ?? '/', origin), {
      method: req.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    // The client may be gone (killed while its submit was held): the answer is dropped, as it is
    // on a real network.
    if (res.destroyed) return;
    const kept = [...answer.headers].filter(([name]) => !HOP_BY_HOP.has(name));
    res.writeHead(answer.status, Object.fromEntries(kept)).end(bytes);
  }

  const server = createServer((req, res) => {
    readAll(req).then(
      (body) => {
        const send = () =>
          forward(req, body, res).catch(() => {
            res.destroy();
          });
        if (holding && req.method === 'POST') {
          held.push(send);
          heldOne();
        } else void send();
      },
      // A client killed mid-body sent no whole request: nothing to forward.
      () => res.destroy(),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathname === '/' ? '' : pathname}`,
    hold: () => {
      holding = true;
    },
    firstHeld,
    async release() {
      holding = false;
      await Promise.all(held.splice(0).map((send) => send()));
    },
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
