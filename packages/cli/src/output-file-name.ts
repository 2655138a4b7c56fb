/**
 * The file name an output is saved under: the job id and the output's number, with the extension of
 * its Content-Type (else of its URL, else `.bin`). Pure.
 */
import mime from 'mime';

function safe(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
}

export function outputFileName(
  jobId: string,
  index: number,
  contentType: string | null,
  url: string,
): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  const fromType = type && type !== 'application/octet-stream' ? mime.getExtension(type) : null;
  const fromUrl = /\.([A-Za-z0-9]{1,8})$/.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return `${safe(jobId)}-${index + 1}.${fromType ?? fromUrl ?? 'bin'}`;
}
