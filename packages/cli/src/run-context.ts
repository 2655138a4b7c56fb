import type { GlobalOptions } from './global-options.js';
import type { Printer } from './printer.js';

/** What every command runs with: the printer, the global options, and the run's stop signal (Ctrl-C). */
export interface RunContext {
  printer: Printer;
  global: GlobalOptions;
  signal: AbortSignal;
}
