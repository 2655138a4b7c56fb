import { describe, expect, it } from 'vitest';
import { collect, type Side } from './change.ts';
import { dereference } from './dereference.ts';
import { diffSchema } from './diff-schema.ts';

const rows = (before: unknown, after: unknown, side: Side) =>
  collect((emit) => diffSchema({ emit, side, operation: 'op' }, '', before, after))
    .filter((c) => c.reason !== 'docs or examples')
    .map((c) => `${c.class} ${c.reason} ${c.pointer}`);

const str = { type: 'string' };
const int = { type: 'integer' };
const variant = (kind: string, x: object, extra: object = {}) => ({
  type: 'object',
  required: ['kind'],
  properties: { kind: { const: kind }, x },
  ...extra,
});
/** The same variant without its tag, so only its name or its shape can identify it. */
const untagged = (x: object, extra: object = {}) => ({
  type: 'object',
  properties: { x },
  ...extra,
});

/** Schemas under components, `$ref`ed from a union, resolved as load-spec resolves a spec. */
function viaRefs(components: Record<string, object>, order: string[]) {
  const doc = dereference({
    components: { schemas: structuredClone(components) },
    union: { oneOf: order.map((name) => ({ $ref: `#/components/schemas/${name}` })) },
  });
  return doc.union;
}

/**
 * The rule: a branch that must still be covered (a new response branch; an old request branch) is
 * paired with the branch that has its identity: the same discriminator or const tag, else the same
 * component name or title. Only where none has an identity does the closest shape decide. A
 * branch whose identity is gone is a variant added (response) or removed (request), whatever its
 * shape; a paired branch's own changes are reported, wherever it moved.
 */
describe('union branch pairing', () => {
  const A = variant('a', str);
  const A2 = variant('a', int);
  const C = variant('c', str);
  it.each([
    [
      'by const tag: a new response variant that looks like an old one',
      { oneOf: [A] },
      { oneOf: [C, A2] },
      'response',
      [
        'breaking response variant added: the response type changed /oneOf/0',
        'breaking response type changed /oneOf/1/properties/x/type',
      ],
    ],
    [
      'by const tag: an old request variant gone, though a new one has its shape',
      { oneOf: [A, variant('b', int)] },
      { oneOf: [C, variant('b', int)] },
      'request',
      ['breaking request variant removed /oneOf/0', 'non-breaking request variant added /oneOf/0'],
    ],
    [
      'by discriminator mapping, where branches pin no const',
      {
        oneOf: [untagged(str, { title: 'Image' })],
        discriminator: { propertyName: 'kind', mapping: { img: '#/components/schemas/Image' } },
      },
      {
        oneOf: [untagged(str, { title: 'Video' }), untagged(int, { title: 'Image' })],
        discriminator: {
          propertyName: 'kind',
          mapping: { img: '#/components/schemas/Image', vid: '#/components/schemas/Video' },
        },
      },
      'response',
      [
        'breaking response variant added: the response type changed /oneOf/0',
        'breaking response type changed /oneOf/1/properties/x/type',
      ],
    ],
    [
      'by title, wherever the branch moved',
      { oneOf: [untagged(str, { title: 'P' }), { type: 'array', title: 'Q' }] },
      { oneOf: [{ type: 'array', title: 'Q' }, untagged(int, { title: 'P' })] },
      'request',
      ['breaking request type narrowed /oneOf/1/properties/x/type'],
    ],
    [
      'by shape, where nothing names the branches',
      { oneOf: [untagged(str), { type: 'array' }] },
      { oneOf: [{ type: 'array' }, untagged(str, { required: ['x'] })] },
      'request',
      ['breaking request field made required /oneOf/1/required'],
    ],
    [
      'not by a property every branch pins alike: it tells no branch apart',
      {
        oneOf: [
          untagged(str, {
            title: 'P',
            required: ['model'],
            properties: { model: { const: 'm' }, x: str },
          }),
          {
            title: 'Q',
            type: 'object',
            required: ['model'],
            properties: { model: { const: 'm' }, y: str },
          },
        ],
      },
      {
        oneOf: [
          {
            title: 'Q',
            type: 'object',
            required: ['model'],
            properties: { model: { const: 'm' }, y: str },
          },
          untagged(str, {
            title: 'P',
            required: ['model'],
            properties: { model: { const: 'm' }, x: int },
          }),
        ],
      },
      'request',
      ['breaking request type narrowed /oneOf/1/properties/x/type'],
    ],
    [
      'response variants folded into one schema are not removed',
      {
        anyOf: [
          { type: 'string', enum: ['a'] },
          { type: 'string', pattern: '^m_' },
        ],
      },
      { type: 'string' },
      'response',
      // Paired with the closest old branch; a response pattern only documents.
      ['non-breaking response limit changed /pattern'],
    ],
  ] as const)('%s', (_name, before, after, side, expected) => {
    expect(rows(before, after, side).sort()).toEqual([...expected].sort());
  });

  it('by $ref component name, where titles say nothing', () => {
    const old = viaRefs({ Image: untagged(str) }, ['Image']);
    const now = viaRefs({ Image: untagged(int), Video: untagged(str) }, ['Video', 'Image']);
    expect(rows(old, now, 'response').sort()).toEqual([
      'breaking response type changed /oneOf/1/properties/x/type',
      'breaking response variant added: the response type changed /oneOf/0',
    ]);
  });
});

