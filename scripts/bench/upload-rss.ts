/**
 * Peak RSS of one file upload through the runtime against plain fetch, each in a fresh process so
 * one cannot inherit the other's heap. The body is a file on disk (`openAsBlob`, streamed) or a
 * Blob in memory; the server only drains it. A copy of the body for a possible retry would show
 * here as a second body's worth of memory. Target: within 1.2× plain fetch.
 */
import { execFile } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { serveJson } from './serve-json.ts';

const run = promisify(execFile);
export const UPLOAD_RSS_TARGET = 1.2;

// Runs in the child: one upload, then the peak resident set size in bytes on stdout.
const CHILD = `
import { openAsBlob } from 'node:fs';
const [how, source, file, url, mb] = process.argv.slice(1);
const blob = source === 'file' ? await openAsBlob(file) : new Blob([new Uint8Array(Number(mb) * 1024 * 1024).fill(7)]);
const form = new FormData();
form.set('file', blob, 'clip.mp4');
if (how === 'fetch') {
  const res = await fetch(url + '/v1/upload/media', { method: 'POST', body: form, headers: { 'X-API-Key': 'bench-key-0123456789' } });
  await res.text();
} else {
  const { createKubeezClient } = await import('@mediagen/kubeez');
  const kz = createKubeezClient({ apiKey: 'bench-key-0123456789', baseUrl: url });
  await kz.POST('/v1/upload/media', { body: form });
}
console.log(process.resourceUsage().maxRSS * 1024);
`;

export async function uploadRssBench(root: string, quick: boolean) {
  const mb = quick ? 32 : 200;
  const dir = mkdtempSync(join(tmpdir(), 'mediagen-bench-'));
  const file = join(dir, 'clip.mp4');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, mb * 1024 * 1024);
  closeSync(fd);
  const server = await serveJson(JSON.stringify({ url: 'https://cdn.kubeez.test/clip.mp4' }));
  const { url } = server;
  const peak = async (how: string, source: string) => {
    const { stdout } = await run(
      process.execPath,
      [
        '--conditions=@mediagen/source',
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        CHILD,
        how,
        source,
        file,
        url,
        String(mb),
      ],
      { cwd: resolve(root), timeout: 120_000 },
    );
    return Number(stdout.trim().split('\n').pop());
  };
  try {
    const results: { source: string; fetchMb: number; mediagenMb: number; ratio: number }[] = [];
    for (const source of ['file', 'blob']) {
      const fetchPeak = await peak('fetch', source);
      const mediagenPeak = await peak('mediagen', source);
      results.push({
        source,
        fetchMb: fetchPeak / 2 ** 20,
        mediagenMb: mediagenPeak / 2 ** 20,
        ratio: mediagenPeak / fetchPeak,
      });
    }
    return { mb, results };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
