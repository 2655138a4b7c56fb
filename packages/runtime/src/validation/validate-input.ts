import type { InputIssue } from '../errors.js';
import type { InputSchema } from '../provider-metadata.js';
import { compileSchema } from './compile-schema.js';
import { show } from './json-value.js';

export { pickedBranch } from './picked-branch.js';

/**
 * Checks a request body against the spec's schema (the keywords in `schema-keywords.ts`), so input
 * the API would reject is refused before it can cost anything. Returns every problem found. The
 * schema is compiled on first use (`compile-schema.ts`); a valid value is recognised without
 * building a single message.
 */
export function validateInput(schema: InputSchema, value: unknown, path = ''): InputIssue[] {
  const compiled = compileSchema(schema);
  const issues: InputIssue[] = [];
  if (!compiled.valid(value)) compiled.collect(value, path, issues);
  return issues;
}

/** Whether NaN or Infinity appears anywhere in the value. */
function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  for (const child of Object.values(value)) if (hasNonFinite(child)) return true;
  return false;
}

/**
 * NaN and Infinity anywhere in a body: `JSON.stringify` would send them as `null`, so they are
 * reported on the caller's own value, before serializing, under their own name.
 */
export function nonFiniteIssues(value: unknown, path = ''): InputIssue[] {
  if (path === '' && !hasNonFinite(value)) return [];
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? []
      : [{ path: path || '(body)', message: `must be a finite number (got ${show(value)})` }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nonFiniteIssues(child, `${path}/${key}`));
}

export function formatIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.path} ${i.message}`).join('; ');
}
