/**
 * Callbacks (Killa Tamata's `completionCallbackUrl`) and registered webhooks (Horacle) delivered to
 * a loopback receiver, with the documented redelivery schedule run 100 000 times faster.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { metadata as horacle } from '@mediagen/horacle';
import { metadata as killatamata } from '@mediagen/killatamata';
import { type MockServer, startMock } from '@mediagen/mock';
import type { ProviderMetadata } from '@mediagen/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../scripts/list-providers.ts';
import { documentedSubmits } from './helpers/documented-submits.ts';

const received: { path: string; body: Record<string, unknown> }[] = [];
let failFirst = 0;
let receiver: Server;
let receiverUrl: string;
const mocks: MockServer[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString()) });
      res.writeHead(failFirst-- > 0 ? 503 : 204).end();
    });
  });
  await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all(mocks.map((m) => m.close()));
  receiver.closeAllConnections();
  await new Promise((ok) => receiver.close(ok));
});

async function until<T>(read: () => T | undefined, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function submitOf(provider: string, metadata: ProviderMetadata, operationId: string) {
  const spec = JSON.parse(
    readFileSync(resolve(root, `packages/${provider}/src/generated/openapi.json`), 'utf8'),
  );
  return documentedSubmits(spec, metadata).find((s) => s.id === operationId)!;
}

describe('callbacks and webhooks', () => {
  it("posts Killa Tamata's terminal callback, redelivering on the documented schedule", async () => {
    const mock = await startMock('killatamata', {
      scenario: { timeScale: 100_000 },
      checkResponses: true,
    });
    mocks.push(mock);
    const submit = submitOf('killatamata', killatamata, 'submitMediaJob');
    failFirst = 2;
    const res = await fetch(`${mock.url}${submit.path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer kt', 'content-type': 'application/json' },
      body: JSON.stringify({
        ...submit.body,
        completionCallbackUrl: `${receiverUrl}/kt?token=secret`,
      }),
    });
    expect(res.status).toBeLessThan(300);
    const [job] = mock.jobs();
    const delivered = await until(() => mock.deliveries.find((d) => d.status === 204));
    expect(delivered).toMatchObject({
      jobId: job!.id,
      attempt: 3,
      url: `${receiverUrl}/kt?token=secret`,
    });
    expect(mock.deliveries.map((d) => d.status)).toEqual([503, 503, 204]);
    const last = received.filter((r) => r.path === '/kt?token=secret').at(-1)!;
    expect(last.body).toMatchObject({ externalJobId: job!.id });
    expect(mock.drift).toEqual([]);
  });

  it.each([
    ['failed', 'failed'],
    ['cancelled', 'canceled'],
  ])(
    "gives Killa Tamata's %s callback the callbackType its schema requires",
    async (outcome, state) => {
      // The doc documents only a completed callback body; the others are the status body plus
      // `callbackType: "media_job_terminal"`, which MediaJobCallback requires.
      const mock = await startMock('killatamata', { scenario: { timeScale: 100_000 } });
      mocks.push(mock);
      const submit = submitOf('killatamata', killatamata, 'submitMediaJob');
      const res = await fetch(`${mock.url}${submit.path}`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer kt',
          'content-type': 'application/json',
          'x-mediagen-mock': `outcome=${outcome}`,
        },
        body: JSON.stringify({
          ...submit.body,
          completionCallbackUrl: `${receiverUrl}/kt-${outcome}?token=secret`,
        }),
      });
      expect(res.status).toBeLessThan(300);
      const [job] = mock.jobs();
      await until(() => mock.deliveries.find((d) => d.jobId === job!.id));
      const push = received.find((r) => r.path === `/kt-${outcome}?token=secret`)!;
      expect(push.body).toMatchObject({
        externalJobId: job!.id,
        status: state,
        callbackType: 'media_job_terminal',
      });
    },
  );

  it('posts to a webhook registered through Horacle’s POST /webhooks', async () => {
    const mock = await startMock('horacle', { scenario: { timeScale: 100_000 } });
    mocks.push(mock);
    const headers = {
      [horacle.auth.header]: `${horacle.auth.prefix}hk`,
      'content-type': 'application/json',
    };
    const registered = await fetch(`${mock.url}/webhooks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: `${receiverUrl}/hooks?token=t` }),
    });
    expect(registered.status).toBeLessThan(300);
    const submit = submitOf('horacle', horacle, 'generateImage');
    const created = await fetch(`${mock.url}${submit.path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(submit.body),
    });
    expect(created.status).toBeLessThan(300);
    const [job] = mock.jobs();
    await until(() => mock.deliveries.find((d) => d.jobId === job!.id));
    const push = received.find((r) => r.path === '/hooks?token=t')!;
    expect(push.body).toMatchObject({ id: job!.id });
  });
});
