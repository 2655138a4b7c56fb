/** Replaces every occurrence of a secret in a string. Used on anything an error may carry. */
export type Redactor = (text: string) => string;

export const REDACTED = '[REDACTED]';

export function createRedactor(getSecrets: () => readonly (string | undefined)[]): Redactor {
  return (text) => {
    let out = text;
    for (const secret of getSecrets()) {
      // Short values would redact innocent text; real keys are long.
      if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
    }
    return out;
  };
}

export const noRedaction: Redactor = (text) => text;

/** Deep copy of a JSON-like value with every string redacted. */
export function redactValue(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact));
  if (value && typeof value === 'object' && !(value instanceof Error)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
  }
  return value;
}

/**
 * A cause from fetch can quote a header value (undici names the invalid value), so a cause is
 * rebuilt with its text redacted rather than passed through.
 */
export function redactCause(cause: unknown, redact: Redactor): unknown {
  if (!(cause instanceof Error)) return typeof cause === 'string' ? redact(cause) : cause;
  const message = redact(cause.message);
  const stack = cause.stack ? redact(cause.stack) : undefined;
  if (message === cause.message && stack === cause.stack && cause.cause === undefined) return cause;
  const copy = new Error(
    message,
    cause.cause === undefined ? undefined : { cause: redactCause(cause.cause, redact) },
  );
  copy.name = cause.name;
  if (stack) copy.stack = stack;
  const code = (cause as { code?: unknown }).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
