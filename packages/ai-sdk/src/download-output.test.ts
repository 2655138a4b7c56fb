import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadOutput, outputUrlProblem, type RequestFetch } from './download-output.js';

describe('outputUrlProblem', () => {
  it.each([
    ['https://cdn.example.com/a.png', undefined],
    ['http://127.0.0.1:4010/__mediagen/outputs/j/0.png', undefined],
    ['http://localhost/x', undefined],
    ['http://cdn.example.com/a.png', 'must be https'],
    ['file:///etc/passwd', 'must be https'],
    ['not a url', 'is not a URL'],
  ])('%s', (url, problem) => {
    const found = outputUrlProblem(url);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  it.each([
    ['https://cdn.example.com/b.png', 'https://cdn.example.com/a.png', undefined],
    ['http://127.0.0.1:4010/b.png', 'http://127.0.0.1:4010/a.png', undefined],
    ['http://127.0.0.1:8080/admin', 'https://cdn.example.com/a.png', 'onto this machine'],
    ['https://localhost/x', 'https://cdn.example.com/a.png', 'onto this machine'],
  ])('a redirect to %s from %s', (url, from, problem) => {
    const found = outputUrlProblem(url, from);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('downloadOutput', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(Buffer.alloc(2048));
      } else if (request.url === '/moved') {
        response.writeHead(302, { location: '/ok' }).end();
      } else if (request.url === '/loop') {
        response.writeHead(302, { location: '/loop' }).end();
      } else if (request.url === '/ok') {
        response.writeHead(200, { 'content-type': 'image/png; charset=binary' });
        response.end(Buffer.from([1, 2, 3]));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((closed) => server.close(closed)));

  const options = { timeoutMs: 5_000, maxBytes: 1024 };

  it('reads the bytes and the media type, without parameters', async () => {
    const output = await downloadOutput(`${origin}/ok`, options);
    expect([...output.data]).toEqual([1, 2, 3]);
    expect(output.mediaType).toBe('image/png');
  });

  it('follows a redirect, and gives up on a loop', async () => {
    expect((await downloadOutput(`${origin}/moved`, options)).data).toHaveLength(3);
    await expect(downloadOutput(`${origin}/loop`, options)).rejects.toThrow(/redirected more than/);
  });

  it('stops at maxBytes', async () => {
    await expect(downloadOutput(`${origin}/big`, options)).rejects.toThrow(/maxDownloadBytes/);
  });

  it('says what a failed fetch answered', async () => {
    await expect(downloadOutput(`${origin}/gone`, options)).rejects.toThrow(/answered 404/);
  });

  it('refuses a URL it may not fetch before fetching', async () => {
    await expect(downloadOutput('http://cdn.example.com/a.png', options)).rejects.toThrow(
      /must be https/,
    );
  });

  // A custom fetch may ignore its signal; the download must still end when the signal fires.
  describe('with a fetch that ignores its signal', () => {
    /** Each fetch stops the caller's signal (`stop`) at a different point of the download. */
    const fetches: [string, (stop: () => Promise<never>) => RequestFetch][] = [
      [
        'a body read that stalls',
        (stop) => async () =>
          new Response(
            new ReadableStream<Uint8Array>({
              start: (stream) => stream.enqueue(new Uint8Array([1])),
              // Asked for more once the first chunk is read.
              pull: stop,
            }),
          ),
      ],
      ['a fetch that never answers', (stop) => stop],
    ];

    it.each(fetches)('ends %s', async (_, stalling) => {
      const controller = new AbortController();
      // Stops the caller's signal, then never settles.
      const stop = () => {
        controller.abort(new Error('stopped by the caller'));
        return new Promise<never>(() => undefined);
      };
      const download = downloadOutput('https://cdn.example.com/a.png', {
        ...options,
        fetch: stalling(stop),
        signal: controller.signal,
      });
      await expect(download).rejects.toThrow('stopped by the caller');
    });
  });
});
