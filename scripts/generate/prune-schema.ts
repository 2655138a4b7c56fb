import type { InputSchema } from '../../packages/runtime/src/provider-metadata.ts';
import { type InputRule, RULE_NAMES } from '../../packages/runtime/src/validation/check-rules.ts';
import {
  ANNOTATION_KEYWORDS,
  VALIDATED_KEYWORDS,
} from '../../packages/runtime/src/validation/schema-keywords.ts';
import type { Schema } from './openapi-document.ts';
import { SpecError } from './spec-error.ts';
import { withoutNotes } from './without-notes.ts';

const VALIDATED = new Set<string>(VALIDATED_KEYWORDS);
const ANNOTATIONS = new Set<string>(ANNOTATION_KEYWORDS);
const SUBSCHEMAS = new Set(['items', 'not', 'if', 'then', 'else']);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/**
 * Where a message can read a schema's annotations: a `title` names an `anyOf`/`oneOf` branch or a
 * `not`, and a `not` without one is shown whole, so nothing under a `not` is trimmed.
 */
type Reading = 'unread' | 'named' | 'shown';

function pruneKeyword(key: string, value: unknown, where: string, reading: Reading): unknown {
  const inner = reading === 'shown' ? 'shown' : 'unread';
  if (key === 'properties') {
    return Object.fromEntries(
      Object.entries(value as Record<string, Schema>).map(([k, v]) => [
        k,
        pruneSchema(v, `${where}/${k}`, inner),
      ]),
    );
  }
  if (key === 'additionalProperties' && typeof value === 'object') {
    return pruneSchema(value as Schema, where, inner);
  }
  if (SUBSCHEMAS.has(key)) {
    if (Array.isArray(value)) throw new SpecError(`${where}: tuple \`items\` is not supported`);
    return pruneSchema(value as Schema, where, key === 'not' ? 'shown' : inner);
  }
  if (SUBSCHEMA_LISTS.has(key)) {
    const branch = key === 'allOf' ? inner : reading === 'shown' ? 'shown' : 'named';
    return (value as Schema[]).map((v, i) => pruneSchema(v, `${where}/${i}`, branch));
  }
  if (key === 'x-mediagen-rules') return rulesOf(value);
  return value;
}

/**
 * A request schema as the pre-send validator reads it: the keywords it enforces (one list, shared
 * with it in `schema-keywords.ts`), plus `title` where a message names the schema by it. Any other
 * keyword fails here, so a constraint the spec declares is never dropped without notice. What
 * validation never reads is left out to keep the bundle small: other titles, and
 * `additionalProperties: true`, which allows what an absent keyword allows.
 */
export function pruneSchema(
  schema: Schema,
  where = '(schema)',
  reading: Reading = 'unread',
): InputSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'title' && reading !== 'unread') out.title = value;
    if (key === 'additionalProperties' && value === true && reading !== 'shown') continue;
    if (ANNOTATIONS.has(key) || (key.startsWith('x-') && !VALIDATED.has(key))) continue;
    if (!VALIDATED.has(key)) {
      throw new SpecError(
        `${where}: \`${key}\` is not implemented by the pre-send validator, so the client could not enforce it. Implement it in packages/runtime/src/validation/compile-schema.ts and list it in schema-keywords.ts, or state the rule another way.`,
      );
    }
    out[key === 'x-mediagen-rules' ? 'rules' : key] = pruneKeyword(
      key,
      value,
      `${where}/${key}`,
      reading,
    );
  }
  return out as InputSchema;
}

interface RuleAsWritten {
  rule?: unknown;
  field?: unknown;
  equals?: unknown;
  fields?: unknown[];
  when?: unknown[];
  requires?: unknown[];
}

/** `x-mediagen-rules` on a schema: each rule's shape is checked here, not when a request is sent. */
export function rulesOf(rules: unknown): InputRule[] {
  if (!Array.isArray(rules)) throw new SpecError('x-mediagen-rules must be a list of rules');
  return rules.map((rule: RuleAsWritten) => {
    if (!RULE_NAMES.includes(rule?.rule as InputRule['rule'])) {
      throw new SpecError(
        `x-mediagen-rules: unknown rule ${JSON.stringify(rule?.rule)}; use one of ${RULE_NAMES.join(', ')}`,
      );
    }
    const pointers = [
      rule.field,
      rule.equals,
      ...(rule.fields ?? []),
      ...(rule.when ?? []),
      ...(rule.requires ?? []),
    ];
    if (pointers.some((p) => p !== undefined && !String(p).startsWith('/'))) {
      throw new SpecError(`x-mediagen-rules ${rule.rule}: fields are JSON pointers such as /width`);
    }
    return withoutNotes(rule) as InputRule;
  });
}
