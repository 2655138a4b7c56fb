/**
 * Everything before a paid submit, shared by `generate`, `cost` and `batch`: the request built from
 * `--input` and the flags, checked against the spec by the client (nothing sent), and its estimate.
 */
import { checkRequest } from './dry-run.js';
import { findTarget } from './find-target.js';
import type { Estimate, JobRequest, JobTarget } from './provider-adapter.js';
import type { Session } from './session.js';
import { withTimeout } from './with-timeout.js';

const ESTIMATE_TIMEOUT_MS = 30_000;

export interface PreparedJob {
  target: JobTarget;
  request: JobRequest;
  estimate?: Estimate;
}

export async function prepareJob(
  session: Session,
  targetName: string,
  input: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<PreparedJob> {
  const target = findTarget(session.adapter, targetName);
  const request = target.request(input, idempotencyKey);
  await checkRequest(session.adapter, session.baseUrl, request);
  const { estimate } = session.adapter;
  if (!estimate) return { target, request };
  const figure = await withTimeout(
    estimate(session.client, target, request),
    ESTIMATE_TIMEOUT_MS,
    'The cost estimate took too long.',
  ).catch((error: Error): Estimate => ({ unit: 'credits', note: error.message }));
  return { target, request, estimate: figure };
}
