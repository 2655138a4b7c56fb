import type { DownloadedOutput } from './download-output.js';

/** A fetched text output: parsed JSON where it is JSON (by type or by shape), else the text. */
export function parseOutput(output: DownloadedOutput): unknown {
  const text = new TextDecoder().decode(output.data);
  const looksJson = output.mediaType?.includes('json') || /^\s*[[{]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
