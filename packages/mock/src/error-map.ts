/**
 * Which documented error answers which refused request, from the spec's `x-mediagen-error-map`
 * (on an operation, then at the root):
 *
 *   x-mediagen-error-map:
 *     validation:                          # first rule that a violation falls under wins
 *       - { at: /body/duration, status: 400, example: invalidDuration }
 *       - { at: /body/shots/*\/duration, status: 400, example: invalidDuration }
 *       - { at: /body/model, keyword: required, status: 400, example: missingModel }
 *       - { at: '', status: 400, example: invalidRequest, detail: replace }   # the reason as message
 *     unknownJob: { status: 404, example: jobNotFound }   # a job id the mock never issued
 *
 * Without a map, a validation failure gets the operation's first documented 400 (else 422) example
 * and an unknown job its first documented 404 example.
 */
import type { SpecDocument } from './spec-document.js';
import type { Violation } from './violations.js';

export interface ErrorAnswerRef {
  status: number;
  example?: string;
  /** The reason is appended to the example's message (default), or replaces it. */
  detail?: 'append' | 'replace';
}

export interface ValidationRule extends ErrorAnswerRef {
  /** A JSON pointer into the request (`/body/duration`, `/query/task_id`); '' matches anything. */
  at: string;
  /** Only violations of this JSON Schema keyword (`required`, `maximum`, ...). */
  keyword?: string;
}

export interface ErrorMap {
  validation: ValidationRule[];
  unknownJob?: ErrorAnswerRef;
}

function mapOf(node: unknown): Partial<ErrorMap> {
  return (node && typeof node === 'object' ? node : {}) as Partial<ErrorMap>;
}

export function readErrorMap(doc: SpecDocument, operationId: string): ErrorMap {
  const own = mapOf(doc.operation(operationId)?.['x-mediagen-error-map']);
  const root = mapOf(doc.raw['x-mediagen-error-map']);
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
  rules: readonly ValidationRule[],
): { rule: ValidationRule; violation: Violation } | undefined {
  for (const rule of rules) {
    const violation = violations.find(
      (v) => under(v.pointer, rule.at) && (!rule.keyword || rule.keyword === v.keyword),
    );
    if (violation) return { rule, violation };
  }
  return undefined;
}
