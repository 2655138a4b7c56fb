/**
 * The lines of a batch's jobs file: `{ "provider", "job", "input" }` per line (provider and job may
 * come from `--provider` and `--job`), numbered as in the file, each with a hash of its text and of
 * the provider and job it runs, so a journal is never applied to an edited file or other flags. Pure.
 */
import { createHash } from 'node:crypto';

export interface BatchLine {
  line: number;
  hash: string;
  provider?: string;
  job?: string;
  input?: Record<string, unknown>;
  /** Why the line cannot run. */
  problem?: string;
}

/**
 * The line's text with the provider and job it runs, which `--provider` and `--job` may supply: a
 * journal resumed under other flags would otherwise re-send a recorded key to another job, unconfirmed.
 */
function hashOf(raw: string, provider?: string, job?: string): string {
  return createHash('sha256')
    .update(JSON.stringify([raw.trim(), provider ?? null, job ?? null]))
    .digest('hex')
    .slice(0, 16);
}

export function parseBatchLines(
  text: string,
  defaults: { provider?: string; job?: string },
): BatchLine[] {
  return text.split('\n').flatMap((raw, i): BatchLine[] => {
    if (!raw.trim()) return [];
    const line = i + 1;
    let value: { provider?: unknown; job?: unknown; input?: unknown };
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return [{ line, hash: hashOf(raw), problem: `not JSON: ${(error as Error).message}` }];
    }
    const provider = typeof value?.provider === 'string' ? value.provider : defaults.provider;
    const job = typeof value?.job === 'string' ? value.job : defaults.job;
    const hash = hashOf(raw, provider, job);
    const input = value?.input;
    const problem = !provider
      ? 'no "provider" (give it on the line or with --provider)'
      : !job
        ? 'no "job" (give it on the line or with --job)'
        : typeof input !== 'object' || input === null || Array.isArray(input)
          ? '"input" must be a JSON object of the job\'s fields'
          : undefined;
    return [
      {
        line,
        hash,
        ...(provider ? { provider } : {}),
        ...(job ? { job } : {}),
        ...(problem ? { problem } : { input: input as Record<string, unknown> }),
      },
    ];
  });
}
