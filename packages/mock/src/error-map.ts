/**
 * Which documented error answers which refused request, from the generated metadata's `errorMap`
 * (the operation's, then the provider's), which `npm run generate` takes from the spec's
 * `x-mediagen-error-map`:
 *
 *   x-mediagen-error-map:
 *     validation:                          # first rule that a violation falls under wins
 *       - { at: /body/duration, status: 400, example: invalidDuration }
 *       - { at: /body/shots/*\/duration, status: 400, example: invalidDuration }
 *       - { at: /body/model, keyword: required, status: 400, example: missingModel }
 *       - { at: '', status: 400, example: invalidRequest, detail: replace }   # the reason as message
 *     unknownJob: { status: 404, example: jobNotFound }   # a job id the mock never issued
 *
 * Without a map (or without metadata), a validation failure gets the operation's first documented
 * 400 (else 422) example and an unknown job its first documented 404 example.
 */
import type {
  ErrorAnswerRef,
  ErrorMap,
  ProviderMetadata,
  ValidationErrorRule,
} from '@mediagen/runtime';
import type { SpecDocument } from './spec-document.js';
import type { Violation } from './violations.js';

export type { ErrorAnswerRef, ErrorMap, ValidationErrorRule as ValidationRule };

/** An operation's rules, then the provider's, then its documented fallback. */
export interface ResolvedErrorMap {
  validation: readonly ValidationErrorRule[];
  unknownJob?: ErrorAnswerRef;
}

export function readErrorMap(
  doc: SpecDocument,
  metadata: Pick<ProviderMetadata, 'errorMap' | 'operations'> | undefined,
  operationId: string,
): ResolvedErrorMap {
  const own: ErrorMap = metadata?.operations[operationId]?.errorMap ?? {};
  const root: ErrorMap = metadata?.errorMap ?? {};
  const documented = (status: number) =>
    doc.responses(operationId).some((r) => r.status === status) ? { status } : undefined;
  const fallback = documented(400) ?? documented(422);
  const unknownJob = own.unknownJob ?? root.unknownJob ?? documented(404) ?? fallback;
  return {
    validation: [
      ...(own.validation ?? []),
      ...(root.validation ?? []),
      ...(fallback ? [{ ...fallback, at: '' }] : []),
    ],
    ...(unknownJob ? { unknownJob } : {}),
  };
}

/** Whether a violation's pointer is at or below a rule's; a `*` segment matches any one segment. */
function under(pointer: string, at: string): boolean {
  const rule = at.split('/');
  const found = pointer.split('/');
  return rule.length <= found.length && rule.every((s, i) => s === '*' || s === found[i]);
}

/** The first rule some violation falls under, and that violation. */
export function chooseRule(
  violations: readonly Violation[],
  rules: readonly ValidationErrorRule[],
): { rule: ValidationErrorRule; violation: Violation } | undefined {
  for (const rule of rules) {
    const violation = violations.find(
      (v) =>
        (under(v.pointer, rule.at) || (v.whole === true && under(rule.at, v.pointer))) &&
        (!rule.keyword || rule.keyword === v.keyword),
    );
    if (violation) return { rule, violation };
  }
  return undefined;
}
