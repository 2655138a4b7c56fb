/**
 * What the CLI reports about one job, as JSON (`--json`, the batch results) and as text: from a
 * result, or from the error a wait ended in. Errors keep only their public fields. Pure.
 */
import type { JobHandle, JobResult } from '@mediagen/runtime';
import { exitCodeOf } from './exit-codes.js';
import { encodeHandle } from './handle-token.js';

export interface JobOutcome {
  id: string;
  provider: string;
  status: 'succeeded' | 'failed' | 'cancelled' | 'running' | 'error';
  state?: string;
  progress?: number;
  outputs: string[];
  files?: string[];
  elapsedMs?: number;
  /** `mediagen wait <token>` resumes or re-reads the job. */
  token: string;
  handle: JobHandle;
  error?: {
    name: string;
    message: string;
    code?: string;
    providerMessage?: string;
    exitCode: number;
  };
}

export function succeeded(result: JobResult, files?: readonly string[]): JobOutcome {
  return {
    id: result.handle.id,
    provider: result.handle.provider,
    status: 'succeeded',
    state: result.state,
    outputs: result.outputs,
    ...(files ? { files: [...files] } : {}),
    elapsedMs: result.elapsedMs,
    token: encodeHandle(result.handle),
    handle: result.handle,
  };
}

export function describeError(error: unknown): NonNullable<JobOutcome['error']> {
  const e = error as { name?: string; message?: string; code?: string; providerMessage?: string };
  return {
    name: e?.name ?? 'Error',
    message: e?.message ?? String(error),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(e?.providerMessage ? { providerMessage: e.providerMessage } : {}),
    exitCode: exitCodeOf(error),
  };
}

export function unsettled(handle: JobHandle, error: unknown): JobOutcome {
  const name = (error as Error | undefined)?.name;
  const status =
    name === 'JobFailedError'
      ? 'failed'
      : name === 'JobCancelledError'
        ? 'cancelled'
        : name === 'WaitTimeoutError' || name === 'AbortError'
          ? 'running'
          : 'error';
  const state = (error as { state?: string }).state;
  return {
    id: handle.id,
    provider: handle.provider,
    status,
    ...(state ? { state } : {}),
    outputs: [],
    token: encodeHandle(handle),
    handle,
    error: describeError(error),
  };
}
