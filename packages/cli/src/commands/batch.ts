/**
 * `mediagen batch <jobs.jsonl>`: every line a job, `--concurrency` of them in flight, each result
 * appended to `--out` as it settles. Resumable: the journal records each line's idempotency key
 * before its submit and its handles after, so a run killed at any moment (Ctrl-C, `kill -9`) and run
 * again waits for every job it submitted, re-sends with the same key the ones whose submit was
 * cut off (Killa Tamata returns the same job), and submits only the lines never sent. No line is
 * paid twice. Every line is checked against the spec, and the whole batch's cost, before anything
 * is sent.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import type { JobHandle, SubmittedJob, SubmittedJobs } from '@mediagen/runtime';
import { batchExitCode, lineExitCode } from '../batch-exit-code.js';
import { type BatchLine, parseBatchLines } from '../batch-lines.js';
import { batchPathClash } from '../batch-paths.js';
import { type LinePlan, planLines, sendsSubmit } from '../batch-plan.js';
import { type BatchView, createBatchView } from '../batch-view.js';
import { checkCost, describeEstimate } from '../cost-check.js';
import { CliError, EXIT, exitCodeOf } from '../exit-codes.js';
import { followJob } from '../follow-job.js';
import { encodeHandle } from '../handle-token.js';
import { describeError } from '../job-outcome.js';
import { Journal, type LineResult } from '../journal.js';
import { type PreparedJob, prepareJob } from '../prepare-job.js';
import { type Estimate, worstCase } from '../provider-adapter.js';
import type { RunContext } from '../run-context.js';
import { openSession, type Session } from '../session.js';

export interface BatchFlags {
  out?: string;
  journal?: string;
  concurrency: number;
  provider?: string;
  job?: string;
  yes?: boolean;
  maxCost?: number;
  confirmAbove: number;
  download?: string;
  force?: boolean;
  timeout?: number;
}

interface Work {
  line: BatchLine;
  plan: LinePlan;
  prepared?: PreparedJob;
}

function totalCost(estimates: (Estimate | undefined)[]): Estimate | undefined {
  const figures = estimates.map(worstCase);
  if (estimates.length === 0) return undefined;
  const units = new Set(estimates.map((e) => e?.unit));
  if (figures.some((f) => f === undefined) || units.size > 1) return undefined;
  const sum = figures.reduce<number>((a, b) => a + (b ?? 0), 0);
  return {
    unit: estimates[0]!.unit,
    amount: Math.round(sum * 1e6) / 1e6,
    note: `${estimates.length} jobs, at most`,
  };
}

export async function runBatch(
  context: RunContext,
  jobsPath: string,
  flags: BatchFlags,
): Promise<number> {
  const { printer, signal } = context;
  const out = flags.out ?? `${jobsPath.replace(/\.jsonl?$/, '')}.results.jsonl`;
  const journalPath = flags.journal ?? `${jobsPath}.journal`;
  const clash = batchPathClash({ jobs: jobsPath, out, journal: journalPath });
  if (clash) throw new CliError(clash, EXIT.invalidInput);
  const text = await readFile(jobsPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(
      `Cannot read ${jobsPath}: ${error.code ?? error.message}.`,
      EXIT.invalidInput,
    );
  });
  const lines = parseBatchLines(text, flags);
  if (lines.length === 0) throw new CliError(`${jobsPath} has no jobs.`, EXIT.invalidInput);
  const { journal, events } = await Journal.open(journalPath);
  const sessions = new Map<string, Promise<Session>>();
  const session = (provider: string) => {
    if (!sessions.has(provider))
      sessions.set(provider, openSession(provider, context.global, printer));
    return sessions.get(provider)!;
  };
  try {
    const planned = planLines(events);
    if (context.global.mock && events.length > 0)
      printer.warn(
        "This journal is from an earlier run, and an embedded mock's jobs end with its run: resuming them fails. Serve one with `mediagen mock` and pass --base-url to resume across runs.",
      );
    for (const line of lines) {
      const recorded = planned.get(line.line)?.hash;
      if (recorded && recorded !== line.hash)
        throw new CliError(
          `${jobsPath} line ${line.line} changed since the journal recorded it (its text, or the --provider or --job it takes). Restore it, or start a new batch with another --journal.`,
          EXIT.invalidInput,
        );
    }
    // The results file is rewritten from the journal, so a line is in it once however often the batch ran.
    const done = lines.flatMap((l) => {
      const plan = planned.get(l.line)?.plan;
      return plan?.action === 'done' ? [plan.result] : [];
    });
    await writeFile(out, done.map((r) => `${JSON.stringify(r)}\n`).join(''));
    // Each line's exit code, as it ends (or stops) here or ended in an earlier run.
    const codes = new Map(done.map((r) => [r.line, lineExitCode(r)]));
    // Created once the questions are over: a live block must not sit above the prompt.
    let view: BatchView | undefined;
    let settledEarly = 0;
    const settle = async (line: BatchLine, result: LineResult) => {
      await journal.append({ event: 'settled', line: line.line, hash: line.hash, result });
      codes.set(line.line, lineExitCode(result));
      await appendFile(out, `${JSON.stringify(result)}\n`);
      if (view) view.settled(result);
      else settledEarly += 1;
    };

    // Check every line that has not been submitted before paying for any.
    const work: Work[] = [];
    for (const line of lines) {
      const plan = planned.get(line.line)?.plan ?? { action: 'submit' };
      if (plan.action === 'done') continue;
      if (line.problem) {
        await settle(line, {
          line: line.line,
          status: 'invalid',
          outputs: [],
          error: { name: 'InvalidLine', message: line.problem, exitCode: EXIT.invalidInput },
        });
        continue;
      }
      if (plan.action === 'wait' || plan.action === 'unknown') {
        work.push({ line, plan });
        continue;
      }
      try {
        const key = plan.action === 'resubmit' ? plan.idempotencyKey : undefined;
        const prepared = await prepareJob(
          await session(line.provider!),
          line.job!,
          line.input!,
          key,
        );
        work.push({ line, plan, prepared });
      } catch (error) {
        if (exitCodeOf(error) !== EXIT.invalidInput) throw error;
        await settle(line, {
          line: line.line,
          provider: line.provider!,
          job: line.job!,
          status: 'invalid',
          outputs: [],
          error: describeError(error),
        });
      }
    }
    const fresh = work.filter((w) => sendsSubmit(w.plan));
    const free = (await Promise.all([...sessions.values()])).every((s) => s.free);
    if (fresh.length > 0) {
      const total = totalCost(fresh.map((w) => w.prepared?.estimate));
      const resent = fresh.filter((w) => w.plan.action === 'resubmit').length;
      const again = resent > 0 ? ` (${resent} cut off mid-submit, sent again with their keys)` : '';
      printer.note(
        `batch: ${fresh.length} jobs to submit${again}, ${work.length - fresh.length} to resume. Cost: ${describeEstimate(total)}.`,
      );
      await checkCost(total, flags, free, printer, `${fresh.length} jobs`);
    }

    const shown = createBatchView(printer, lines.length, done.length + settledEarly);
    view = shown;
    let interrupted = 0;
    const runOne = async ({ line, plan, prepared }: Work) => {
      const base = { line: line.line, provider: line.provider!, job: line.job! };
      if (plan.action === 'unknown') {
        await settle(line, {
          ...base,
          status: 'unknown',
          outputs: [],
          error: {
            name: 'SubmitOutcomeUnknown',
            message:
              "A previous run was stopped during this line's submit, and this provider takes no idempotency key: the job may exist and be billed. Look for it in the provider's job list; it was not sent again.",
            exitCode: EXIT.outcomeUnknown,
          },
        });
        return;
      }
      const s = await session(line.provider!);
      let handles: JobHandle[];
      if (plan.action === 'wait') handles = plan.handles;
      else {
        const { request } = prepared!;
        if (plan.action === 'submit')
          await journal.append({
            event: 'submitting',
            line: line.line,
            hash: line.hash,
            ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
          });
        const submitted: SubmittedJob | SubmittedJobs = await s.client.submit(
          request.operationId,
          request.init,
          {
            signal,
            ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
          },
        );
        handles = 'handles' in submitted ? submitted.handles : [submitted.handle];
        await journal.append({ event: 'submitted', line: line.line, handles });
      }
      for (const handle of handles) shown.submitted(line.line, handle.id);
      const outputs: string[] = [];
      const files: string[] = [];
      try {
        for (const handle of handles) {
          const followed = await followJob(s, handle, {
            signal,
            view: {
              submitted() {},
              progress: (p) => shown.progress(line.line, p),
              downloading() {},
              stop() {},
            },
            ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
            ...(flags.download
              ? { download: { dir: flags.download, force: Boolean(flags.force) } }
              : {}),
          });
          outputs.push(...followed.result.outputs);
          files.push(...(followed.files ?? []));
        }
        await settle(line, {
          ...base,
          status: 'succeeded',
          outputs,
          ...(files.length ? { files } : {}),
          tokens: handles.map(encodeHandle),
        });
      } catch (error) {
        const code = exitCodeOf(error);
        if (code === EXIT.interrupted || code === EXIT.timeout) {
          interrupted += 1; // left in the journal as submitted: the next run resumes it
          codes.set(line.line, code);
          return;
        }
        const status =
          code === EXIT.jobFailed ? 'failed' : code === EXIT.jobCancelled ? 'cancelled' : 'error';
        await settle(line, {
          ...base,
          status,
          outputs,
          tokens: handles.map(encodeHandle),
          error: describeError(error),
        });
      }
    };

    const queue = [...work];
    const worker = async () => {
      for (let next = queue.shift(); next && !signal.aborted; next = queue.shift()) {
        try {
          await runOne(next);
        } catch (error) {
          // A submit that failed: refused (nothing charged) or lost (the job may exist; the journal keeps its key).
          const code = exitCodeOf(error);
          if (code === EXIT.interrupted || code === EXIT.outcomeUnknown) {
            interrupted += 1;
            codes.set(next.line.line, code);
          } else
            await settle(next.line, {
              line: next.line.line,
              provider: next.line.provider!,
              job: next.line.job!,
              status: 'error',
              outputs: [],
              error: describeError(error),
            });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.floor(flags.concurrency)) }, worker));
    shown.stop();
    const unsettled = interrupted + queue.length;
    if (unsettled > 0)
      printer.note(
        `${unsettled} lines are not settled yet (their jobs go on). Run the same command again to resume them.`,
      );
    printer.out(`Results: ${out}`);
    printer.result({ results: out, lines: lines.length, unsettled });
    return batchExitCode(codes, signal.aborted);
  } finally {
    await journal.close();
    await Promise.all(
      [...sessions.values()].map(async (s) => (await s.catch(() => undefined))?.close()),
    );
  }
}
