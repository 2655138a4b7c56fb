/**
 * `mediagen wait|status|cancel <handle>`: the handle `generate --no-wait` printed (or its JSON, or
 * `-` for stdin) finds the job again, in any later process. No key is in it: the key comes from the
 * usual places.
 */
import { text } from 'node:stream/consumers';
import type { JobHandle } from '@mediagen/runtime';
import { CliError, EXIT, exitCodeOf } from '../exit-codes.js';
import { followJob } from '../follow-job.js';
import { decodeHandle, encodeHandle } from '../handle-token.js';
import { describeError, succeeded, unsettled } from '../job-outcome.js';
import { createJobView } from '../job-view.js';
import type { RunContext } from '../run-context.js';
import { openSession, type Session } from '../session.js';
import { withTimeout } from '../with-timeout.js';
import { printOutcome } from './print-outcome.js';

const REQUEST_TIMEOUT_MS = 60_000;

async function handleFrom(word: string) {
  return decodeHandle(
    word === '-'
      ? await withTimeout(
          text(process.stdin),
          60_000,
          'No handle arrived on stdin within a minute.',
        )
      : word,
  );
}

export interface WaitFlags {
  download?: string;
  force?: boolean;
  /** Seconds. */
  timeout?: number;
}

export async function runWait(
  context: RunContext,
  word: string,
  flags: WaitFlags,
): Promise<number> {
  const handle = await handleFrom(word);
  const session = await openSession(handle.provider, context.global, context.printer);
  const view = createJobView(context.printer, `${session.adapter.name} ${handle.operationId}`);
  view.submitted(handle, undefined);
  try {
    const { result, files } = await followJob(session, handle, {
      signal: context.signal,
      view,
      ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
      ...(flags.download ? { download: { dir: flags.download, force: Boolean(flags.force) } } : {}),
    });
    view.stop();
    const outcome = succeeded(result, files);
    printOutcome(context.printer, outcome);
    context.printer.result(outcome);
    return 0;
  } catch (error) {
    view.stop();
    const outcome = unsettled(handle, error);
    printOutcome(context.printer, outcome);
    context.printer.result(outcome);
    return exitCodeOf(error);
  } finally {
    await session.close();
  }
}

/** Decodes the handle, opens its provider's session for `work`, and closes it after. */
async function withJob(
  context: RunContext,
  word: string,
  work: (handle: JobHandle, session: Session, signal: AbortSignal) => Promise<number>,
): Promise<number> {
  const handle = await handleFrom(word);
  const session = await openSession(handle.provider, context.global, context.printer);
  try {
    return await work(
      handle,
      session,
      AbortSignal.any([context.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
    );
  } finally {
    await session.close();
  }
}

export function runStatus(context: RunContext, word: string): Promise<number> {
  return withJob(context, word, async (handle, session, signal) => {
    const now = await session.client.poll(handle, { signal });
    const { body: _body, handle: _handle, ...snapshot } = now;
    const progress = now.progress !== undefined ? ` ${Math.round(now.progress)}%` : '';
    context.printer.out(`${handle.id}  ${now.status}  ${now.state}${progress}`);
    for (const url of now.outputs) context.printer.out(url);
    context.printer.result({
      id: handle.id,
      provider: handle.provider,
      ...snapshot,
      token: encodeHandle(handle),
    });
    return 0;
  });
}

export function runCancel(context: RunContext, word: string): Promise<number> {
  return withJob(context, word, async (handle, session, signal) => {
    const job = { id: handle.id, provider: handle.provider };
    try {
      if (!session.client.cancel)
        throw new CliError(
          `${session.adapter.name} documents no way to cancel a job.`,
          EXIT.invalidInput,
        );
      const answer = await session.client.cancel(handle, { signal });
      context.printer.out(`Cancelled ${handle.provider} job ${handle.id}.`);
      context.printer.result({ ...job, cancelled: true, answer });
      return 0;
    } catch (error) {
      context.printer.result({ ...job, cancelled: false, error: describeError(error) });
      throw error;
    }
  });
}
