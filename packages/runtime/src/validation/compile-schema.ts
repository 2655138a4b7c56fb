/**
 * Turns a request schema into closures once, so a call checks its body without reading the
 * schema's keywords again: interpreting the schema on every call was a fifth of a paid POST.
 * Schemas are read once, on first use, and must not change after it (generated metadata never does).
 *
 * Each keyword is one `Check`: without an issue list it answers on the first problem and builds no
 * message (the fast path of a valid call); with one it pushes every problem, in keyword order.
 */

import type { InputIssue } from '../errors.js';
import type { InputSchema } from '../provider-metadata.js';
import { checkRules } from './check-rules.js';
import { jsonEqual, show, typeOf } from './json-value.js';
import { pickedBranch } from './picked-branch.js';

type Json = Record<string, unknown>;
type Issues = InputIssue[];
// biome-ignore lint/suspicious/noExplicitAny: a check is only ever given the kind of value it was compiled for.
type Check = (value: any, path: string, issues?: Issues) => boolean;

export interface CompiledSchema {
  /** True exactly when `collect` finds nothing; stops at the first problem and builds no message. */
  valid(value: unknown): boolean;
  /** Pushes every problem with the value at `path`, in keyword order. */
  collect(value: unknown, path: string, issues: Issues): void;
}

const here = (path: string) => path || '(body)';

/** A failed check's answer: records the problem when collecting (the message built only then). */
function refuse(issues: Issues | undefined, path: string, message: () => string): false {
  issues?.push({ path, message: message() });
  return false;
}

/** A check of the value itself, with one message when it fails. */
const test =
  // biome-ignore lint/suspicious/noExplicitAny: see Check.
    (ok: (value: any) => boolean, message: (value: any) => string): Check =>
    (v, path, issues) =>
      ok(v) || refuse(issues, here(path), () => message(v));

/** Every check in turn: all of them when collecting, else up to the first that fails. */
const every =
  (checks: readonly Check[]): Check =>
  (v, path, issues) => {
    let ok = true;
    for (const check of checks) {
      if (check(v, path, issues)) continue;
      ok = false;
      if (!issues) break;
    }
    return ok;
  };

/**
 * Length in code points, as the limits count it: each surrogate pair counts once. A loop rather
 * than `[...value].length`, which builds an array of every character (seconds for a 10 MB prompt).
 */
function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

type Kind = 'number' | 'string' | 'array' | 'object';

/** What a limit keyword measures of a value, and the words of its message around the limit. */
const MEASURES: Record<Kind, [measure: (value: never) => number, verb: string, unit: string]> = {
  number: [(v: number) => v, 'be', ''],
  string: [codePoints, 'be', ' characters'],
  array: [(v: unknown[]) => v.length, 'have', ' items'],
  object: [(v: Json) => Object.keys(v).length, 'have', ' fields'],
};

/** The limit keywords, each with its kind, how it refuses a measure, and how its message says it. */
const LIMITS: [keyof InputSchema, Kind, (measure: number, limit: number) => boolean, string][] = [
  ['minimum', 'number', (v, l) => v < l, 'at least'],
  ['maximum', 'number', (v, l) => v > l, 'at most'],
  ['exclusiveMinimum', 'number', (v, l) => v <= l, 'greater than'],
  ['exclusiveMaximum', 'number', (v, l) => v >= l, 'less than'],
  ['minLength', 'string', (v, l) => v < l, 'at least'],
  ['maxLength', 'string', (v, l) => v > l, 'at most'],
  ['minItems', 'array', (v, l) => v < l, 'at least'],
  ['maxItems', 'array', (v, l) => v > l, 'at most'],
  ['minProperties', 'object', (v, l) => v < l, 'at least'],
  ['maxProperties', 'object', (v, l) => v > l, 'at most'],
];

/** A string of n UTF-16 units has between n/2 and n code points: most never need counting. */
function surelyWithin(keyword: keyof InputSchema, limit: number) {
  if (keyword === 'minLength') return (v: string) => v.length >= 2 * limit;
  if (keyword === 'maxLength') return (v: string) => v.length <= limit;
  return () => false;
}

