/**
 * The lines of a batch's jobs file: `{ "provider", "job", "input" }` per line (provider and job may
 * come from `--provider` and `--job`), numbered as in the file, each with a hash of its text so a
 * journal is never applied to an edited file. Pure.
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

export function parseBatchLines(
  text: string,
  defaults: { provider?: string; job?: string },
): BatchLine[] {
  return text.split('\n').flatMap((raw, i): BatchLine[] => {
    if (!raw.trim()) return [];
    const line = i + 1;
    const hash = createHash('sha256').update(raw.trim()).digest('hex').slice(0, 16);
    let value: { provider?: unknown; job?: unknown; input?: unknown };
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return [{ line, hash, problem: `not JSON: ${(error as Error).message}` }];
    }
    const provider = typeof value?.provider === 'string' ? value.provider : defaults.provider;
    const job = typeof value?.job === 'string' ? value.job : defaults.job;
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
