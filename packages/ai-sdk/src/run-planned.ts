import { fetchOutputs } from './fetch-outputs.js';
import type { ModelContext, PlannedJob } from './model-context.js';

/** Plans the job from the call's options, runs it, and fetches its outputs as bytes. */
export async function runPlanned<Options extends { abortSignal?: AbortSignal }>(
  context: ModelContext,
  plan: (options: Options) => Promise<PlannedJob>,
  options: Options,
) {
  const timestamp = new Date();
  const { warnings, run } = await plan(options);
  const job = await run(options.abortSignal);
  const files = await fetchOutputs(job, { ...context, signal: options.abortSignal });
  return { timestamp, warnings, job, files };
}
