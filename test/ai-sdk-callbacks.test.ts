/**
 * Callbacks through @mediagen/ai-sdk: a Killa Tamata job set up with `job.callback` ends on the
 * terminal callback the mock delivers to the client's own callback handler, not on polling (the
 * safety-net schedule is the documented one stretched twenty-fold).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createKillaTamata } from '@mediagen/ai-sdk';
import { createKillaTamataClient } from '@mediagen/killatamata';
import { type MockServer, startMock } from '@mediagen/mock';
import { toNodeListener } from '@mediagen/runtime';
import { generateImage } from 'ai';
import { afterAll, beforeAll, expect, it } from 'vitest';

const token = 'a-long-random-callback-secret';
let mock: MockServer;
let server: Server | undefined;

beforeAll(async () => {
  mock = await startMock('killatamata');
});
afterAll(async () => {
  server?.close();
  await mock.close();
});

it('ends a Killa Tamata image job on its terminal callback', async () => {
  const client = createKillaTamataClient({
    baseUrl: mock.url,
    apiKey: 'test-key',
    rateLimits: false,
    // A job that reports back by callback moves by time on the mock: 10 ms a step.
    headers: { 'X-Mediagen-Mock': 'step-ms=10' },
  });
  server = createServer(toNodeListener(client.createCallbackHandler({ token })));
  await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/killatamata`;
  const killatamata = createKillaTamata({ client, job: { callback: { url, token } } });

  const { image, providerMetadata } = await generateImage({
    model: killatamata.image('image.generate'),
    prompt: 'cinematic fox astronaut',
  });
  const jobId = (providerMetadata.killatamata as { images: { jobId: string }[] }).images[0]!.jobId;
  expect(image.mediaType).toMatch(/^image\//);
  expect(mock.deliveries).toContainEqual(
    expect.objectContaining({ jobId, status: expect.any(Number) }),
  );
  expect(mock.deliveries.find((d) => d.jobId === jobId)?.status).toBeLessThan(300);
});
