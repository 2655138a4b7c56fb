import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from './redact.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const long = 'sk_live_Ab+/9xY?z~long_enough_key';
const R = REDACTED;

describe('createRedactor: the forms of a key, and whole occurrences of a short one', () => {
  it.each([
    // Long keys: every form, anywhere.
    [long, `raw ${long}.`, `raw ${R}.`],
    [long, `url ${encodeURIComponent(long)}`, `url ${R}`],
    [long, `json ${JSON.stringify(long)}`, `json "${R}"`],
    [long, `base64 ${b64(long)}`, `base64 ${b64(long).replace(/^[^=]+/, R)}`],
    [long, `base64url ${b64url(long)}`, `base64url ${R}`],
    [long, `basic ${b64(long).replace(/=+$/, '')}`, `basic ${R}`],
    [long, `glued x${long}y`, `glued x${R}y`],
    // A very short key: whole occurrences only, the rest of the message untouched.
    ['k', 'createTask failed: key k is invalid', 'createTask failed: key [REDACTED] is invalid'],
    ['k', 'Bearer k', `Bearer ${R}`],
    ['k', '"k"', `"${R}"`],
    ['k', 'keys/k/usage', `keys/${R}/usage`],
    ['k', 'bookkeeping kk k-1', 'bookkeeping kk k-1'],
    ['k', `echo ${b64('k')}`, `echo ${R}==`],
    ['k', 'always awkward', 'always awkward'],
    ['k7Q', 'bad key Bearer k7Q', `bad key Bearer ${R}`],
    ['k7Q', 'k7Qx and xk7Q stay', 'k7Qx and xk7Q stay'],
    // Regular-expression characters in a short key are literal.
    ['a.b', 'axb a.b', `axb ${R}`],
    ['(', 'f(x) ( y', `f(x) ${R} y`],
  ])('key %j: %j → %j', (key, text, expected) => {
    expect(createRedactor(() => [key])(text)).toBe(expected);
  });

  it('reads the secrets on each use, so a key set later is redacted', () => {
    let key: string | undefined;
    const redact = createRedactor(() => [key]);
    expect(redact('abc secret_value_123')).toBe('abc secret_value_123');
    key = 'secret_value_123';
    expect(redact('abc secret_value_123')).toBe(`abc ${R}`);
  });
});
