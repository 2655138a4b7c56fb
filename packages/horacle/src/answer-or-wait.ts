import { InvalidResponseError, type RequestOptions, type WaitOptions } from '@mediagen/runtime';
import { createJobHandles } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { HoracleBaseClient } from './types.js';

/**
 * The paid routes the spec reads as answering at once, although the doc says "All endpoints are
 * async (fire + poll)": each also accepts an answer that is a job (`generationId` or `task_id`).
 */
export type AnswerOperation =
  | 'analyzeImage'
  | 'imageToPrompt'
  | 'probeVideo'
  | 'designVoice'
  | 'saveDesignedVoice'
  | 'cloneVoice'
  | 'generateWorkflow'
  | 'optimizePrompt';

/** Options of a paid call that may answer with a job: its request, and the wait for that job. */
export interface AnswerOptions extends RequestOptions {
  wait?: WaitOptions;
}

/** Reads the result out of a body; `undefined` when the body does not carry it. */
export type ReadAnswer<T> = (body: unknown) => T | undefined;

const field = (body: unknown, name: string): unknown =>
  body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;

/** A result the body carries itself, or in a `result` object (where a finished job may nest it). */
function readEither<T>(read: ReadAnswer<T>, body: unknown): T | undefined {
  return read(body) ?? read(field(body, 'result'));
}

/** A reader that takes the body when `name` holds a value of the given type. */
export function whenField<T>(
  name: string,
  holds: (value: unknown) => boolean = (value) => typeof value === 'string' && value !== '',
): ReadAnswer<T> {
  return (body) => (holds(field(body, name)) ? (body as T) : undefined);
}

/**
 * Calls a paid route that may answer its result at once or with a job id. The result comes back
 * either way, or an error says why: an answer with neither is an `InvalidResponseError` that says
 * the job may exist, and a finished job without the result is one that carries its handle and body.
 * A paid call never returns empty.
 */
export async function answerOrWait<T>(
  client: HoracleBaseClient,
  operationId: AnswerOperation,
  init: object,
  read: ReadAnswer<T>,
  request?: RequestOptions,
  wait?: WaitOptions,
): Promise<T> {
  const call = client.call as (id: string, init: object, o?: RequestOptions) => Promise<unknown>;
  const body = await call(operationId, init, request);
  const now = readEither(read, body);
  if (now !== undefined) return now;
  // Not the result, so a job, as the doc says every endpoint answers; no id at all throws here.
  const [handle] = createJobHandles(metadata, operationId, body);
  const result = await client.wait(handle!, wait);
  const done = readEither(read, result.body);
  if (done !== undefined) return done;
  const error = new InvalidResponseError(
    `Horacle ${operationId} job ${handle!.id} completed without its result, which was paid for; the finished body is on this error as body.`,
    { provider: metadata.id, operationId: handle!.statusOperationId, body: result.body },
  );
  throw Object.assign(error, { handle });
}
