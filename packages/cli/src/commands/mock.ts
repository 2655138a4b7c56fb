/** `mediagen mock [providers…] [--port N]`: `@mediagen/mock`'s own command, served until Ctrl-C or SIGTERM. */

import { PROVIDERS } from '../providers/registry.js';
import type { RunContext } from '../run-context.js';

export async function runMock(
  { printer }: RunContext,
  providers: string[],
  flags: { port: number },
): Promise<number> {
  const { runCli } = await import('@mediagen/mock');
  const named = providers.length > 0 ? providers : PROVIDERS;
  // The mock's command keeps serving after it returns 0: its servers hold the process open and stop on a signal.
  return runCli([...named, '--port', String(flags.port)], {
    log: (line) => printer.out(line),
    error: (line) => printer.note(line),
  });
}
