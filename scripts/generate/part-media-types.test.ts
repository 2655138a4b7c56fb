import { describe, expect, it } from 'vitest';
import type { RequestBody } from './openapi-document.ts';
import { partMediaTypesOf } from './part-media-types.ts';

const multipart = (encoding: object, properties: object = { file: {}, name: {} }) => ({
  content: { 'multipart/form-data': { schema: { properties }, encoding } },
});

describe('partMediaTypesOf', () => {
  it.each([
    ['a wildcard range', multipart({ file: { contentType: 'audio/*' } }), { file: ['audio/*'] }],
    [
      'a list, trimmed and lower-cased',
      multipart({ file: { contentType: 'image/PNG, image/jpeg' } }),
      { file: ['image/png', 'image/jpeg'] },
    ],
    ['any type', multipart({ file: { contentType: '*/*' } }), { file: ['*/*'] }],
  ])('reads %s', (_name, body, expected) => {
    expect(partMediaTypesOf('POST /clone', body as RequestBody)).toEqual({
      partMediaTypes: expected,
    });
  });

  it.each([
    ['no request body', undefined],
    [
      'a JSON body',
      { content: { 'application/json': { encoding: { file: { contentType: 'a/b' } } } } },
    ],
    ['an encoding without contentType', multipart({ file: { style: 'form' } })],
  ])('says nothing for %s', (_name, body) => {
    expect(partMediaTypesOf('POST /clone', body as RequestBody)).toEqual({});
  });

  it.each([
    [
      'a part the schema does not name',
      multipart({ voice: { contentType: 'audio/*' } }),
      /part voice/,
    ],
    ['a range that is not type/subtype', multipart({ file: { contentType: 'audio' } }), /"audio"/],
    ['a wildcard top-level type', multipart({ file: { contentType: '*/mpeg' } }), /"\*\/mpeg"/],
  ])('refuses %s', (_name, body, message) => {
    expect(() => partMediaTypesOf('POST /clone', body as RequestBody)).toThrow(message);
  });
});
