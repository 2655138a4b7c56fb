import type { Verdict } from './classify-keyword.ts';

/**
 * Job behaviour users rely on, by where it sits in the generated metadata. The first pattern that
 * matches a pointer names the review reason. Nothing here is breaking for the compiler, but a
 * change can cost money or hang a wait, so a person reads it.
 */
const REVIEW: [RegExp, string][] = [
  [/\/schedule(\/|$)/, 'poll schedule or timeout changed'],
  [/\/states\/(succeeded|failed|cancelled)$/, 'terminal states added or removed'],
  [/\/states(\/|$)/, 'job states changed'],
  [
    /^\/operations\/[^/]+\/(status|jobList\/id|jobList\/items|jobList\/statusOperations)(\/|$)/,
    'job id pointer moved',
  ],
  [/\/outputs$/, 'output pointer moved'],
  [/\/(state|progress|error)(\/|$)/, 'job state, progress or error pointer moved'],
  [/\/cancel(\/|$)/, 'cancel link changed'],
  [/\/refund(\/|$)/, 'refund pointer moved'],
  [/\/(idempotencyHeader|paid)$/, 'idempotency policy changed'],
  [/^\/retry(\/|$)/, 'retry policy changed'],
  [/\/rateLimit(\/|$)/, 'rate limit changed'],
  [/\/prices(\/|$)/, 'prices changed'],
  [/^\/errors(\/|$)/, 'error body pointers moved'],
  [/^\/baseUrl$/, 'server URL changed: where the key is sent'],
  [/^\/trustedOrigins(\/|$)/, 'origins the key may be sent to changed'],
];

/** Where the metadata holds a documented request limit rather than job behaviour. */
function classifyUploadLimit(before: unknown, after: unknown): Verdict {
  const narrowed = after !== undefined && (before === undefined || Number(after) < Number(before));
  return narrowed
    ? { class: 'breaking', reason: 'request upload limit narrowed' }
    : { class: 'non-breaking', reason: 'request upload limit loosened' };
}

export function classifyMetadata(pointer: string, before: unknown, after: unknown): Verdict {
  if (pointer.endsWith('/maxUploadBytes')) return classifyUploadLimit(before, after);
  if (pointer === '/apiKeyEnv') {
    return {
      class: 'breaking',
      reason: 'API key variable renamed: deployments stop finding the key',
    };
  }
  const match = REVIEW.find(([pattern]) => pattern.test(pointer));
  return { class: 'review', reason: match ? match[1] : 'job behaviour changed' };
}