function limitChecks(s: InputSchema, kind: Kind): Check[] {
  const [measure, verb, unit] = MEASURES[kind] as [(value: unknown) => number, string, string];
  return LIMITS.filter(([keyword, of]) => of === kind && s[keyword] !== undefined).map(
    ([keyword, , refuses, word]) => {
      const limit = s[keyword] as number;
      const quick = surelyWithin(keyword, limit);
      return test(
        (v) => quick(v) || !refuses(measure(v), limit),
        (v) => `must ${verb} ${word} ${limit}${unit} (got ${measure(v)})`,
      );
    },
  );
}

function valueChecks(s: InputSchema): Check[] {
  const checks: Check[] = [];
  const c = s.const;
  if (c !== undefined)
    checks.push(
      test(
        (v) => jsonEqual(v, c),
        (v) => `must be ${show(c)} (got ${show(v)})`,
      ),
    );
  const e = s.enum;
  if (e) {
    const listed = e.map(show).join(', ');
    checks.push(
      test(
        (v) => e.some((x) => jsonEqual(v, x)),
        (v) => `must be one of ${listed} (got ${show(v)})`,
      ),
    );
  }
  return checks;
}

function numberChecks(s: InputSchema): Check[] {
  const checks = limitChecks(s, 'number');
  const step = s.multipleOf;
  // Tolerate binary rounding: 0.3 is a multiple of 0.1.
  if (step !== undefined)
    checks.push(
      test(
        (v: number) => !(Math.abs(v / step - Math.round(v / step)) > 1e-9),
        (v) => `must be a multiple of ${step} (got ${v})`,
      ),
    );
  return checks;
}

function stringChecks(s: InputSchema): Check[] {
  const checks = limitChecks(s, 'string');
  const pattern = s.pattern;
  if (pattern !== undefined) {
    const re = new RegExp(pattern, 'u');
    checks.push(
      test(
        (v: string) => re.test(v),
        (v) => `must match ${pattern} (got ${show(v)})`,
      ),
    );
  }
  return checks;
}

/** The first item that repeats an earlier one, or -1. */
function firstRepeat(items: readonly unknown[]): number {
  for (let i = 1; i < items.length; i++)
    for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return i;
  return -1;
}

function arrayChecks(s: InputSchema): Check[] {
  const checks = limitChecks(s, 'array');
  if (s.uniqueItems)
    checks.push(
      test(
        (v: unknown[]) => firstRepeat(v) < 0,
        (v) => `must not repeat items (item ${firstRepeat(v)} repeats an earlier one)`,
      ),
    );
  if (s.items) {
    const item = compile(s.items);
    checks.push((v: unknown[], path, issues) => {
      let ok = true;
      for (let i = 0; i < v.length; i++) {
        if (item(v[i], issues ? `${path}/${i}` : path, issues)) continue;
        ok = false;
        if (!issues) break;
      }
      return ok;
    });
  }
  return checks;
}

// Own keys only: `constructor` or `toString` must not count as a declared or a present field.
const has = (object: Json, key: string) => Object.hasOwn(object, key) && object[key] !== undefined;

/** A field missing from the object, reported at the field's own path. */
const missing =
  (key: string, message: string): Check =>
  (v, path, issues) =>
    has(v, key) || refuse(issues, `${path}/${key}`, () => message);

function requiredChecks(s: InputSchema): Check[] {
  const checks = (s.required ?? []).map((key) => missing(key, 'is required'));
  for (const [key, needs] of Object.entries(s.dependentRequired ?? {})) {
    const all = every(needs.map((other) => missing(other, `is required when ${key} is given`)));
    checks.push((v, path, issues) => !has(v, key) || all(v, path, issues));
  }
  return checks;
}

function fieldsCheck(s: InputSchema): Check[] {
  const properties = new Map(
    Object.entries(s.properties ?? {}).map(([key, p]) => [key, compile(p)]),
  );
  const extra = s.additionalProperties;
  const strict = extra === false;
  const other = typeof extra === 'object' ? compile(extra) : undefined;
  if (properties.size === 0 && !strict && !other) return [];
  const field: Check = (v: Json, path, issues) => {
    let ok = true;
    for (const key of Object.keys(v)) {
      const child = v[key];
      if (child === undefined) continue;
      const check = properties.get(key) ?? other;
      const at = issues ? `${path}/${key}` : path;
      if (check ? check(child, at, issues) : !strict) continue;
      if (!check) issues?.push({ path: at, message: 'is not a known field' });
      ok = false;
      if (!issues) break;
    }
    return ok;
  };
  return [field];
}

