import { checkFileSource, openLocalFile } from '@mediagen/runtime/provider';
import { mediaTypeOf } from './media-type.js';

/** A local file path (Node only), a Blob or File, or raw bytes. */
export type FileSource = string | Blob | ArrayBuffer | ArrayBufferView;

export interface FileSourceOptions {
  /** The file name sent with it. Defaults to the path's base name, a File's name, or `upload`. */
  filename?: string;
  /** Its media type, for paths and bytes (a Blob's own `type` is used otherwise). */
  type?: string;
}

export interface ReadFile {
  blob: Blob;
  filename: string;
  /** The media type, where the declared type or the name's extension gives one. */
  type: string | undefined;
}

const context = { name: 'Horacle', provider: 'horacle', operationId: 'upload' };

function nameOf(file: FileSource): string | undefined {
  if (typeof file === 'string') return file.split(/[\\/]/).pop() || undefined;
  return typeof File !== 'undefined' && file instanceof File ? file.name : undefined;
}

/** Opens a file source as a Blob, with its name and media type, without reading a path's bytes yet. */
export async function readFileSource(
  file: FileSource,
  options: FileSourceOptions = {},
): Promise<ReadFile> {
  // Refuses what plain JavaScript may pass instead (undefined, a Symbol) before it is used.
  checkFileSource(file, context);
  const filename = options.filename ?? nameOf(file) ?? 'upload';
  const declared = options.type ?? (file instanceof Blob ? file.type : undefined);
  const type = mediaTypeOf(filename, declared);
  const typed = type ? { type } : {};
  if (typeof file === 'string') {
    return { blob: await openLocalFile(file, type, context), filename, type };
  }
  if (file instanceof Blob) {
    return {
      blob: type && file.type !== type ? file.slice(0, file.size, type) : file,
      filename,
      type,
    };
  }
  const bytes = ArrayBuffer.isView(file)
    ? new Uint8Array(file.buffer as ArrayBuffer, file.byteOffset, file.byteLength)
    : new Uint8Array(file);
  return { blob: new Blob([bytes], typed), filename, type };
}
