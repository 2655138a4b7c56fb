/**
 * The job handle on the command line: `generate --no-wait` prints it as one shell-safe word
 * (`mgh1.` + base64url JSON), and `wait`, `status` and `cancel` take that word, the handle's JSON,
 * or `-` (read from stdin by the caller). It holds no key: only what finds the job again.
 */
import { isJobHandle, type JobHandle } from '@mediagen/runtime';
import { CliError, EXIT } from './exit-codes.js';

const PREFIX = 'mgh1.';

export function encodeHandle(handle: JobHandle): string {
  return PREFIX + Buffer.from(JSON.stringify(handle)).toString('base64url');
}

export function decodeHandle(text: string): JobHandle {
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(
      trimmed.startsWith(PREFIX)
        ? Buffer.from(trimmed.slice(PREFIX.length), 'base64url').toString('utf8')
        : trimmed,
    );
  } catch {
    value = undefined;
  }
  // `generate --no-wait --json` prints `{ handle, token }`: take either.
  const handle = (value as { handle?: unknown } | undefined)?.handle ?? value;
  if (!isJobHandle(handle))
    throw new CliError(
      'That is not a job handle. Pass the mgh1.… word that `mediagen generate --no-wait` printed, its JSON, or - to read it from stdin.',
      EXIT.invalidInput,
    );
  return handle;
}
