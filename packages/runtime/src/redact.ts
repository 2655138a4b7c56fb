/** Replaces every occurrence of a secret in a string. Used on anything an error may carry. */
export type Redactor = (text: string) => string;

export const REDACTED = '[REDACTED]';

// A form shorter than this is redacted only where it stands alone: a one-letter key must not
// blank every such letter in a message (`createTas[REDACTED]`), nor its 4-character base64.
const SHORT_FORM = 8;
const TOKEN_CHAR = 'A-Za-z0-9_\\-';

function base64(secret: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(secret)) binary += String.fromCharCode(byte);
  // Unpadded, so the padded and unpadded echoes both contain it.
  return btoa(binary).replace(/=+$/, '');
}

/** Raw, URL- and JSON-escaped, base64 and base64url. */
function escapes(secret: string): string[] {
  const encoded = base64(secret);
  return [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    encoded,
    encoded.replace(/\+/g, '-').replace(/\//g, '_'),
  ];
}

// What a header value loses at each end: a key with a trailing space or tab is sent, and echoed,
// without it.
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** The forms a secret takes when a server or a library echoes it, as given and as sent. */
function spellings(secret: string): string[] {
  const forms = new Set([...escapes(secret), ...escapes(secret.replace(HTTP_WHITESPACE, ''))]);
  forms.delete('');
  return [...forms];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Replaces one form: anywhere when it is long enough to be the secret, else whole occurrences. */
function replacer(form: string): (text: string) => string {
  if (form.length >= SHORT_FORM) {
    return (text) => (text.includes(form) ? text.split(form).join(REDACTED) : text);
  }
  const alone = new RegExp(`(?<![${TOKEN_CHAR}])${escapeRegExp(form)}(?![${TOKEN_CHAR}])`, 'g');
  return (text) => (text.includes(form) ? text.replace(alone, REDACTED) : text);
}

export function createRedactor(getSecrets: () => readonly (string | undefined)[]): Redactor {
  // Secrets are read on each use (a key may be set later); their replacers are built once each.
  const replacers = new Map<string, ((text: string) => string)[]>();
  const formsOf = (secret: string) => {
    let found = replacers.get(secret);
    if (!found) {
      found = spellings(secret).map(replacer);
      replacers.set(secret, found);
    }
    return found;
  };
  return (text) => {
    let out = text;
    for (const secret of getSecrets()) {
      // Every length: a short key is still a key, and an error with a word blanked out still reads.
      // Not a string (plain JavaScript's `apiKey: 123`): no header can carry it, so it was never sent.
      if (typeof secret !== 'string' || !secret) continue;
      for (const replace of formsOf(secret)) out = replace(out);
    }
    return out;
  };
}

export const noRedaction: Redactor = (text) => text;

/** Errors that were built redacted (every `MediagenError`): passed through as they are. */
export const redactedErrors = new WeakSet<object>();

interface Pass {
  redact: Redactor;
  seen: WeakSet<object>;
  /** Set when the copy differs from the original, so an untouched cause keeps its identity. */
  changed: boolean;
}

const text = (pass: Pass, value: string) => {
  const out = pass.redact(value);
  if (out !== value) pass.changed = true;
  return out;
};

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function copyValue(value: unknown, pass: Pass): unknown {
  if (typeof value === 'string') return text(pass, value);
  if (!value || typeof value !== 'object') return value;
  if (value instanceof Error) return copyError(value, pass);
  if (pass.seen.has(value)) return '[Circular]';
  pass.seen.add(value);
  if (Array.isArray(value)) return value.map((v) => copyValue(v, pass));
  let entries: [unknown, unknown][];
  if (value instanceof Headers || value instanceof Map) {
    pass.changed = true;
    entries = [...(value as Map<unknown, unknown>).entries()];
  } else if (isPlain(value)) {
    entries = Object.entries(value);
  } else {
    // A Request, a socket, a class instance: its internals are not inspected, only named.
    pass.changed = true;
    return `[${value.constructor?.name ?? 'object'}]`;
  }
  return Object.fromEntries(entries.map(([k, v]) => [text(pass, String(k)), copyValue(v, pass)]));
}

function copyError(error: Error, pass: Pass): unknown {
  if (redactedErrors.has(error)) return error;
  if (pass.seen.has(error)) return '[Circular]';
  pass.seen.add(error);
  const message = text(pass, error.message);
  const options = error.cause === undefined ? undefined : { cause: copyValue(error.cause, pass) };
  // Still an AggregateError, so `util.inspect` shows its redacted `errors` as it would the originals.
  const copy =
    error instanceof AggregateError
      ? new AggregateError([], message, options)
      : new Error(message, options);
  copy.name = text(pass, error.name);
  copy.stack = error.stack === undefined ? '' : text(pass, error.stack);
  // Own properties, enumerable or not: an AggregateError's `errors` (undici's, one per address
  // tried) and a SuppressedError's `error` and `suppressed` are not enumerable.
  for (const key of Object.getOwnPropertyNames(error)) {
    if (key === 'message' || key === 'stack' || key === 'cause') continue;
    const own = Object.getOwnPropertyDescriptor(error, key);
    if (own && 'value' in own)
      (copy as unknown as Record<string, unknown>)[text(pass, key)] = copyValue(own.value, pass);
  }
  return copy;
}

/**
 * Deep copy of a value with every string redacted, property names included. Headers and Maps
 * become plain objects; other class instances are only named; cycles end in `[Circular]`.
 */
export function redactValue(value: unknown, redact: Redactor): unknown {
  return copyValue(value, { redact, seen: new WeakSet(), changed: false });
}

/**
 * A cause from fetch can quote a header value (undici names the invalid value), or carry the
 * request itself, so a cause is copied with everything redacted unless nothing in it had to be.
 */
export function redactCause(cause: unknown, redact: Redactor): unknown {
  const pass: Pass = { redact, seen: new WeakSet(), changed: false };
  const copy = copyValue(cause, pass);
  return pass.changed ? copy : cause;
}
