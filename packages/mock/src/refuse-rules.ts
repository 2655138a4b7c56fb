/**
 * The spec's `x-mediagen-rules` (4 MP, 8n + 1 frames, a tag vocabulary, a sum of shot durations,
 * ...), which Prism cannot check, enforced with the runtime's own checker, so the mock refuses what
 * the client refuses, with the documented error the error map gives the field (a HappyHorse
 * duration that is not the sum of its shots is `INVALID_DURATION`).
 */
import { formatIssues, ruleIssues } from '@mediagen/runtime/provider';
import { type Answer, jsonAnswer } from './answer.js';
import { documentViolations } from './document-violations.js';
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
  const violations = issues.map((issue) => ({
    pointer: `/body${issue.path}`,
    keyword: 'x-mediagen-rules',
    message: formatIssues([issue]),
    whole: true,
  }));
  return (
    documentViolations(ctx, operationId!, violations) ??
    jsonAnswer(400, { error: formatIssues(issues) })
  );
}
