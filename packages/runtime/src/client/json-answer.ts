import { InvalidResponseError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import type { ResolvedOperation } from '../transport/resolve-operation.js';
import { mayExistWithKey } from '../transport/transport-errors.js';
import type { Init } from './prepare-request.js';

const UNPAID_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface JsonAnswerCall {
  method: string;
  /** The path template the call named. */
  path: string;
  op: ResolvedOperation | undefined;
}

/**
 * Runs one openapi-fetch call and turns a success whose body is not JSON (openapi-fetch's bare
 * `SyntaxError`) into an `InvalidResponseError`: on a paid route (an unknown one counts as paid,
 * but for a read) with `jobMayExist`, and on a keyed one with the key it went out with, the way to
 * get that job back. `call` and the typed methods (`GET`, `POST`, `request`) both run on it.
 */
export function createJsonAnswerCheck(metadata: ProviderMetadata, redact: Redactor) {
  // Not async, and a `.catch` rather than a try around an await: this runs on every call, where
  // each extra promise tick showed in the stubbed throughput bench.
  return function checked<T>(
    call: JsonAnswerCall,
    prepared: Init,
    send: (init: Init) => Promise<T>,
  ): Promise<T> {
    const { op, method } = call;
    const header = op?.meta.paid ? op.meta.idempotencyHeader : undefined;
    let sentKey: string | undefined;
    let init = prepared;
    if (header) {
      const fetch = prepared.fetch as (request: Request) => Promise<Response>;
      init = {
        ...prepared,
        fetch: async (request: Request) => {
          try {
            return await fetch(request);
          } finally {
            sentKey = request.headers.get(header) ?? undefined;
          }
        },
      };
    }
    return send(init).catch((error: unknown) => {
      if (!(error instanceof SyntaxError)) throw error;
      const paid = op ? Boolean(op.meta.paid) : !UNPAID_METHODS.has(method);
      const path = op?.meta.path ?? call.path;
      const mayExist = sentKey
        ? `. ${mayExistWithKey(sentKey)}`
        : paid
          ? '; the job may exist and may be billed, so check before you submit it again'
          : '';
      throw new InvalidResponseError(
        `${metadata.name} ${op?.id ?? `${method} ${path}`} answered with a body that is not valid JSON${mayExist}`,
        {
          provider: metadata.id,
          ...(op ? { operationId: op.id } : {}),
          method,
          path,
          ...(paid ? { jobMayExist: true } : {}),
          ...(sentKey ? { idempotencyKey: sentKey } : {}),
        },
        { cause: error, redact },
      );
    });
  };
}

export type JsonAnswerCheck = ReturnType<typeof createJsonAnswerCheck>;
