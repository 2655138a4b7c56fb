/**
 * `GET|HEAD /__mediagen/outputs/<jobId>/<n>.<ext>`: the file behind a job's local output URL, with
 * its Content-Type and Content-Length, one byte range where asked (a browser's `<video>` asks).
 * Any other path under it is a 404, as is an output the job never reported.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OUTPUTS_PATH } from './local-outputs.js';
import { outputBytes } from './output-bytes.js';
import type { OutputFile } from './output-kind.js';

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body?: Buffer,
  head = false,
) {
  res.writeHead(status, { ...headers, 'content-length': body?.length ?? 0 });
  res.end(head ? undefined : body);
}

function notFound(res: ServerResponse, why: string) {
  send(
    res,
    404,
    { 'content-type': 'text/plain; charset=utf-8' },
    Buffer.from(`mediagen-mock: ${why}\n`),
  );
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` over `size` bytes; undefined for anything else. */
export function parseRange(header: string, size: number): [number, number] | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start <= end && start < size ? [start, end] : undefined;
}

/** Answers a request under `/__mediagen/outputs/`. */
export function serveOutput(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  outputsOf: (jobId: string) => readonly OutputFile[] | undefined,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(
      res,
      405,
      { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
      Buffer.from('mediagen-mock: outputs are read with GET or HEAD\n'),
    );
    return;
  }
  const match = /^([^/]+)\/(\d+)\.([a-z0-9]+)$/.exec(pathname.slice(OUTPUTS_PATH.length));
  let jobId: string | undefined;
  try {
    jobId = match ? decodeURIComponent(match[1]!) : undefined;
  } catch {
    jobId = undefined;
  }
  const n = Number(match?.[2]);
  const file = jobId === undefined ? undefined : outputsOf(jobId)?.[n];
  if (!jobId || !file || file.ext !== match?.[3]) {
    notFound(res, `no output at ${pathname}: a finished job's status body names its outputs`);
    return;
  }
  const bytes = outputBytes(file, jobId, n);
  const common = {
    'content-type': file.contentType,
    'accept-ranges': 'bytes',
    'cache-control': 'no-store',
    // A page on another origin may fetch the file, as it would a CDN's.
    'access-control-allow-origin': '*',
  };
  const head = req.method === 'HEAD';
  const asked = req.headers.range;
  if (asked === undefined) {
    send(res, 200, common, bytes, head);
    return;
  }
  const range = parseRange(asked, bytes.length);
  if (!range) {
    send(res, 416, { ...common, 'content-range': `bytes */${bytes.length}` }, undefined, head);
    return;
  }
  const [start, end] = range;
  send(
    res,
    206,
    { ...common, 'content-range': `bytes ${start}-${end}/${bytes.length}` },
    bytes.subarray(start, end + 1),
    head,
  );
}
