import type {
  ErrorAnswerRef,
  ErrorMap,
  ValidationErrorRule,
} from '../../packages/runtime/src/provider-metadata.ts';
import { extensionObject } from './extension-object.ts';
import { type OpenApiDocument, operationsIn } from './openapi-document.ts';

/** A request location as Prism names a failure: `/body/…`, `/query/…`, `/path/…`, `/header/…`. */
const REQUEST_POINTER = /^\/(body|query|path|header)(\/|$)/;

/**
 * Every documented error answer in a spec: `"<status> <example>"` for each named example, and
 * `"<status> *"` for a status with any example. The mock looks an answer up on the refused
 * operation, then on any operation, so a map may name an example from the provider's error table.
 */
export function documentedAnswers(doc: OpenApiDocument): Set<string> {
  const found = new Set<string>();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const [, op] of operationsIn(item)) {
      for (const [code, response] of Object.entries(op.responses ?? {})) {
        for (const media of Object.values(response?.content ?? {})) {
          for (const name of Object.keys(media?.examples ?? {})) {
            found.add(`${code} ${name}`);
            found.add(`${code} *`);
          }
        }
      }
    }
  }
  return found;
}

function answerRef(
  where: string,
  own: Record<string, unknown>,
  documented: ReadonlySet<string>,
): ErrorAnswerRef {
  const { status, example, detail } = own;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
    throw new Error(`${where}: status must be an error status (400-599), got ${status}`);
  }
  if (example !== undefined && typeof example !== 'string') {
    throw new Error(`${where}: example must be the name of a documented example`);
  }
  if (detail !== undefined && detail !== 'append' && detail !== 'replace') {
    throw new Error(`${where}: detail must be append or replace, got ${JSON.stringify(detail)}`);
  }
  if (!documented.has(`${status} ${example ?? '*'}`)) {
    throw new Error(
      `${where}: no operation documents a ${status} response with ${example ? `an example named ${example}` : 'an example'}; name an example the spec documents`,
    );
  }
  return { status, ...(example ? { example } : {}), ...(detail ? { detail } : {}) };
}

function validationRule(
  where: string,
  rule: unknown,
  documented: ReadonlySet<string>,
): ValidationErrorRule {
  const own = extensionObject(
    where,
    rule,
    ['at', 'keyword', 'status', 'example', 'detail'],
    ['at', 'status'],
  );
  if (typeof own.at !== 'string' || (own.at !== '' && !REQUEST_POINTER.test(own.at))) {
    throw new Error(
      `${where}: at must be '' or a pointer into the request such as /body/duration, got ${JSON.stringify(own.at)}`,
    );
  }
  if (own.keyword !== undefined && typeof own.keyword !== 'string') {
    throw new Error(`${where}: keyword must be a JSON Schema keyword such as required`);
  }
  return {
    at: own.at,
    ...(own.keyword ? { keyword: own.keyword } : {}),
    ...answerRef(where, own, documented),
  };
}

/**
 * `x-mediagen-error-map` (on the root or an operation): which documented error answers which
 * refused request, for `@mediagen/mock`. Every rule must name a documented answer.
 */
export function errorMapOf(
  where: string,
  ext: unknown,
  documented: ReadonlySet<string>,
): ErrorMap | undefined {
  if (ext === undefined) return undefined;
  const at = `${where} x-mediagen-error-map`;
  const own = extensionObject(at, ext, ['validation', 'unknownJob']);
  if (own.validation !== undefined && !Array.isArray(own.validation)) {
    throw new Error(`${at}: validation must be a list of rules`);
  }
  const validation = ((own.validation ?? []) as unknown[]).map((rule, i) =>
    validationRule(`${at}.validation[${i}]`, rule, documented),
  );
  const unknownJob =
    own.unknownJob === undefined
      ? undefined
      : answerRef(
          `${at}.unknownJob`,
          extensionObject(
            `${at}.unknownJob`,
            own.unknownJob,
            ['status', 'example', 'detail'],
            ['status'],
          ),
          documented,
        );
  return {
    ...(validation.length ? { validation } : {}),
    ...(unknownJob ? { unknownJob } : {}),
  };
}
