/**
 * One line about a job in progress: state, percent where the provider reports one, time since the
 * wait started, and when the next poll is due (measured from the last poll and the gap before it, or
 * the schedule's first delay). Pure, so the live display and the plain lines say the same.
 */
export interface ProgressFacts {
  id: string;
  state: string;
  progress?: number;
  elapsedMs: number;
  polls: number;
  /** When the next poll is expected, in ms from now; undefined when unknown. */
  nextPollInMs?: number;
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))}s`;

export function describeProgress(facts: ProgressFacts): string {
  const parts = [facts.id, facts.state];
  if (facts.progress !== undefined) parts.push(`${Math.round(facts.progress)}%`);
  parts.push(seconds(facts.elapsedMs));
  parts.push(facts.polls === 1 ? '1 poll' : `${facts.polls} polls`);
  if (facts.nextPollInMs !== undefined) parts.push(`next poll in ${seconds(facts.nextPollInMs)}`);
  return parts.join('  ');
}
