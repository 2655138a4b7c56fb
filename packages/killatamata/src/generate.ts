import { type JobResult, type RunOptions, ValidationError } from '@mediagen/runtime';
import {
  callbackUrlProblem,
  incompleteResult,
  pushTokenProblem,
  splitRunOptions,
  withExtra,
} from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type {
  Billing,
  KillaTamataBaseClient,
  MediaJobRequest,
  MediaJobStatus,
  Task,
  TaskInput,
} from './types.js';

export interface CallbackTarget {
  /** Your endpoint (see `createCallbackHandler`); Killa Tamata POSTs the terminal callback to it. */
  url: string;
  /** A secret added to the URL as `?token=`, checked by `createCallbackHandler` in constant time. */
  token?: string;
}

export interface GenerateOptions extends Omit<RunOptions, 'callback'> {
  /**
   * The job's idempotency key, sent as `X-Idempotency-Key` and as the body's `idempotencyKey`.
   * Default: a new UUID. Every retry re-sends the same key, so the job is charged once; reuse a key
   * to get the same job back.
   */
  idempotencyKey?: string;
  /**
   * Sets `completionCallbackUrl`: the wait ends as soon as the callback arrives at this client's
   * `createCallbackHandler`, and polls only on a slow safety-net schedule meanwhile.
   */
  callback?: CallbackTarget;
}

export interface Generation extends JobResult<MediaJobStatus> {
  /** `downloadableOutputUrls`. */
  outputUrls: string[];
  /** The completion-time billing (`usdCharged`), where the status body has it. */
  billing?: Billing;
  /**
   * The submit-time billing (the hold and estimate), where the submit's answer has it: the only bill
   * of a task that does not settle again at completion.
   */
  submitBilling?: Billing;
  /** The key the job was submitted with; submitting again with it returns this job. */
  idempotencyKey: string;
}

export type Generate = <T extends Task>(
  task: T,
  input: TaskInput<T>,
  options?: GenerateOptions,
) => Promise<Generation>;

const tokenParameter = metadata.pushes?.mediaJobTerminal?.token?.name ?? 'token';

/** The callback URL with the token in its query, where the spec's callback expects it. */
export function callbackUrl({ url, token }: CallbackTarget): string {
  const problem = callbackUrlProblem(url);
  if (problem) refuseCallback('/completionCallbackUrl', `callback.url ${problem}`);
  if (token === undefined) return url;
  const tokenProblem = pushTokenProblem(token);
  // The handler refuses the same token, so the callback could never be verified.
  if (tokenProblem) refuseCallback('/completionCallbackUrl', `callback.token ${tokenProblem}`);
  const withToken = new URL(url);
  withToken.searchParams.set(tokenParameter, token);
  return withToken.href;
}

function refuseCallback(path: string, message: string): never {
  throw new ValidationError(`Killa Tamata ${message}.`, {
    provider: metadata.id,
    operationId: 'submitMediaJob',
    issues: [{ path, message }],
  });
}

/** A completed job without `downloadableOutputUrls`: it was paid for, so the error keeps its handle. */
function withoutOutputs(result: JobResult<MediaJobStatus>) {
  return incompleteResult(
    result,
    `Killa Tamata job ${result.handle.id} completed without downloadableOutputUrls; the finished job is on this error as body. Keep error.handle and read it again with wait(handle), or with includeDetails=1.`,
  );
}

/**
 * `generate(task, input)`: submits one job with an idempotency key, waits for it on the spec's
 * schedule (or for its callback), and returns the output URLs and the billing.
 */
export interface GenerateHelpers {
  /** Submit one task with an idempotency key and wait for it (or for its callback). */
  generate: Generate;
}

export function generateHelpers(client: KillaTamataBaseClient): GenerateHelpers {
  const generate: Generate = async (task, input, options = {}) => {
    const { callback, idempotencyKey = crypto.randomUUID(), ...runOptions } = options;
    const { request, wait } = splitRunOptions(runOptions);
    const body = {
      task,
      input: withExtra(input),
      idempotencyKey,
      ...(callback ? { completionCallbackUrl: callbackUrl(callback) } : {}),
    } as MediaJobRequest;
    const { handle, body: submitted } = await client.submit(
      'submitMediaJob',
      { body },
      { ...request, idempotencyKey },
    );
    const result = await client.wait<MediaJobStatus>(handle, {
      ...wait,
      ...(callback ? { callback: true } : {}),
    });
    if (result.outputs.length === 0) throw withoutOutputs(result);
    return {
      ...result,
      outputUrls: result.outputs,
      ...(result.body.billing ? { billing: result.body.billing } : {}),
      ...(submitted.billing ? { submitBilling: submitted.billing } : {}),
      idempotencyKey,
    };
  };
  return { generate };
}
