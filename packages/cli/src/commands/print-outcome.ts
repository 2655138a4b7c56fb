import pc from 'picocolors';
import type { JobOutcome } from '../job-outcome.js';
import type { Printer } from '../printer.js';

/** A job's outcome for people: the files or URLs on stdout; why it did not succeed, and how to resume, on stderr. */
export function printOutcome(printer: Printer, outcome: JobOutcome): void {
  if (outcome.status === 'succeeded') {
    const seconds =
      outcome.elapsedMs !== undefined ? ` in ${(outcome.elapsedMs / 1000).toFixed(1)}s` : '';
    printer.note(
      pc.green(`✔ ${outcome.provider} ${outcome.id} ${outcome.state ?? 'succeeded'}${seconds}`),
    );
    for (const line of outcome.files ?? outcome.outputs) printer.out(line);
    return;
  }
  printer.note(
    pc.red(`✖ ${outcome.provider} ${outcome.id}: ${outcome.error?.message ?? outcome.status}`),
  );
  if (outcome.status === 'running' || outcome.status === 'error')
    printer.note(`The job may still be running. Resume with: mediagen wait ${outcome.token}`);
}
