/** A spec the generator cannot turn into metadata; the message names the place and the fix. */
export class SpecError extends Error {}

export function fail(spec: string, where: string, message: string): never {
  throw new SpecError(`${spec}: ${where}: ${message}`);
}
