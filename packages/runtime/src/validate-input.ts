import { checkRules } from './check-rules.js';
import type { InputIssue } from './errors.js';
import type { InputSchema } from './provider-metadata.js';

type Add = (message: string) => void;
type Json = Record<string, unknown>;

/** Shows a value in a message; NaN and Infinity, which JSON cannot carry, by name. */
function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

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

/** JSON equality, for `const`, `enum` and `uniqueItems` on objects and arrays too. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Json)[k], (b as Json)[k]));
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

/** False when the value is not of the schema's type: nothing else about it is worth reporting. */
function checkType(schema: InputSchema, value: unknown, add: Add): boolean {
  // JSON has no NaN or Infinity: JSON.stringify would send them as null.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    add(`must be a finite number (got ${show(value)})`);
    return false;
  }
  if (schema.type === undefined) return true;
  const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (types.some((t) => matchesType(value, t))) return true;
  add(`must be ${types.join(' or ')} (got ${typeOf(value)})`);
  return false;
}

function checkValue(schema: InputSchema, value: unknown, add: Add) {
  if (schema.const !== undefined && !jsonEqual(value, schema.const)) {
    add(`must be ${show(schema.const)} (got ${show(value)})`);
  }
  if (schema.enum && !schema.enum.some((e) => jsonEqual(value, e))) {
    add(`must be one of ${schema.enum.map(show).join(', ')} (got ${show(value)})`);
  }
}

function checkNumber(schema: InputSchema, value: number, add: Add) {
  if (schema.minimum !== undefined && value < schema.minimum)
    add(`must be at least ${schema.minimum} (got ${value})`);
  if (schema.maximum !== undefined && value > schema.maximum)
    add(`must be at most ${schema.maximum} (got ${value})`);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
    add(`must be greater than ${schema.exclusiveMinimum} (got ${value})`);
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
    add(`must be less than ${schema.exclusiveMaximum} (got ${value})`);
  if (schema.multipleOf !== undefined) {
    const quotient = value / schema.multipleOf;
    // Tolerate binary rounding: 0.3 is a multiple of 0.1.
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9)
      add(`must be a multiple of ${schema.multipleOf} (got ${value})`);
  }
}

function checkString(schema: InputSchema, value: string, add: Add) {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength)
    add(`must be at least ${schema.minLength} characters (got ${length})`);
  if (schema.maxLength !== undefined && length > schema.maxLength)
    add(`must be at most ${schema.maxLength} characters (got ${length})`);
  if (schema.pattern !== undefined && !regex(schema.pattern).test(value))
    add(`must match ${schema.pattern} (got ${show(value)})`);
}

function checkArray(schema: InputSchema, value: unknown[], path: string, issues: InputIssue[]) {
  const add: Add = (message) => issues.push({ path: path || '(body)', message });
  if (schema.minItems !== undefined && value.length < schema.minItems)
    add(`must have at least ${schema.minItems} items (got ${value.length})`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems)
    add(`must have at most ${schema.maxItems} items (got ${value.length})`);
  if (schema.uniqueItems) {
    const dup = value.findIndex((v, i) => value.slice(0, i).some((w) => jsonEqual(v, w)));
    if (dup >= 0) add(`must not repeat items (item ${dup} repeats an earlier one)`);
  }
  if (schema.items) {
    for (const [i, item] of value.entries()) check(schema.items, item, `${path}/${i}`, issues);
  }
}

