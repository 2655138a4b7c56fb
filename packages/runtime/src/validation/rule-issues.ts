import type { InputIssue } from '../errors.js';
import type { InputSchema } from '../provider-metadata.js';
import { checkRules } from './check-rules.js';
import { pickedBranch } from './validate-input.js';

/**
 * Only the `x-mediagen-rules` problems of a body, for a server that validates the rest of the schema
 * itself (the mock, in front of Prism). Rules inside a `oneOf`/`anyOf` branch apply when a `const`
 * field picks that branch (`task: video.generate`).
 */
export function ruleIssues(schema: InputSchema, value: unknown, path = ''): InputIssue[] {
  const issues = schema.rules ? checkRules(schema.rules, value, path) : [];
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries())
      issues.push(...ruleIssues(schema.items, item, `${path}/${i}`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (property && Object.hasOwn(schema.properties!, key))
        issues.push(...ruleIssues(property, child, `${path}/${key}`));
    }
  }
  for (const sub of schema.allOf ?? []) issues.push(...ruleIssues(sub, value, path));
  for (const branches of [schema.oneOf, schema.anyOf]) {
    const picked = branches ? pickedBranch(branches, value) : undefined;
    if (picked !== undefined) issues.push(...ruleIssues(branches![picked]!, value, path));
  }
  return issues;
}
