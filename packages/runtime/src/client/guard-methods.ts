import type { Client } from 'openapi-fetch';
import type { Transport } from '../transport/transport.js';
import type { JsonAnswerCheck } from './json-answer.js';
import type { Init, Prepare } from './prepare-request.js';

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
/** openapi-fetch's typed request methods and middleware hooks, as the client offers them. */
export type RequestMethods<Paths extends object> = Pick<
  Client<Paths>,
  Method | 'request' | 'use' | 'eject'
>;

type CoreRequest = (method: string, url: string, init?: Init) => Promise<unknown>;

/**
 * The client's own `GET` … `TRACE` and `request`: each prepares its call (operation, body check,
 * serialized body, transport) and then calls openapi-fetch's `request`, which is left as it is.
 */
export function guardMethods<Paths extends object>(
  fetchClient: Client<Paths>,
  prepare: Prepare,
  checked: JsonAnswerCheck,
  resolve: Pick<Transport['resolve'], 'byTemplate'>,
): RequestMethods<Paths> {
  const request = fetchClient.request as CoreRequest;
  // Async, so a refusal before sending is a rejected promise like every other failure.
  const send = async (method: string, url: string, init?: Init) => {
    const prepared = prepare(method, url, init);
    const op = resolve.byTemplate(method, url);
    return checked({ method, path: url, op }, prepared, (ready) => request(method, url, ready));
  };
  const through = (method: Method) => (url: string, init?: Init) => send(method, url, init);
  const methods = {
    use: fetchClient.use,
    eject: fetchClient.eject,
    request: async (method: string, url: string, init?: Init) =>
      send(method.toUpperCase(), url, init),
    GET: through('GET'),
    PUT: through('PUT'),
    POST: through('POST'),
    DELETE: through('DELETE'),
    OPTIONS: through('OPTIONS'),
    HEAD: through('HEAD'),
    PATCH: through('PATCH'),
    TRACE: through('TRACE'),
  };
  // The same calls with the same arguments as openapi-fetch's own, typed by its path generics.
  return methods as RequestMethods<Paths>;
}