function checkObject(schema: InputSchema, object: Json, path: string, issues: InputIssue[]) {
  const at = (key: string, message: string) => issues.push({ path: `${path}/${key}`, message });
  // Own keys only: `constructor` or `toString` must not count as a declared or a present field.
  const has = (key: string) => Object.hasOwn(object, key) && object[key] !== undefined;
  for (const key of schema.required ?? []) if (!has(key)) at(key, 'is required');
  for (const [key, needs] of Object.entries(schema.dependentRequired ?? {})) {
    if (!has(key)) continue;
    for (const other of needs) if (!has(other)) at(other, `is required when ${key} is given`);
  }
  const count = Object.keys(object).length;
  const add: Add = (message) => issues.push({ path: path || '(body)', message });
  if (schema.minProperties !== undefined && count < schema.minProperties)
    add(`must have at least ${schema.minProperties} fields (got ${count})`);
  if (schema.maxProperties !== undefined && count > schema.maxProperties)
    add(`must have at most ${schema.maxProperties} fields (got ${count})`);
  const properties = schema.properties ?? {};
  const extra = schema.additionalProperties;
  for (const [key, child] of Object.entries(object)) {
    if (child === undefined) continue;
    if (Object.hasOwn(properties, key)) check(properties[key]!, child, `${path}/${key}`, issues);
    else if (extra === false) at(key, 'is not a known field');
    else if (typeof extra === 'object') check(extra, child, `${path}/${key}`, issues);
  }
}

/** The one branch whose `const` properties the value matches, where exactly one does. */
export function pickedBranch(branches: readonly InputSchema[], value: unknown): number | undefined {
  if (typeOf(value) !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  const matching = branches.flatMap((branch, i) => {
    const consts = Object.entries(branch.properties ?? {}).filter(([, p]) => p.const !== undefined);
    const all = consts.every(([key, p]) => jsonEqual(object[key], p.const));
    return consts.length > 0 && all ? [i] : [];
  });
  return matching.length === 1 ? matching[0] : undefined;
}

function checkBranches(schema: InputSchema, value: unknown, path: string, issues: InputIssue[]) {
  for (const sub of schema.allOf ?? []) check(sub, value, path, issues);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (!branches) continue;
    const results = branches.map((b) => validateInput(b, value, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 0) {
      // Report the branch the caller picked by its `const` fields (`task: video.generate`), else the
      // one the input came closest to; that is almost always the one the caller meant.
      const picked = pickedBranch(branches, value);
      issues.push(
        ...(picked === undefined
          ? results.reduce((best, r) => (r.length < best.length ? r : best))
          : results[picked]!),
      );
    } else if (keyword === 'oneOf' && passing > 1) {
      const names = branches.map((b, i) => b.title ?? `#${i}`).join(', ');
      issues.push({ path: path || '(body)', message: `matches more than one of ${names}` });
    }
  }
  if (schema.not && validateInput(schema.not, value, path).length === 0) {
    const what = schema.not.title ?? show(schema.not);
    issues.push({ path: path || '(body)', message: `must not match ${what}` });
  }
  if (schema.if) {
    const branch = validateInput(schema.if, value, path).length === 0 ? schema.then : schema.else;
    if (branch) check(branch, value, path, issues);
  }
}

function check(schema: InputSchema, value: unknown, path: string, issues: InputIssue[]) {
  const add: Add = (message) => issues.push({ path: path || '(body)', message });
  if (!checkType(schema, value, add)) return;
  checkValue(schema, value, add);
  if (typeof value === 'number') checkNumber(schema, value, add);
  else if (typeof value === 'string') checkString(schema, value, add);
  else if (Array.isArray(value)) checkArray(schema, value, path, issues);
  else if (value !== null && typeof value === 'object')
    checkObject(schema, value as Json, path, issues);
  checkBranches(schema, value, path, issues);
  if (schema.rules) issues.push(...checkRules(schema.rules, value, path));
}

/**
 * Checks a request body against the spec's schema (the keywords in `schema-keywords.ts`), so input
 * the API would reject is refused before it can cost anything. Returns every problem found.
 */
export function validateInput(schema: InputSchema, value: unknown, path = ''): InputIssue[] {
  const issues: InputIssue[] = [];
  check(schema, value, path, issues);
  return issues;
}

/**
 * NaN and Infinity anywhere in a body: `JSON.stringify` would send them as `null`, so they are
 * reported on the caller's own value, before serializing, under their own name.
 */
export function nonFiniteIssues(value: unknown, path = ''): InputIssue[] {
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
