import { InvalidResponseError, type RequestOptions } from '@mediagen/runtime';
import type { components } from './generated/openapi.js';
import { SecretKey } from './secret-key.js';
import type { KillaTamataBaseClient } from './types.js';

type Schemas = components['schemas'];
type BalanceBody = Schemas['Balance'];
type KeySummaryBody = NonNullable<Schemas['KeyList']['keys']>[number];

/** The prepaid balance, `GET /api/v1/balance`. */
export interface KillaTamataBalance extends BalanceBody {}
type OpenObject = Schemas['OpenObject'];
/** The answer of `revokeKey()`: an open object the doc does not detail. */
export interface RevokedKey extends OpenObject {}
/** One key of the account, by prefix: `listKeys()`. */
export interface KeySummary extends KeySummaryBody {}

export interface CreatedKey {
  /** The new key, shown once: prints as `[REDACTED]`, `reveal()` reads it. */
  apiKey: SecretKey;
  keyPrefix?: string;
  label?: string;
}

/** Balance and key management: `balance()`, `listKeys()`, `createKey()`, `revokeKey()`. */
export function accountHelpers(client: KillaTamataBaseClient) {
  return {
    /** The prepaid USD balance (`GET /api/v1/balance`). */
    balance(options?: RequestOptions): Promise<KillaTamataBalance> {
      return client.call('getBalance', {}, options);
    },

    /** The account's keys, by prefix. */
    async listKeys(options?: RequestOptions): Promise<KeySummary[]> {
      const body = await client.call('listKeys', {}, options);
      // `keys` is the spec's guess: an answer without it is not "no keys".
      if (Array.isArray(body.keys)) return body.keys;
      throw new InvalidResponseError(
        'Killa Tamata listed keys without a `keys` array (the field the spec assumes); read the answer on this error as body.',
        { provider: 'killatamata', operationId: 'listKeys', body },
      );
    },

    /**
     * A new key (for rotation, or one per environment or agent). Its secret is a `SecretKey`.
     * Without a key of its own, the client bootstraps one from a Google `idToken`.
     */
    async createKey(
      body: { label?: string; idToken?: string } = {},
      options?: RequestOptions,
    ): Promise<CreatedKey> {
      const { apiKey, keyPrefix, label } = await client.call('createKey', { body }, options);
      if (typeof apiKey !== 'string' || !apiKey) {
        throw new TypeError(
          'Killa Tamata created a key but returned no apiKey; list your keys with listKeys() and revoke the unknown one.',
        );
      }
      return {
        apiKey: new SecretKey(apiKey),
        ...(keyPrefix ? { keyPrefix } : {}),
        ...(label ? { label } : {}),
      };
    },

    /** Revokes the key with this prefix. */
    revokeKey(keyPrefix: string, options?: RequestOptions): Promise<RevokedKey> {
      return client.call('revokeKey', { body: { keyPrefix } }, options);
    },
  };
}

/** The methods `accountHelpers` puts on the client. */
export type AccountHelpers = ReturnType<typeof accountHelpers>;
