import type { DownloadedOutput } from './download-output.js';

const TEXTUAL = /^text\/|json/;

/**
 * A fetched text output: parsed JSON where it is JSON (by type or by shape), else the text;
 * undefined where the host says it is not text (an audio file is no transcript).
 */
export function parseOutput(output: DownloadedOutput): unknown {
  if (output.mediaType && !TEXTUAL.test(output.mediaType)) return undefined;
  const text = new TextDecoder().decode(output.data);
  const looksJson = output.mediaType?.includes('json') || /^\s*[[{]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
