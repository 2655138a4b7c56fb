import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadOutputs } from './download.js';

let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mediagen-download-'));
  server = createServer((request, response) => {
    if (request.url === '/stall') {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': '10' });
      response.write('12345'); // and nothing more
      return;
    }
    if (request.url === '/missing') return void response.writeHead(404).end();
    if (request.url === '/declared-large')
      return void response.writeHead(200, { 'content-length': '64' }).end('x'.repeat(64));
    if (request.url === '/undeclared-large') {
      // No Content-Length: only the bytes counted on the way can hold the bound.
      response.writeHead(200, { 'content-type': 'video/mp4', 'transfer-encoding': 'chunked' });
      response.write('x'.repeat(40));
      response.end('x'.repeat(40));
      return;
    }
    response.writeHead(200, { 'content-type': 'image/png' }).end(`png for ${request.url}`);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
  await rm(dir, { recursive: true, force: true });
});

describe('downloadOutputs', () => {
  it('names files by job, number and type, and never overwrites one without force', async () => {
    const saved = await downloadOutputs([`${origin}/a`, `${origin}/b`], { dir, jobId: 'job_1' });
    expect(saved.map((f) => f.path)).toEqual([join(dir, 'job_1-1.png'), join(dir, 'job_1-2.png')]);
    expect(await readFile(saved[1]!.path, 'utf8')).toBe('png for /b');

    await writeFile(join(dir, 'job_2-1.png'), 'mine');
    await expect(downloadOutputs([`${origin}/c`], { dir, jobId: 'job_2' })).rejects.toThrow(
      /exists; it was not overwritten/,
    );
    expect(await readFile(join(dir, 'job_2-1.png'), 'utf8')).toBe('mine');
    await downloadOutputs([`${origin}/c`], { dir, jobId: 'job_2', force: true });
    expect(await readFile(join(dir, 'job_2-1.png'), 'utf8')).toBe('png for /c');
    expect((await readdir(dir)).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('ends a stalled download on its stall timeout and leaves no partial file', async () => {
    await expect(
      downloadOutputs([`${origin}/stall`], { dir, jobId: 'job_3', stallMs: 200 }),
    ).rejects.toThrow();
    expect((await readdir(dir)).filter((name) => name.startsWith('job_3'))).toEqual([]);
  });

  it('refuses an HTTP error', async () => {
    await expect(downloadOutputs([`${origin}/missing`], { dir, jobId: 'job_4' })).rejects.toThrow(
      /HTTP 404/,
    );
  });

  it.each([
    ['its declared length', 'declared-large', 'job_6'],
    ['the bytes it sends, when it declares none', 'undeclared-large', 'job_7'],
  ])('refuses an output over maxBytes by %s, and leaves no file', async (_, path, jobId) => {
    await expect(
      downloadOutputs([`${origin}/${path}`], { dir, jobId, maxBytes: 50 }),
    ).rejects.toThrow(/larger than 50 bytes; it was not saved/);
    expect((await readdir(dir)).filter((name) => name.startsWith(jobId))).toEqual([]);
  });
});
