/**
 * Turns a request schema into closures once, so a call checks its body without reading the
 * schema's keywords again: interpreting the schema on every call was a fifth of a paid POST.
 * Schemas are read once, on first use, and must not change after it (generated metadata never does).
 */

import type { InputIssue } from '../errors.js';
import type { InputSchema } from '../provider-metadata.js';
import { checkRules } from './check-rules.js';
import { isPrimitive, jsonEqual, show, typeOf } from './json-value.js';
import { pickedBranch } from './picked-branch.js';

type Json = Record<string, unknown>;
type Issues = InputIssue[];

export interface CompiledSchema {
  /** True exactly when `collect` finds nothing; stops at the first problem and builds no message. */
  valid(value: unknown): boolean;
  /** Pushes every problem with the value at `path`, in keyword order. */
  collect(value: unknown, path: string, issues: Issues): void;
}

/** One keyword (or a few read together) of a schema. */
interface Part {
  ok(value: unknown): boolean;
  /** Pushes this keyword's problems, if any. */
  report(value: unknown, path: string, issues: Issues): void;
}

const here = (path: string) => path || '(body)';

/** A keyword with one message about the value itself. */
function simple<T>(ok: (value: T) => boolean, message: (value: T) => string): Part {
  return {
    ok: ok as Part['ok'],
    report(value, path, issues) {
      if (!ok(value as T)) issues.push({ path: here(path), message: message(value as T) });
    },
  };
}

const TYPE_TESTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  array: (v) => Array.isArray(v),
  object: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
};

function typeTest(type: InputSchema['type']): ((value: unknown) => boolean) | undefined {
  if (type === undefined) return undefined;
  const tests = (typeof type === 'string' ? [type] : type).map((t) =>
    Object.hasOwn(TYPE_TESTS, t) ? TYPE_TESTS[t]! : (v: unknown) => typeOf(v) === t,
  );
  return tests.length === 1 ? tests[0] : (v) => tests.some((test) => test(v));
}

function valueParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  const c = s.const;
  if (c !== undefined) {
    const ok = isPrimitive(c) ? (v: unknown) => v === c : (v: unknown) => jsonEqual(v, c);
    parts.push(simple(ok, (v) => `must be ${show(c)} (got ${show(v)})`));
  }
  const e = s.enum;
  if (e) {
    const set = e.every(isPrimitive) ? new Set(e) : undefined;
    const ok = set ? (v: unknown) => set.has(v) : (v: unknown) => e.some((x) => jsonEqual(v, x));
    const listed = e.map(show).join(', ');
    parts.push(simple(ok, (v) => `must be one of ${listed} (got ${show(v)})`));
  }
  return parts;
}

function numberParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  const { minimum: min, maximum: max, exclusiveMinimum: xmin, exclusiveMaximum: xmax } = s;
  if (min !== undefined)
    parts.push(
      simple<number>(
        (v) => !(v < min),
        (v) => `must be at least ${min} (got ${v})`,
      ),
    );
  if (max !== undefined)
    parts.push(
      simple<number>(
        (v) => !(v > max),
        (v) => `must be at most ${max} (got ${v})`,
      ),
    );
  if (xmin !== undefined)
    parts.push(
      simple<number>(
        (v) => !(v <= xmin),
        (v) => `must be greater than ${xmin} (got ${v})`,
      ),
    );
  if (xmax !== undefined)
    parts.push(
      simple<number>(
        (v) => !(v >= xmax),
        (v) => `must be less than ${xmax} (got ${v})`,
      ),
    );
  const step = s.multipleOf;
  if (step !== undefined) {
    // Tolerate binary rounding: 0.3 is a multiple of 0.1.
    const ok = (v: number) => !(Math.abs(v / step - Math.round(v / step)) > 1e-9);
    parts.push(simple(ok, (v) => `must be a multiple of ${step} (got ${v})`));
  }
  return parts;
}

/** Length in code points, as the limits count it. */
const codePoints = (value: string) => [...value].length;

function stringParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  const { minLength: min, maxLength: max, pattern } = s;
  // A string of n UTF-16 units has between n/2 and n code points: most never need counting.
  if (min !== undefined)
    parts.push(
      simple<string>(
        (v) => v.length >= 2 * min || codePoints(v) >= min,
        (v) => `must be at least ${min} characters (got ${codePoints(v)})`,
      ),
    );
  if (max !== undefined)
    parts.push(
      simple<string>(
        (v) => v.length <= max || codePoints(v) <= max,
        (v) => `must be at most ${max} characters (got ${codePoints(v)})`,
      ),
    );
  if (pattern !== undefined) {
    const re = new RegExp(pattern, 'u');
    parts.push(
      simple<string>(
        (v) => re.test(v),
        (v) => `must match ${pattern} (got ${show(v)})`,
      ),
    );
  }
  return parts;
}

