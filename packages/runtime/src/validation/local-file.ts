import { ValidationError } from '../errors.js';

interface NodeFs {
  openAsBlob(path: string, options?: { type?: string }): Promise<Blob>;
  promises: { stat(path: string): Promise<{ isFile(): boolean }> };
}
// Not a literal, so bundlers for the browser leave Node's fs alone; only paths need it.
const NODE_FS: string = 'node:fs';

export interface FileInputContext {
  /** The provider's display name, for the message. */
  name: string;
  provider: string;
  operationId: string;
}

const refuse = (context: FileInputContext, message: string) =>
  new ValidationError(
    `${context.name} ${context.operationId}: file ${message}, so nothing was sent.`,
    {
      provider: context.provider,
      operationId: context.operationId,
      issues: [{ path: '/file', message }],
    },
  );

/** The file arguments a helper takes: a local path, a Blob or File, or raw bytes. */
export type FileSource = string | Blob | ArrayBuffer | ArrayBufferView;

/** Refuses, as a `ValidationError`, anything a plain-JS caller may pass instead of a file. */
export function checkFileSource(
  file: unknown,
  context: FileInputContext,
): asserts file is FileSource {
  if (typeof file === 'string' && file !== '') return;
  if (typeof Blob !== 'undefined' && file instanceof Blob) return;
  if (file instanceof ArrayBuffer || ArrayBuffer.isView(file)) return;
  const got =
    typeof file === 'string'
      ? 'an empty string'
      : typeof file === 'symbol'
        ? 'a symbol'
        : String(file);
  throw refuse(
    context,
    `must be a local path, a Blob or File, an ArrayBuffer or a typed array (got ${got.slice(0, 40)})`,
  );
}

/**
 * A file-backed Blob of a local path (Node only; its size is known without reading it). A path that
 * cannot be opened (missing, a directory, no permission) is a `ValidationError` naming it and why.
 */
export async function openLocalFile(
  path: string,
  type: string | undefined,
  context: FileInputContext,
): Promise<Blob> {
  const fs = (await import(NODE_FS)) as NodeFs;
  // openAsBlob throws a bare TypeError without a code for a missing path: stat says why.
  let why: string | undefined;
  try {
    if (!(await fs.promises.stat(path)).isFile()) why = 'is not a file (a directory?)';
  } catch (error) {
    why = unopenable(error);
  }
  if (why) throw refuse(context, `${JSON.stringify(path)} ${why}`);
  try {
    return await fs.openAsBlob(path, type ? { type } : {});
  } catch (error) {
    throw refuse(context, `${JSON.stringify(path)} ${unopenable(error)}`);
  }
}

function unopenable(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (no permission)';
  return `cannot be opened (${typeof code === 'string' ? code : 'unknown error'})`;
}
