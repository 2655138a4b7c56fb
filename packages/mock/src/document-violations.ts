/**
 * Refused parts of a request, answered with the provider's documented error for the first of
 * them its error map covers (see `error-map.ts`), the reason in the provider's message field.
 */
import type { Answer } from './answer.js';
import { documentedAnswer } from './documented-answer.js';
import { chooseRule, readErrorMap } from './error-map.js';
import type { MockContext } from './mock-context.js';
import type { Violation } from './violations.js';

export function documentViolations(
  ctx: Pick<MockContext, 'doc' | 'metadata'>,
  operationId: string,
  violations: readonly Violation[],
): Answer | undefined {
  const chosen = chooseRule(
    violations,
    readErrorMap(ctx.doc, ctx.metadata, operationId).validation,
  );
  return chosen
    ? documentedAnswer(ctx.doc, ctx.metadata, operationId, chosen.rule, chosen.violation.message)
    : undefined;
}
