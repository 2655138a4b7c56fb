/**
 * An error the mock raises itself (no route, a body over the limit), in the provider's own shape:
 * the documented example for that status (on the operation first, one named `preferred` first),
 * the reason appended to its message. Where the spec documents none, the first documented client
 * error lends its shape, with `code` in its code field if it has one and the reason as its message.
 */
import type { ProviderMetadata } from '@mediagen/runtime';
import { readFirst } from '@mediagen/runtime/provider';
import { type Answer, jsonAnswer } from './answer.js';
import type { DocumentedExample, SpecDocument } from './spec-document.js';
import { writePointer } from './write-pointer.js';

interface Found {
  example: DocumentedExample;
  contentType: string;
  status: number;
}

export interface ShapedError {
  status: number;
  /** Why, in the provider's message field. */
  detail: string;
  /** The reason replaces a documented message (whose own figures would not hold) rather than follow it. */
  replace?: boolean;
  /** The code written into a borrowed shape (`NOT_FOUND`). */
  code: string;
  /** The operation whose documented answers come first. */
  operationId?: string;
  /** Example names to prefer among those of the status (`/^not.?found$/i`). */
  preferred?: RegExp;
  headers?: Record<string, string>;
}

function documented(doc: SpecDocument, first: string | undefined, fits: (s: number) => boolean) {
  const ids = [...(first ? [first] : []), ...doc.operationIds().filter((id) => id !== first)];
  return ids.flatMap((id) =>
    doc
      .responses(id)
      .filter((r) => fits(r.status))
      .flatMap((r): Found[] => r.examples.map((example) => ({ example, ...r }))),
  );
}

/** The documented example an error of `status` would use, if the spec has one. */
export function documentedError(
  doc: SpecDocument,
  status: number,
  operationId?: string,
  preferred?: RegExp,
): Found | undefined {
  const found = documented(doc, operationId, (s) => s === status);
  return (preferred && found.find((f) => preferred.test(f.example.name))) ?? found[0];
}

export function errorInShape(
  doc: SpecDocument,
  metadata: Pick<ProviderMetadata, 'errors'> | undefined,
  error: ShapedError,
): Answer {
  const { status, detail, headers = {} } = error;
  const found =
    documentedError(doc, status, error.operationId, error.preferred) ??
    documented(doc, error.operationId, (s) => s >= 400 && s < 500)[0];
  if (!found) return jsonAnswer(status, { error: detail }, headers);
  const body = structuredClone(found.example.value);
  const { code, message } = metadata?.errors ?? {};
  // Another error's body lends only its shape: its code and message would say the wrong thing.
  const borrowed = found.status !== status;
  if (borrowed && code && typeof readFirst(body, code) === 'string')
    writePointer(body, code, error.code);
  const said = readFirst(body, message);
  if (message && typeof said === 'string')
    writePointer(
      body,
      message,
      borrowed || error.replace
        ? `${detail[0]!.toUpperCase()}${detail.slice(1)}`
        : `${said} (${detail})`,
    );
  return jsonAnswer(status, body, headers, found.contentType);
}
