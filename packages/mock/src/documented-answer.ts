/**
 * A documented error answer: the named example of a response the spec documents, looked up on the
 * operation and, failing that, on any operation (a provider's error table is often global). The
 * reason goes into the provider's message field (`x-mediagen-errors.message`) when it is a string.
 */
import type { ProviderMetadata } from '@mediagen/runtime';
import { readFirst } from '@mediagen/runtime/provider';
import { type Answer, jsonAnswer } from './answer.js';
import type { ErrorAnswerRef } from './error-map.js';
import type { SpecDocument } from './spec-document.js';
import { writePointer } from './write-pointer.js';

export function documentedAnswer(
  doc: SpecDocument,
  metadata: Pick<ProviderMetadata, 'errors'> | undefined,
  operationId: string,
  ref: ErrorAnswerRef,
  detail?: string,
  headers: Record<string, string> = {},
): Answer | undefined {
  for (const id of [operationId, ...doc.operationIds()]) {
    const response = doc.responses(id).find((r) => r.status === ref.status);
    const example = ref.example
      ? response?.examples.find((e) => e.name === ref.example)
      : response?.examples[0];
    if (!response || !example) continue;
    const body = structuredClone(example.value);
    const pointer = metadata?.errors.message;
    const message = readFirst(body, pointer);
    if (detail && pointer && typeof message === 'string')
      writePointer(body, pointer, ref.detail === 'replace' ? detail : `${message} (${detail})`);
    return jsonAnswer(response.status, body, headers, response.contentType);
  }
  return undefined;
}
