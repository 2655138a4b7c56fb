/** One HTTP answer of the mock, built before it is sent so a fault can cut it short. */
import type { ServerResponse } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function jsonAnswer(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json',
): Answer {
  return {
    status,
    headers: { ...headers, 'content-type': contentType },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export function readJson(answer: Answer): unknown {
  try {
    return JSON.parse(answer.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Sends an answer whole, or `cut` short: the full `content-length` is announced, half the body is
 * written, then the connection is dropped (truncate) or left hanging (stall) until the client gives
 * up or the mock closes.
 */
export function sendAnswer(res: ServerResponse, answer: Answer, cut?: 'stall' | 'truncate') {
  res.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
  if (!cut) {
    res.end(answer.body);
    return;
  }
  res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
  if (cut === 'truncate') res.socket?.destroy();
}
