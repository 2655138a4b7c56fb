/**
 * Whether a status example fits a job, from its condition in the metadata (`job.exampleWhen`, from
 * the spec's `x-mediagen-when`): the submit `operationId` (one or a list) and values its `body`,
 * `path` or `query` must hold. A list of values means any of them; an object is matched as a
 * subset. An example without a condition fits every job.
 */
import type { SubmitCondition } from '@mediagen/runtime';

export interface SubmitInfo {
  operationId: string;
  body: unknown;
  path: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
}

function holds(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected) && !Array.isArray(actual))
    return expected.some((e) => holds(e, actual));
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, e]) =>
      holds(e, (actual as Record<string, unknown>)[k]),
    );
  }
  return expected === actual;
}

export function whenMatches(when: SubmitCondition, submit: SubmitInfo): boolean {
  const { operationId, ...rest } = when;
  if (operationId !== undefined && !holds(operationId, submit.operationId)) return false;
  return holds(rest, { body: submit.body, path: submit.path, query: submit.query });
}