/**
 * The rule: a request `oneOf` refuses a body that matches more than one branch. An old body shape
 * that fits two or more new branches whole is refused outright: breaking. A plain schema turned
 * `oneOf` whose bodies fit one branch but may also match another (not proven disjoint by tag, type
 * or a required pinned property) is review. `anyOf`, and branches proven apart, are fine.
 */
describe('request oneOf overlap', () => {
  const ab = { type: 'object', properties: { a: str, b: str } };
  const OVERLAP =
    'breaking request oneOf branches overlap: old bodies match 2 of them, and oneOf takes exactly one /oneOf';
  const MAYBE =
    'review request oneOf branches may overlap: an old body matching more than one is refused /oneOf';
  /** The details of turning one schema into two branches, beside any overlap. */
  const SPLIT = (keyword: string) => [
    `non-breaking request field made optional /${keyword}/0/required`,
    `non-breaking request variant added /${keyword}/1`,
  ];
  it.each([
    [
      'required [a, b] split into one branch per field',
      { ...ab, required: ['a', 'b'] },
      { ...ab, oneOf: [{ required: ['a'] }, { required: ['b'] }] },
      [OVERLAP, ...SPLIT('oneOf')],
    ],
    [
      'a new oneOf branch that takes what an old one took',
      { oneOf: [variant('a', str)] },
      { oneOf: [variant('a', str), { type: 'object' }] },
      [OVERLAP, 'non-breaking request variant added /oneOf/1'],
    ],
    [
      'the same split as anyOf',
      { ...ab, required: ['a', 'b'] },
      { ...ab, anyOf: [{ required: ['a'] }, { required: ['b'] }] },
      SPLIT('anyOf'),
    ],
    [
      'a body with a alone fits one branch, but a and b together fit both',
      { ...ab, required: ['a'] },
      { ...ab, oneOf: [{ required: ['a'] }, { required: ['b'] }] },
      [MAYBE, 'non-breaking request variant added /oneOf/1'],
    ],
    [
      'branches kept apart by a const tag',
      variant('a', str),
      { oneOf: [variant('a', str), variant('b', str)] },
      ['non-breaking request variant added /oneOf/1'],
    ],
    [
      'branches kept apart by type',
      str,
      { oneOf: [str, int] },
      ['non-breaking request variant added /oneOf/1'],
    ],
    [
      'an overlap the old oneOf had already',
      { oneOf: [{ type: 'object' }, { type: 'object', properties: { a: str } }] },
      { oneOf: [{ type: 'object' }, { type: 'object', properties: { a: int } }] },
      ['breaking request type narrowed /oneOf/1/properties/a/type'],
    ],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(rows(before, after, 'request').sort()).toEqual([...expected].sort());
  });
});
