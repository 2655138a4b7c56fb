import { resolve } from 'node:path';

export interface BatchPaths {
  jobs: string;
  out: string;
  journal: string;
}

/**
 * Why a batch's files cannot be these, or undefined: the results file and the journal are written
 * as the batch runs, so either one naming the jobs file, or each other, would destroy the jobs or
 * the record of what was paid for.
 */
export function batchPathClash({ jobs, out, journal }: BatchPaths): string | undefined {
  const [j, o, r] = [jobs, out, journal].map((path) => resolve(path));
  if (o === j) return `--out names the jobs file ${jobs}: pass another results file.`;
  if (r === j) return `--journal names the jobs file ${jobs}: pass another journal file.`;
  if (o === r) return `--out and --journal name the same file ${out}: pass two different files.`;
  return undefined;
}
