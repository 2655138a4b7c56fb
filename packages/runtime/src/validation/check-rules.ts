/**
 * Rules a provider documents that JSON Schema cannot say, declared in a spec as `x-mediagen-rules`
 * on the object schema they constrain (see specs/README.md). Fields are JSON pointers relative to
 * that object; a `*` segment reads every element. A rule whose fields are absent does not apply:
 * a false rejection costs the caller more than a rule left to the server.
 */
import type { InputIssue } from '../errors.js';
import { readPointer } from '../json-pointer.js';
import type { Bounds, InputRule, InputRuleName } from '../provider-metadata.js';

export type { Bounds, InputRule, InputRuleName } from '../provider-metadata.js';

export const RULE_NAMES: readonly InputRuleName[] = ['product', 'sum', 'step', 'tags', 'requires'];

const numbers = (value: unknown, fields: readonly string[]) =>
  fields.map((f) => readPointer(value, f).filter((v): v is number => typeof v === 'number'));
const present = (value: unknown, field: string) => readPointer(value, field).length > 0;
function outside(value: number, { minimum, maximum }: Bounds): string | undefined {
  if (maximum !== undefined && value > maximum) return `at most ${maximum}`;
  if (minimum !== undefined && value < minimum) return `at least ${minimum}`;
  return undefined;
}
const names = (fields: readonly string[]) => fields.map((f) => f.slice(1)).join(', ');

type Finding = { field: string; message: string } | undefined;

function checkRule(rule: InputRule, value: unknown): Finding {
  switch (rule.rule) {
    case 'product': {
      const found = numbers(value, rule.fields);
      if (found.some((values) => values.length !== 1)) return undefined;
      const product = found.reduce((p, [v]) => p * v!, 1);
      const bound = outside(product, rule);
      if (bound === undefined) return undefined;
      const factors = rule.fields.map((f) => f.slice(1)).join(' × ');
      return {
        field: rule.fields[0]!,
        message: `${factors} must be ${bound} (got ${product}); change one of them`,
      };
    }
    case 'sum': {
      const total = numbers(value, rule.fields)
        .flat()
        .reduce((s, v) => s + v, 0);
      const bound = outside(total, rule);
      if (bound !== undefined) {
        return {
          field: rule.fields[0]!.replace(/\/\*.*$/, ''),
          message: `the sum of ${names(rule.fields)} must be ${bound} (got ${total})`,
        };
      }
      // `equals`: a field that, where given, must state that same total (HappyHorse's duration).
      const [stated] = rule.equals ? numbers(value, [rule.equals])[0]! : [];
      if (stated === undefined || stated === total) return undefined;
      return {
        field: rule.equals!,
        message: `must equal the sum of ${names(rule.fields)}, ${total} (got ${stated}); or leave it out`,
      };
    }
    case 'step': {
      const [v] = numbers(value, [rule.field])[0]!;
      if (v === undefined) return undefined;
      const remainder = (((v - rule.offset) % rule.step) + rule.step) % rule.step;
      if (remainder === 0) return undefined;
      const below = v - remainder;
      return {
        field: rule.field,
        message: `must be ${rule.step}n + ${rule.offset} (got ${v}); the nearest allowed values are ${below} and ${below + rule.step}`,
      };
    }
    case 'tags': {
      const [text] = readPointer(value, rule.field);
      if (typeof text !== 'string') return undefined;
      const known = new Set(rule.vocabulary.map((t) => t.toLowerCase()));
      const unknown = text
        .split(rule.separator)
        .map((t) => t.trim())
        .filter((t) => t !== '' && !known.has(t.toLowerCase()));
      if (unknown.length === 0) return undefined;
      return {
        field: rule.field,
        message: `has unknown tags ${unknown.map((t) => JSON.stringify(t)).join(', ')}; use only: ${rule.vocabulary.join(', ')}`,
      };
    }
    case 'requires': {
      const trigger = rule.when.find((f) => present(value, f));
      if (trigger === undefined || rule.requires.some((f) => present(value, f))) return undefined;
      return {
        field: trigger,
        message: `needs one of ${names(rule.requires)} as well`,
      };
    }
  }
}

/** Checks `value` (the object the rules were declared on, at `path`) against every rule. */
export function checkRules(rules: readonly InputRule[], value: unknown, path = ''): InputIssue[] {
  if (value === null || typeof value !== 'object') return [];
  return rules.flatMap((rule) => {
    const found = checkRule(rule, value);
    return found ? [{ path: `${path}${found.field}`, message: found.message }] : [];
  });
}
