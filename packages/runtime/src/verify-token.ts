// Loaded on first use rather than at import: only push handlers compare tokens, and importing
// node:crypto up front was a large part of the time it takes to import the runtime.
const crypto = () => process.getBuiltinModule('node:crypto');

const digest = (value: string) => crypto().createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares a delivered secret with the expected one in constant time. Both sides are hashed first
 * so neither the length nor a common prefix shows in the timing.
 */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  return crypto().timingSafeEqual(digest(expected), digest(given));
}
