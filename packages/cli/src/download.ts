/**
 * Streams a job's outputs into a directory. Each file is written to a `.part` file first and then
 * linked to its name, which fails if the name exists, so an existing file is never overwritten
 * (`force` renames over it instead). Bounded: a whole-file timeout and a stall timeout (no bytes for
 * `stallMs`), both under the caller's signal, and a size bound (`maxBytes`), checked against the
 * declared length and the bytes as they come. No API key is ever sent with an output URL.
 */

import { createWriteStream } from 'node:fs';
import { link, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliError, EXIT } from './exit-codes.js';
import { outputFileName } from './output-file-name.js';

const MAX_BYTES = 4 * 1024 ** 3;

function tooLarge(url: string, maxBytes: number): CliError {
  return new CliError(
    `The output ${url} is larger than ${maxBytes} bytes; it was not saved. Download it yourself from that URL.`,
    EXIT.error,
  );
}

export interface DownloadOptions {
  dir: string;
  jobId: string;
  force?: boolean;
  signal?: AbortSignal;
  /** Per file. Default 10 minutes. */
  timeoutMs?: number;
  /** No byte for this long ends the download. Default 60 s. */
  stallMs?: number;
  /** Per file: a larger output is not saved (its URL stays in the outputs). Default 4 GiB. */
  maxBytes?: number;
  onProgress?: (file: string, bytes: number, total: number | undefined) => void;
}

export interface SavedFile {
  url: string;
  path: string;
  bytes: number;
  contentType: string | null;
}

async function downloadOne(
  url: string,
  index: number,
  options: DownloadOptions,
): Promise<SavedFile> {
  const { protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:')
    throw new CliError(`Output ${url} is not an http(s) URL; it was not downloaded.`, EXIT.error);
  const stall = new AbortController();
  const signal = AbortSignal.any([
    stall.signal,
    AbortSignal.timeout(options.timeoutMs ?? 600_000),
    ...(options.signal ? [options.signal] : []),
  ]);
  const stallMs = options.stallMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const armStall = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(new Error(`no data for ${stallMs / 1000} s`)), stallMs);
  };
  armStall();
  // Every way out clears the stall timer: a live one would hold the process open for `stallMs`.
  try {
    return await save(url, index, options, signal, armStall);
  } finally {
    clearTimeout(timer);
  }
}

async function save(
  url: string,
  index: number,
  options: DownloadOptions,
  signal: AbortSignal,
  armStall: () => void,
): Promise<SavedFile> {
  const response = await fetch(url, { signal, redirect: 'follow' });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new CliError(`Downloading ${url} failed: HTTP ${response.status}.`, EXIT.error);
  }
  const contentType = response.headers.get('content-type');
  const name = outputFileName(options.jobId, index, contentType, url);
  const path = join(options.dir, name);
  const part = `${path}.${process.pid}.part`;
  const total = Number(response.headers.get('content-length')) || undefined;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  if (total !== undefined && total > maxBytes) {
    await response.body.cancel();
    throw tooLarge(url, maxBytes);
  }
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(tooLarge(url, maxBytes));
      armStall();
      options.onProgress?.(name, bytes, total);
      done(null, chunk);
    },
  });
  const file = createWriteStream(part, { flags: 'wx' });
  try {
    await pipeline(Readable.fromWeb(response.body as never), count, file, { signal });
    if (options.force) await rename(part, path);
    else await link(part, path).finally(() => rm(part, { force: true }));
  } catch (error) {
    // A stream cut before its file was open still creates the file: removed once it is closed.
    if (!file.closed) await new Promise<void>((closed) => file.once('close', () => closed()));
    await rm(part, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliError(
        `${path} exists; it was not overwritten. Pass --force to replace it.`,
        EXIT.error,
      );
    throw error;
  }
  return { url, path, bytes, contentType };
}

/** Downloads every output in turn; returns the files in output order. */
export async function downloadOutputs(
  urls: readonly string[],
  options: DownloadOptions,
): Promise<SavedFile[]> {
  await mkdir(options.dir, { recursive: true });
  const saved: SavedFile[] = [];
  for (const [index, url] of urls.entries()) saved.push(await downloadOne(url, index, options));
  return saved;
}
