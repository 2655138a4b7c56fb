/** Where one look at a job waited for through a list route gets its answer. */
export type ListLookSource = 'direct' | 'cached' | 'round';

export interface ListLookState {
  /** The spec declares a list operation for the job's status route and the client can call it. */
  listed: boolean;
  /** The list refused once (a missing scope, say): it will refuse again. */
  refused: boolean;
  /** An earlier round did not show this job (paged out, not yet indexed). */
  unlisted: boolean;
  /** How many jobs of this list are being waited for. */
  watched: number;
  /** Age of the last list answer, undefined before the first round. */
  ageMs: number | undefined;
  /** The last list answer shows this job. */
  inLast: boolean;
  /** The oldest answer this look accepts: the wait's next interval, so it is never later. */
  maxAgeMs: number;
}

/**
 * Direct where a list request cannot pay off (one job, no list, a refusal, a job it does not show);
 * the last list answer where it shows the job and is no older than the look allows; else the shared
 * round, which every look due while it gathers or runs joins.
 */
export function listLookSource(state: ListLookState): ListLookSource {
  if (!state.listed || state.refused || state.unlisted || state.watched < 2) return 'direct';
  const fresh = state.ageMs !== undefined && state.ageMs <= state.maxAgeMs;
  return fresh && state.inLast ? 'cached' : 'round';
}
