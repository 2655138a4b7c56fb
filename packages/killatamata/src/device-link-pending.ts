import { MediagenError } from '@mediagen/runtime';

/**
 * Whether a failed device-link poll only says "not approved yet". The doc documents no pending
 * answer (the spec assumes a 200 `{status: pending}`); device links in the RFC 8628 style answer a
 * pending one with a 400 `authorization_pending` or `slow_down`, or a 428. Such an answer keeps the
 * poll going instead of ending it on its first round; any other refusal ends it.
 */
export function isPendingPoll(error: unknown): boolean {
  // A 400 is a `ValidationError`, other refusals `ApiError`s: both carry the status.
  if (!(error instanceof MediagenError) || (error.status !== 400 && error.status !== 428)) {
    return false;
  }
  if (error.status === 428) return true;
  const said = `${error.code ?? ''} ${error.providerMessage ?? ''}`;
  return /authorization_pending|slow_down|\bpending\b|not (yet )?approved/i.test(said);
}
