import type { FetchOptions, FetchResponse } from 'openapi-fetch';
import type { RequestOptions } from '../transport/transport.js';

// biome-ignore lint/suspicious/noExplicitAny: openapi-typescript's `operations` is any interface.
export type AnyOperations = Record<string, any>;
type Media = `${string}/${string}`;

/** What openapi-fetch takes for one operation: `params`, `body`, `headers`, … */
export type OperationInit<Op> = FetchOptions<Op>;
/** The typed body of an operation's success answer. */
export type OperationData<Op> = Op extends AnyOperations
  ? NonNullable<FetchResponse<Op, object, Media>['data']>
  : never;

/** `call(operationId, init, options?)`: one operation by id, its typed body, errors thrown as typed errors. */
export type CallOperation<Ops extends AnyOperations> = <K extends keyof Ops & string>(
  operationId: K,
  init: OperationInit<Ops[K]>,
  options?: RequestOptions,
) => Promise<OperationData<Ops[K]>>;
