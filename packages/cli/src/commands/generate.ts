/**
 * `mediagen generate <provider> <job> [--field value …]`: checks the input (nothing sent when it is
 * bad), shows the estimate and asks where it must, submits once, then follows the job live and
 * downloads its outputs, or prints a resumable handle with `--no-wait`.
 */
import type { JobHandle, SubmittedJob, SubmittedJobs } from '@mediagen/runtime';
import open from 'open';
import { checkCost, describeEstimate } from '../cost-check.js';
import { exitCodeOf } from '../exit-codes.js';
import { firstPollMs, followJob } from '../follow-job.js';
import { encodeHandle } from '../handle-token.js';
import { type JobOutcome, succeeded, unsettled } from '../job-outcome.js';
import { createJobView, type JobView } from '../job-view.js';
import { prepareJob } from '../prepare-job.js';
import { readInput } from '../read-input.js';
import type { RunContext } from '../run-context.js';
import { openSession } from '../session.js';
import { printOutcome } from './print-outcome.js';

export interface GenerateFlags {
  input?: string;
  yes?: boolean;
  maxCost?: number;
  confirmAbove: number;
  wait: boolean;
  download?: string;
  force?: boolean;
  open?: boolean;
  /** Seconds. */
  timeout?: number;
  idempotencyKey?: string;
  dryRun?: boolean;
}

function handlesOf(submitted: SubmittedJob | SubmittedJobs): JobHandle[] {
  return 'handles' in submitted ? submitted.handles : [submitted.handle];
}

export async function runGenerate(
  { printer, global, signal }: RunContext,
  provider: string,
  job: string,
  fields: Record<string, unknown>,
  flags: GenerateFlags,
): Promise<number> {
  const session = await openSession(provider, global, printer);
  let view: JobView | undefined;
  try {
    const input = { ...(flags.input ? await readInput(flags.input) : {}), ...fields };
    const { target, request, estimate } = await prepareJob(
      session,
      job,
      input,
      flags.idempotencyKey,
    );
    const label = `${session.adapter.name} ${target.name}`;
    printer.note(`${label}: the input is valid. Cost: ${describeEstimate(estimate)}.`);
    if (flags.dryRun) {
      printer.out('Not submitted (--dry-run).');
      printer.result({
        provider: session.adapter.id,
        job: target.name,
        valid: true,
        request,
        estimate,
      });
      return 0;
    }
    await checkCost(estimate, flags, session.free, printer, label);
    view = createJobView(printer, label);
    const submitted = await session.client.submit(request.operationId, request.init, {
      signal,
      ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
    });
    const handles = handlesOf(submitted);
    if (!flags.wait) {
      view.stop();
      for (const handle of handles) printer.out(encodeHandle(handle));
      printer.note(`Submitted. Follow it with: mediagen wait ${encodeHandle(handles[0]!)}`);
      if (global.mock)
        printer.warn(
          'The embedded mock stops with this command, and its jobs with it: to follow a job later, serve one with `mediagen mock` and pass --base-url.',
        );
      printer.result({
        provider: session.adapter.id,
        job: target.name,
        estimate,
        jobs: handles.map((handle) => ({ id: handle.id, token: encodeHandle(handle), handle })),
      });
      return 0;
    }
    const outcomes: JobOutcome[] = [];
    let firstError: unknown;
    for (const handle of handles) {
      view.submitted(handle, firstPollMs(session, handle, false));
      try {
        const { result, files } = await followJob(session, handle, {
          signal,
          view,
          ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
          ...(flags.download
            ? { download: { dir: flags.download, force: Boolean(flags.force) } }
            : {}),
        });
        outcomes.push(succeeded(result, files));
      } catch (error) {
        firstError ??= error;
        outcomes.push(unsettled(handle, error));
      }
    }
    view.stop();
    for (const outcome of outcomes) printOutcome(printer, outcome);
    printer.result({ provider: session.adapter.id, job: target.name, estimate, jobs: outcomes });
    const firstFile = outcomes[0]?.files?.[0];
    if (flags.open && firstFile) await open(firstFile, { wait: false });
    return firstError === undefined ? 0 : exitCodeOf(firstError);
  } finally {
    view?.stop(); // also when a submit fails: the error is printed below a cleared line
    await session.close();
  }
}
