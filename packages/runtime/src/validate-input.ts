import { checkRules } from './check-rules.js';
import type { InputIssue } from './errors.js';
import type { InputSchema } from './provider-metadata.js';

const show = (v: unknown) => JSON.stringify(v);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    regexCache.set(pattern, re);
  }
  return re;
}

/**
 * Checks a request body against the spec's schema (the subset `npm run generate` keeps), so input the
 * API would reject is refused before it can cost anything. Returns every problem found.
 */
export function validateInput(schema: InputSchema, value: unknown, path = ''): InputIssue[] {
  const issues: InputIssue[] = [];
  const at = path || '(body)';
  const add = (message: string) => issues.push({ path: at, message });

  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((t) => matchesType(value, t))) {
      add(`must be ${types.join(' or ')} (got ${typeOf(value)})`);
      return issues;
    }
  }
  if ('const' in schema && schema.const !== undefined && value !== schema.const) {
    add(`must be ${show(schema.const)} (got ${show(value)})`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    add(`must be one of ${schema.enum.map(show).join(', ')} (got ${show(value)})`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      add(`must be at least ${schema.minimum} (got ${value})`);
    if (schema.maximum !== undefined && value > schema.maximum)
      add(`must be at most ${schema.maximum} (got ${value})`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      add(`must be greater than ${schema.exclusiveMinimum} (got ${value})`);
    }
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
      add(`must be less than ${schema.exclusiveMaximum} (got ${value})`);
    }
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) {
      add(`must be at least ${schema.minLength} characters (got ${length})`);
    }
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      add(`must be at most ${schema.maxLength} characters (got ${length})`);
    }
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) {
      add(`must match ${schema.pattern} (got ${show(value)})`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      add(`must have at least ${schema.minItems} items (got ${value.length})`);
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      add(`must have at most ${schema.maxItems} items (got ${value.length})`);
    }
    if (schema.items) {
      const items = schema.items;
      for (const [i, item] of value.entries())
        issues.push(...validateInput(items, item, `${path}/${i}`));
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (object[key] === undefined)
        issues.push({ path: `${path}/${key}`, message: 'is required' });
    }
    for (const [key, child] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) {
        if (child !== undefined) issues.push(...validateInput(property, child, `${path}/${key}`));
      } else if (schema.additionalProperties === false) {
        issues.push({ path: `${path}/${key}`, message: 'is not a known field' });
      }
    }
  }
  for (const sub of schema.allOf ?? []) issues.push(...validateInput(sub, value, path));
  for (const [keyword, branches] of [
    ['anyOf', schema.anyOf],
    ['oneOf', schema.oneOf],
  ] as const) {
    if (!branches) continue;
    const results = branches.map((b) => validateInput(b, value, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 0) {
      // Report the branch the input came closest to; that is almost always the one the caller meant.
      const closest = results.reduce((best, r) => (r.length < best.length ? r : best));
      issues.push(...closest);
    } else if (keyword === 'oneOf' && passing > 1) {
      add(`matches more than one of ${branches.map((b, i) => b.title ?? `#${i}`).join(', ')}`);
    }
  }
  if (schema.rules) issues.push(...checkRules(schema.rules, value, path));
  return issues;
}

export function formatIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.path} ${i.message}`).join('; ');
}
