/** The options every command takes (`mediagen --help` lists them). */
export interface GlobalOptions {
  json?: boolean;
  mock?: boolean;
  baseUrl?: string;
  apiKey?: string;
  /** Poll every N ms instead of the documented schedule: only against a loopback base URL (a mock). */
  pollMs?: number;
}

/** Loopback hosts: a mock on this machine, where pacing and the documented schedule may be skipped. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