function choiceCheck(keyword: 'anyOf' | 'oneOf', branches: readonly InputSchema[]): Check {
  const compiled = branches.map(compile);
  // Past the second passing branch the count no longer matters.
  const passing = (v: unknown) => {
    let n = 0;
    for (const branch of compiled) if (branch(v, '') && ++n === 2) break;
    return n;
  };
  const names = branches.map((b, i) => b.title ?? `#${i}`).join(', ');
  return (v, path, issues) => {
    const n = passing(v);
    const ok = keyword === 'oneOf' ? n === 1 : n > 0;
    if (ok || !issues) return ok;
    if (n > 1) issues.push({ path: here(path), message: `matches more than one of ${names}` });
    else {
      // Report the branch the caller picked by its `const` fields (`task: video.generate`), else
      // the one the input came closest to; that is almost always the one the caller meant.
      const picked = pickedBranch(branches, v);
      if (picked !== undefined) compiled[picked]!(v, path, issues);
      else
        issues.push(
          ...compiled
            .map((branch) => {
              const found: Issues = [];
              branch(v, path, found);
              return found;
            })
            .reduce((best, r) => (r.length < best.length ? r : best)),
        );
    }
    return false;
  };
}

function branchChecks(s: InputSchema): Check[] {
  const checks = (s.allOf ?? []).map(compile);
  if (s.anyOf) checks.push(choiceCheck('anyOf', s.anyOf));
  if (s.oneOf) checks.push(choiceCheck('oneOf', s.oneOf));
  if (s.not) {
    const not = compile(s.not);
    const what = s.not.title ?? show(s.not);
    checks.push(
      test(
        (v) => !not(v, ''),
        () => `must not match ${what}`,
      ),
    );
  }
  if (s.if) {
    const [condition, then, otherwise] = [s.if, s.then, s.else].map((b) => b && compile(b));
    checks.push((v, path, issues) => {
      const branch = condition!(v, '') ? then : otherwise;
      return branch?.(v, path, issues) ?? true;
    });
  }
  const rules = s.rules;
  if (rules && rules.length > 0)
    checks.push((v, path, issues) => {
      const found = checkRules(rules, v, path);
      issues?.push(...found);
      return found.length === 0;
    });
  return checks;
}

/** Whether a declared type admits a value of this `typeOf`: `number` admits an integer too. */
const admits = (type: string, kind: string) =>
  type === kind || (type === 'number' && kind === 'integer');

function build(s: InputSchema): Check {
  const types = s.type === undefined ? undefined : [s.type].flat();
  const value = valueChecks(s);
  const after = branchChecks(s);
  // Per kind of value, every check that applies to it, in keyword order.
  const kinds = {
    number: every([...value, ...numberChecks(s), ...after]),
    string: every([...value, ...stringChecks(s), ...after]),
    array: every([...value, ...arrayChecks(s), ...after]),
    object: every([
      ...value,
      ...requiredChecks(s),
      ...limitChecks(s, 'object'),
      ...fieldsCheck(s),
      ...after,
    ]),
    other: every([...value, ...after]),
  };
  return (v, path, issues) => {
    // JSON has no NaN or Infinity: JSON.stringify would send them as null.
    if (typeof v === 'number' && !Number.isFinite(v)) {
      issues?.push({ path: here(path), message: `must be a finite number (got ${show(v)})` });
      return false;
    }
    const kind = typeOf(v);
    if (types && !types.some((t) => admits(t, kind))) {
      issues?.push({
        path: here(path),
        message: `must be ${types.join(' or ')} (got ${kind})`,
      });
      return false;
    }
    const checks =
      kind === 'integer' ? kinds.number : (kinds[kind as keyof typeof kinds] ?? kinds.other);
    return checks(v, path, issues);
  };
}

const compiled = new WeakMap<InputSchema, Check>();

function compile(schema: InputSchema): Check {
  let found = compiled.get(schema);
  if (!found) {
    found = build(schema);
    compiled.set(schema, found);
  }
  return found;
}

const facades = new WeakMap<Check, CompiledSchema>();

/** The schema's closures, built on its first use and kept for as long as the schema lives. */
export function compileSchema(schema: InputSchema): CompiledSchema {
  const check = compile(schema);
  let facade = facades.get(check);
  if (!facade) {
    facade = {
      valid: (v) => check(v, ''),
      collect: (v, path, issues) => void check(v, path, issues),
    };
    facades.set(check, facade);
  }
  return facade;
}
