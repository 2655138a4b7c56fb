/**
 * The one list of JSON Schema keywords the pre-send validator (compiled in `compile-schema.ts`) enforces. The
 * generator keeps exactly these in a request schema's metadata and fails on any keyword that is in
 * neither list, so no constraint a spec declares is ever dropped without notice.
 */
export const VALIDATED_KEYWORDS = [
  'type',
  'enum',
  'const',
  'multipleOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'required',
  'properties',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  // Rules JSON Schema cannot express (a sum across array items); see specs/README.md.
  'x-mediagen-rules',
] as const;

/**
 * Keywords that describe a value without constraining what the API accepts, or that only the
 * generator reads. `format` is here on purpose: the docs never say the APIs check it, and a false
 * rejection is worse than a missing rule. `title` is kept to name `oneOf` branches in messages.
 */
export const ANNOTATION_KEYWORDS = [
  'title',
  'description',
  'default',
  'examples',
  'example',
  'format',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'contentMediaType',
  'contentEncoding',
  'discriminator',
  'externalDocs',
  'xml',
] as const;

export type ValidatedKeyword = (typeof VALIDATED_KEYWORDS)[number];
