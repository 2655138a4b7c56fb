import { CliError, EXIT } from './exit-codes.js';
import type { JobTarget, ProviderAdapter } from './provider-adapter.js';

const loose = (name: string) => name.toLowerCase().replace(/[-_.\s]/g, '');

/** The job `name` names: an operation id or task, matched ignoring case, `-`, `_` and `.`. */
export function findTarget(adapter: ProviderAdapter, name: string): JobTarget {
  const targets = adapter.targets();
  const found =
    targets.find((t) => t.name === name) ?? targets.find((t) => loose(t.name) === loose(name));
  if (!found)
    throw new CliError(
      `${adapter.name} has no job ${JSON.stringify(name)}. Use one of: ${targets.map((t) => t.name).join(', ')}.`,
      EXIT.invalidInput,
    );
  return found;
}
