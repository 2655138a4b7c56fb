/**
 * A request no operation of the spec answers, refused in the provider's own error shape, never
 * with Prism's `NO_PATH_MATCHED_ERROR`: the documented 404 (the one named like `notFound` first),
 * the reason appended to its message. A path that exists under other methods gets `Allow` and a
 * 404 too, or the documented 405 where there is one. Where the spec documents no 404, the shape is
 * the first documented client error's, with `NOT_FOUND` in its code field if it has one, and the
 * reason as its message.
 */
import { type ProviderMetadata, readFirst } from '@mediagen/runtime';
import { type Answer, jsonAnswer } from './answer.js';
import type { DocumentedExample, SpecDocument } from './spec-document.js';
import { writePointer } from './write-pointer.js';

interface Found {
  example: DocumentedExample;
  contentType: string;
  status: number;
}

const named = (found: Found[]) =>
  found.find((f) => /^not.?found$/i.test(f.example.name)) ?? found[0];

function documented(doc: SpecDocument, fits: (status: number) => boolean): Found[] {
  return doc.operationIds().flatMap((id) =>
    doc
      .responses(id)
      .filter((r) => fits(r.status))
      .flatMap((r) => r.examples.map((example) => ({ example, ...r }))),
  );
}

export function unmatchedRoute(
  doc: SpecDocument,
  metadata: Pick<ProviderMetadata, 'errors'> | undefined,
  method: string,
  pathname: string,
  allowed: readonly string[],
): Answer {
  // A wrong method is a 405 only where the spec documents one; servers often say 404 for it.
  const wrongMethod = allowed.length > 0 ? named(documented(doc, (s) => s === 405)) : undefined;
  const status = wrongMethod ? 405 : 404;
  const detail =
    allowed.length > 0
      ? `${method} is not a method of ${pathname}; it takes ${allowed.join(', ')}`
      : `no route ${method} ${pathname} in this API`;
  const found =
    wrongMethod ??
    named(documented(doc, (s) => s === 404)) ??
    documented(doc, (s) => s >= 400 && s < 500)[0];
  const headers: Record<string, string> = allowed.length > 0 ? { allow: allowed.join(', ') } : {};
  if (!found) return jsonAnswer(status, { error: detail }, headers);
  const body = structuredClone(found.example.value);
  const { code, message } = metadata?.errors ?? {};
  // Another error's body lends only its shape: its code and message would say the wrong thing.
  const borrowed = found.status !== status;
  if (borrowed && code && typeof readFirst(body, code) === 'string')
    writePointer(body, code, 'NOT_FOUND');
  const said = readFirst(body, message);
  if (message && typeof said === 'string')
    writePointer(
      body,
      message,
      borrowed ? `${detail[0]!.toUpperCase()}${detail.slice(1)}` : `${said} (${detail})`,
    );
  return jsonAnswer(status, body, headers, found.contentType);
}
