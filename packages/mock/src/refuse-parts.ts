/**
 * Prism does not check the Content-Type of a multipart part, so the mock does, from the spec's
 * `encoding.<part>.contentType` (metadata `partMediaTypes`): a voice clone sent a text file gets the
 * operation's documented validation error, as the client refuses it before sending.
 */
import { type Answer, jsonAnswer } from './answer.js';
import { documentViolations } from './document-violations.js';
import type { MockContext } from './mock-context.js';
import { partTypeViolations } from './part-type-violations.js';
import { readForm } from './read-form.js';

export async function refuseParts(
  ctx: Pick<MockContext, 'doc' | 'metadata'>,
  operationId: string | undefined,
  headers: Headers,
  body: Buffer | undefined,
  signal: AbortSignal,
): Promise<Answer | undefined> {
  const parts = operationId ? ctx.metadata?.operations[operationId]?.partMediaTypes : undefined;
  if (!parts) return undefined;
  const form = await readForm(headers.get('content-type'), body, signal);
  const violations = form ? partTypeViolations(form, parts) : [];
  if (violations.length === 0) return undefined;
  return (
    documentViolations(ctx, operationId!, violations) ??
    jsonAnswer(400, { error: violations.map((v) => v.message).join('; ') })
  );
}
