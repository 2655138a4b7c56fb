/**
 * `--input file.json` or `--input -`: a JSON object read from a file or stdin (bounded), under which
 * the field flags are laid.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { CliError, EXIT } from './exit-codes.js';
import { withTimeout } from './with-timeout.js';

const STDIN_TIMEOUT_MS = 5 * 60_000;

export async function readInput(source: string): Promise<Record<string, unknown>> {
  const raw =
    source === '-'
      ? await withTimeout(
          text(process.stdin),
          STDIN_TIMEOUT_MS,
          'No input arrived on stdin within 5 minutes.',
        )
      : await readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new CliError(
            `Cannot read --input ${source}: ${error.code ?? error.message}.`,
            EXIT.invalidInput,
          );
        });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new CliError(
      `--input ${source} is not JSON: ${(error as Error).message}.`,
      EXIT.invalidInput,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CliError(
      `--input ${source} must hold one JSON object (the request's fields).`,
      EXIT.invalidInput,
    );
  return value as Record<string, unknown>;
}
