/**
 * The spec's `x-mediagen-rules` (4 MP, 8n + 1 frames, a tag vocabulary, ...), which Prism cannot
 * check, enforced with the runtime's own checker, so the mock refuses what the client refuses.
 */
import { formatIssues, ruleIssues } from '@mediagen/runtime';
import { type Answer, jsonAnswer } from './answer.js';
import { documentedAnswer } from './documented-answer.js';
import type { MockContext } from './mock-context.js';

export function refuseRules(
  ctx: MockContext,
  operationId: string | undefined,
  body: unknown,
): Answer | undefined {
  const input = operationId ? ctx.metadata?.operations[operationId]?.input : undefined;
  if (!input || body === undefined) return undefined;
  const issues = ruleIssues(input, body);
  if (issues.length === 0) return undefined;
  const detail = formatIssues(issues);
  return (
    documentedAnswer(ctx.doc, ctx.metadata, operationId!, { status: 400 }, detail) ??
    jsonAnswer(400, { error: detail })
  );
}
