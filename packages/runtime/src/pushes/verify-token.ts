const encoder = new TextEncoder();

const digest = async (value: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(value)));

/**
 * Compares a delivered secret with the expected one in constant time. Both sides are hashed first,
 * so neither the length nor a common prefix shows in the timing. Web Crypto rather than node:crypto,
 * so the check runs wherever a web-standard handler does (edge runtimes included).
 */
export async function tokenMatches(
  expected: string,
  given: string | null | undefined,
): Promise<boolean> {
  if (typeof given !== 'string') return false;
  const [a, b] = await Promise.all([digest(expected), digest(given)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
