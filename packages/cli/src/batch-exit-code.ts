/**
 * How a batch ends: 0 when every line succeeded, else the exit code of the first line, in the
 * file's order, that did not (whichever settled first), counting lines settled by an earlier run of
 * the same journal. A run stopped by Ctrl-C or SIGTERM ends with 130 whatever its lines did. Pure.
 */
import { EXIT } from './exit-codes.js';
import type { LineResult } from './journal.js';

/** A settled line's code: what `generate` of that line alone would have ended with. */
export function lineExitCode(result: Pick<LineResult, 'status' | 'error'>): number {
  return result.status === 'succeeded' ? EXIT.ok : (result.error?.exitCode ?? EXIT.error);
}

/** `codes`: line number → that line's code, for every line that ended or stopped in this run or before. */
export function batchExitCode(codes: ReadonlyMap<number, number>, interrupted: boolean): number {
  if (interrupted) return EXIT.interrupted;
  const failed = [...codes].filter(([, code]) => code !== EXIT.ok).sort(([a], [b]) => a - b);
  return failed[0]?.[1] ?? EXIT.ok;
}
