/**
 * Prism mock servers built straight from the specs, started in-process (milliseconds, where the CLI
 * takes seconds) by the test global setup, `npm run mock` and `npm start`.
 *
 * Prism has no state, so a status route would answer "still running" forever. A thin layer in front
 * of it walks each job through its spec's own status examples: the running ones in order, then the
 * first succeeded one. Requests that carry their own `Prefer` header pass through untouched.
 */
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import type { IHttpOperation } from '@stoplight/types';
import { parse } from 'yaml';
import { readFirst } from '../packages/runtime/src/json-pointer.ts';
import type { JobStatusMetadata } from '../packages/runtime/src/provider-metadata.ts';
import { pathPattern } from '../packages/runtime/src/resolve-operation.ts';

export const root = resolve(import.meta.dirname, '..');

export interface MockServer {
  provider: string;
  /** Base URL to give a client: the spec's server path on the mock's loopback origin. */
  url: string;
  close(): Promise<void>;
}

/** The providers listed in redocly.yaml, in order. */
export function listProviders(): string[] {
  const config = parse(readFileSync(resolve(root, 'redocly.yaml'), 'utf8')) as {
    apis: Record<string, unknown>;
  };
  return Object.keys(config.apis);
}

interface JobWalk {
  method: string;
  pattern: RegExp;
  steps: string[];
}

/** For each status operation: the example names a job walks through, from the spec. */
function jobWalks(operations: IHttpOperation[], basePath: string): JobWalk[] {
  return operations.flatMap((op) => {
    const job = (op.extensions as Record<string, unknown> | undefined)?.['x-mediagen-job-status'] as
      | JobStatusMetadata
      | undefined;
    const examples = op.responses.find((r) => r.code === '200')?.contents?.[0]?.examples ?? [];
    if (!job || examples.length === 0) return [];
    const stateOf = (e: (typeof examples)[number]) =>
      String(readFirst('value' in e ? e.value : undefined, job.state));
    const running = examples.filter((e) => job.states.running.includes(stateOf(e)));
    const done = examples.find((e) => job.states.succeeded.includes(stateOf(e)));
    if (!done) return [];
    return [
      {
        method: op.method.toUpperCase(),
        pattern: new RegExp(`^${pathPattern(basePath + op.path)}$`),
        steps: [...running, done].map((e) => `code=200, example=${e.key}`),
      },
    ];
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startMockServer(
  provider: string,
  { port = 0, host = '127.0.0.1' }: { port?: number; host?: string } = {},
): Promise<MockServer> {
  const specPath = resolve(root, 'specs', provider, 'openapi.yaml');
  const spec = parse(readFileSync(specPath, 'utf8')) as { servers?: { url: string }[] };
  const basePath = spec.servers?.[0]?.url
    ? new URL(spec.servers[0].url).pathname.replace(/\/+$/, '')
    : '';
  const operations = await getHttpOperationsFromSpec(specPath);
  const prism = createServer(operations, {
    cors: true,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      // An example that breaks its own schema becomes a 500 instead of being served.
      errors: true,
      mock: { dynamic: false },
      upstreamProxy: undefined,
      isProxy: false,
    },
    components: { logger: createLogger('mock', { level: 'silent' }) },
  });
  const prismOrigin = new URL(await prism.listen(0, '127.0.0.1')).origin;
  const walks = jobWalks(operations, basePath);
  const seen = new Map<string, number>();

  const front = createHttpServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', prismOrigin);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      }
      headers.delete('host');
      headers.delete('connection');
      // The examples give every new job the same id, so a new submit starts its walk over.
      if (req.method === 'POST') seen.clear();
      const walk =
        !headers.has('prefer') &&
        walks.find((w) => w.method === req.method && w.pattern.test(url.pathname));
      if (walk) {
        const key = `${url.pathname}${url.search}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        headers.set('prefer', walk.steps[Math.min(n, walk.steps.length - 1)]!);
      }
      // Prism routes on the spec's paths alone, without the server's base path.
      if (basePath && url.pathname.startsWith(`${basePath}/`))
        url.pathname = url.pathname.slice(basePath.length);
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const answer = await fetch(url, {
        method: req.method ?? 'GET',
        headers,
        ...(body ? { body: new Uint8Array(body) } : {}),
      });
      const out = Buffer.from(await answer.arrayBuffer());
      const responseHeaders: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (
          name !== 'content-length' &&
          name !== 'transfer-encoding' &&
          name !== 'content-encoding'
        )
          responseHeaders[name] = value;
      });
      res.writeHead(answer.status, { ...responseHeaders, 'content-length': out.length });
      res.end(out);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`mock layer error: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((ok, fail) => {
    front.once('error', fail);
    front.listen(port, host, () => ok());
  });
  const { port: actual } = front.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
  return {
    provider,
    url: `${origin}${basePath}`,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((ok) => front.close(() => ok()));
      await prism.close();
    },
  };
}
