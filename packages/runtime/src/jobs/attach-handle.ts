import { MediagenError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import type { Redactor } from '../redact.js';

/** An error raised after a submit succeeded: it carries the job's handle, so the job is never lost. */
export type ErrorWithHandle = Error & { handle: JobHandle };

/**
 * Makes sure an error raised after a submit names the job and carries its `handle`. An error that
 * already has one is returned as is; anything that is not an Error is wrapped.
 */
export function attachHandle(
  error: unknown,
  handle: JobHandle,
  context: { provider: string; name: string; redact: Redactor },
): ErrorWithHandle {
  if (error instanceof Error && (error as Partial<ErrorWithHandle>).handle) {
    return error as ErrorWithHandle;
  }
  const note = `${context.name} job ${handle.id} was submitted and may go on: keep error.handle, and resume with wait(handle) or cancel(handle).`;
  if (!(error instanceof Error)) {
    return Object.assign(
      new MediagenError(
        note,
        { provider: context.provider },
        { cause: error, redact: context.redact },
      ),
      { handle },
    );
  }
  if (!error.message.includes(handle.id)) error.message = `${error.message}. ${note}`;
  return Object.assign(error, { handle });
}
