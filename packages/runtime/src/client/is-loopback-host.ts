const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * A URL hostname on this machine's loopback (localhost, 127.0.0.0/8, [::1]): the only place plain
 * http may carry a key, and the only place the mock delivers pushes to by default.
 */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}
