/**
 * Prism's own refusals (`{type, title, status, detail}` with a `stoplight.io/prism/errors#` type:
 * a body in a media type the operation does not take, a body where it takes none, an invalid
 * request where the spec documents no 400 or 422) in the provider's shape, as the mock's other
 * errors are: the documented error of that status, else another's shape (`error-in-shape.ts`),
 * with the HTTP reason as its code and Prism's reasons as the message. Prism's headers (CORS) stay.
 */
import { STATUS_CODES } from 'node:http';
import type { ProviderMetadata } from '@mediagen/runtime';
import { type Answer, readJson } from './answer.js';
import { errorInShape } from './error-in-shape.js';
import type { SpecDocument } from './spec-document.js';
import { readViolations } from './violations.js';

const PRISM_TYPE = /^https:\/\/stoplight\.io\/prism\/errors#/;

/** Why Prism refused, when the answer is Prism's own problem body; undefined for any other. */
export function prismProblemReason(answer: Answer): string | undefined {
  const body = readJson(answer) as { type?: unknown; title?: unknown; detail?: unknown } | null;
  if (typeof body?.type !== 'string' || !PRISM_TYPE.test(body.type)) return undefined;
  const violations = readViolations(null, body).map((v) =>
    v.pointer === '' ? v.message : `${v.pointer.slice(1)}: ${v.message}`,
  );
  // Prism's generic 422 detail speaks of Prism and says nothing its violations do not.
  if (violations.length > 0) return violations.join('; ');
  return String(body.detail || body.title || STATUS_CODES[answer.status] || 'refused');
}

/** `answer` as it is, or, when it is Prism's own problem body, in the provider's shape. */
export function reshapePrismProblem(
  doc: SpecDocument,
  metadata: Pick<ProviderMetadata, 'errors'> | undefined,
  answer: Answer,
  operationId?: string,
): Answer {
  const reason = prismProblemReason(answer);
  if (reason === undefined) return answer;
  const { 'content-type': _, 'sl-violations': __, ...headers } = answer.headers;
  return errorInShape(doc, metadata, {
    status: answer.status,
    code: (STATUS_CODES[answer.status] ?? 'ERROR').toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
    detail: reason,
    replace: true,
    ...(operationId ? { operationId } : {}),
    headers,
  });
}
