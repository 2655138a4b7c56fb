/** `mediagen cost <provider> <job> [--field value …]`: the input checked and the estimate shown; nothing is sent. */
import { describeEstimate } from '../cost-check.js';
import { prepareJob } from '../prepare-job.js';
import { readInput } from '../read-input.js';
import type { RunContext } from '../run-context.js';
import { openSession } from '../session.js';

export async function runCost(
  { printer, global }: RunContext,
  provider: string,
  job: string,
  fields: Record<string, unknown>,
  flags: { input?: string },
): Promise<number> {
  const session = await openSession(provider, global, printer, { needsKey: false });
  try {
    const input = { ...(flags.input ? await readInput(flags.input) : {}), ...fields };
    const { target, estimate } = await prepareJob(session, job, input);
    printer.out(`${session.adapter.name} ${target.name}: ${describeEstimate(estimate)}`);
    printer.result({ provider: session.adapter.id, job: target.name, estimate: estimate ?? null });
    return 0;
  } finally {
    await session.close();
  }
}
