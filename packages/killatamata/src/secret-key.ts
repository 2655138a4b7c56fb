import { REDACTED } from '@mediagen/runtime/provider';

const inspect = Symbol.for('nodejs.util.inspect.custom');

/**
 * An API key the API returned once (key creation, the device link). It prints, logs and serializes
 * as `[REDACTED]`; `reveal()` is the only way to read it, so it cannot leak by accident.
 */
export class SecretKey {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The key itself. Store it securely; Killa Tamata shows it only once. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect](): string {
    return `SecretKey(${REDACTED})`;
  }
}