/** The first item that repeats an earlier one, or -1. */
function firstRepeat(items: readonly unknown[]): number {
  for (let i = 1; i < items.length; i++)
    for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return i;
  return -1;
}

function arrayParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  const { minItems: min, maxItems: max } = s;
  type List = unknown[];
  if (min !== undefined)
    parts.push(
      simple<List>(
        (v) => !(v.length < min),
        (v) => `must have at least ${min} items (got ${v.length})`,
      ),
    );
  if (max !== undefined)
    parts.push(
      simple<List>(
        (v) => !(v.length > max),
        (v) => `must have at most ${max} items (got ${v.length})`,
      ),
    );
  if (s.uniqueItems)
    parts.push(
      simple<List>(
        (v) => firstRepeat(v) < 0,
        (v) => `must not repeat items (item ${firstRepeat(v)} repeats an earlier one)`,
      ),
    );
  if (s.items) {
    const item = compileSchema(s.items);
    parts.push({
      ok(v) {
        const list = v as List;
        for (let i = 0; i < list.length; i++) if (!item.valid(list[i])) return false;
        return true;
      },
      report(v, path, issues) {
        const list = v as List;
        for (let i = 0; i < list.length; i++) item.collect(list[i], `${path}/${i}`, issues);
      },
    });
  }
  return parts;
}

// Own keys only: `constructor` or `toString` must not count as a declared or a present field.
const has = (object: Json, key: string) => Object.hasOwn(object, key) && object[key] !== undefined;

function requiredParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  const required = s.required ?? [];
  if (required.length > 0)
    parts.push({
      ok: (v) => required.every((key) => has(v as Json, key)),
      report(v, path, issues) {
        for (const key of required)
          if (!has(v as Json, key)) issues.push({ path: `${path}/${key}`, message: 'is required' });
      },
    });
  const dependent = Object.entries(s.dependentRequired ?? {});
  if (dependent.length > 0)
    parts.push({
      ok: (v) =>
        dependent.every(
          ([key, needs]) => !has(v as Json, key) || needs.every((o) => has(v as Json, o)),
        ),
      report(v, path, issues) {
        for (const [key, needs] of dependent) {
          if (!has(v as Json, key)) continue;
          for (const other of needs)
            if (!has(v as Json, other))
              issues.push({
                path: `${path}/${other}`,
                message: `is required when ${key} is given`,
              });
        }
      },
    });
  return parts;
}

function countParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  const { minProperties: min, maxProperties: max } = s;
  const count = (v: unknown) => Object.keys(v as Json).length;
  if (min !== undefined)
    parts.push(
      simple(
        (v) => !(count(v) < min),
        (v) => `must have at least ${min} fields (got ${count(v)})`,
      ),
    );
  if (max !== undefined)
    parts.push(
      simple(
        (v) => !(count(v) > max),
        (v) => `must have at most ${max} fields (got ${count(v)})`,
      ),
    );
  return parts;
}

function fieldsPart(s: InputSchema): Part | undefined {
  const properties = new Map(
    Object.entries(s.properties ?? {}).map(([key, p]) => [key, compileSchema(p)]),
  );
  const extra = s.additionalProperties;
  const strict = extra === false;
  const other = typeof extra === 'object' ? compileSchema(extra) : undefined;
  if (properties.size === 0 && !strict && !other) return undefined;
  return {
    ok(v) {
      const object = v as Json;
      for (const key of Object.keys(object)) {
        const child = object[key];
        if (child === undefined) continue;
        const schema = properties.get(key) ?? other;
        if (schema ? !schema.valid(child) : strict && !properties.has(key)) return false;
      }
      return true;
    },
    report(v, path, issues) {
      for (const [key, child] of Object.entries(v as Json)) {
        if (child === undefined) continue;
        const schema = properties.get(key) ?? other;
        if (schema) schema.collect(child, `${path}/${key}`, issues);
        else if (strict) issues.push({ path: `${path}/${key}`, message: 'is not a known field' });
      }
    },
  };
}

function objectParts(s: InputSchema): Part[] {
  const fields = fieldsPart(s);
  return [...requiredParts(s), ...countParts(s), ...(fields ? [fields] : [])];
}

function issuesOf(schema: CompiledSchema, value: unknown, path: string): Issues {
  const issues: Issues = [];
  schema.collect(value, path, issues);
  return issues;
}

function choicePart(keyword: 'anyOf' | 'oneOf', branches: readonly InputSchema[]): Part {
  const compiled = branches.map(compileSchema);
  // Past the second passing branch the count no longer matters.
  const passing = (v: unknown) => {
    let n = 0;
    for (const branch of compiled) if (branch.valid(v) && ++n === 2) break;
    return n;
  };
  const names = branches.map((b, i) => b.title ?? `#${i}`).join(', ');
  return {
    ok: keyword === 'oneOf' ? (v) => passing(v) === 1 : (v) => compiled.some((b) => b.valid(v)),
    report(v, path, issues) {
      const n = passing(v);
      if (n === 0) {
        // Report the branch the caller picked by its `const` fields (`task: video.generate`), else
        // the one the input came closest to; that is almost always the one the caller meant.
        const picked = pickedBranch(branches, v);
        if (picked !== undefined) compiled[picked]!.collect(v, path, issues);
        else
          issues.push(
            ...compiled
              .map((b) => issuesOf(b, v, path))
              .reduce((best, r) => (r.length < best.length ? r : best)),
          );
      } else if (keyword === 'oneOf' && n > 1) {
        issues.push({ path: here(path), message: `matches more than one of ${names}` });
      }
    },
  };
}

function conditionalPart(s: InputSchema): Part {
  const test = compileSchema(s.if!);
  const then = s.then && compileSchema(s.then);
  const otherwise = s.else && compileSchema(s.else);
  const branch = (v: unknown) => (test.valid(v) ? then : otherwise);
  return {
    ok: (v) => branch(v)?.valid(v) ?? true,
    report: (v, path, issues) => branch(v)?.collect(v, path, issues),
  };
}

function branchParts(s: InputSchema): Part[] {
  const parts: Part[] = [];
  for (const sub of (s.allOf ?? []).map(compileSchema))
    parts.push({ ok: sub.valid, report: sub.collect });
  if (s.anyOf) parts.push(choicePart('anyOf', s.anyOf));
  if (s.oneOf) parts.push(choicePart('oneOf', s.oneOf));
  if (s.not) {
    const not = compileSchema(s.not);
    const what = s.not.title ?? show(s.not);
    parts.push(
      simple(
        (v) => !not.valid(v),
        () => `must not match ${what}`,
      ),
    );
  }
  if (s.if) parts.push(conditionalPart(s));
  const rules = s.rules;
  if (rules && rules.length > 0)
    parts.push({
      ok: (v) => checkRules(rules, v).length === 0,
      report: (v, path, issues) => {
        issues.push(...checkRules(rules, v, path));
      },
    });
  return parts;
}

function build(s: InputSchema): CompiledSchema {
  const isType = typeTest(s.type);
  const typeNames = typeof s.type === 'string' ? s.type : s.type?.join(' or ');
  const [value, after] = [valueParts(s), branchParts(s)];
  // Per kind of value, every part that applies to it, in keyword order.
  const kinds = {
    number: [...value, ...numberParts(s), ...after],
    string: [...value, ...stringParts(s), ...after],
    array: [...value, ...arrayParts(s), ...after],
    object: [...value, ...objectParts(s), ...after],
    other: [...value, ...after],
  };
  const partsFor = (v: unknown): Part[] =>
    typeof v === 'number'
      ? kinds.number
      : typeof v === 'string'
        ? kinds.string
        : Array.isArray(v)
          ? kinds.array
          : v !== null && typeof v === 'object'
            ? kinds.object
            : kinds.other;
  return {
    valid(v) {
      // JSON has no NaN or Infinity: JSON.stringify would send them as null.
      if (typeof v === 'number' && !Number.isFinite(v)) return false;
      if (isType && !isType(v)) return false;
      for (const part of partsFor(v)) if (!part.ok(v)) return false;
      return true;
    },
    collect(v, path, issues) {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        issues.push({ path: here(path), message: `must be a finite number (got ${show(v)})` });
        return;
      }
      if (isType && !isType(v)) {
        issues.push({ path: here(path), message: `must be ${typeNames} (got ${typeOf(v)})` });
        return;
      }
      for (const part of partsFor(v)) part.report(v, path, issues);
    },
  };
}

const compiled = new WeakMap<InputSchema, CompiledSchema>();

/** The schema's closures, built on its first use and kept for as long as the schema lives. */
export function compileSchema(schema: InputSchema): CompiledSchema {
  let found = compiled.get(schema);
  if (!found) {
    found = build(schema);
    compiled.set(schema, found);
  }
  return found;
}
