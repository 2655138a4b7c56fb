import { describe, expect, it } from 'vitest';
import { collectNotes } from './collect-notes.ts';

const doc = {
  'x-mediagen-retry': { maxRetries: 2, 'x-mediagen-assumption': 'retry guess' },
  paths: {
    '/a': {
      post: {
        'x-mediagen-assumption': ['first', 'second'],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/A~1B' } } },
        },
        responses: { '200': { $ref: '#/components/responses/Ok' } },
      },
    },
  },
  components: {
    schemas: {
      'A/B': {
        properties: {
          self: { $ref: '#/components/schemas/A~1B' },
          guessed: { type: 'number', 'x-mediagen-assumption': ' a guessed field ' },
        },
      },
      Unused: { 'x-mediagen-assumption': 'never reached' },
    },
    responses: { Ok: { description: 'ok', 'x-mediagen-assumption': 'ok guess' } },
  },
};

describe('collectNotes', () => {
  it('finds notes in the operation and the components it reaches, once, cycles included', () => {
    const op = doc.paths['/a'].post;
    expect(
      collectNotes(doc, [
        [op, ['paths', '/a', 'post']],
        [op, ['paths', '/a', 'post']],
        [doc['x-mediagen-retry'], ['x-mediagen-retry']],
      ]),
    ).toEqual([
      { where: 'paths › /a › post', note: 'first' },
      { where: 'paths › /a › post', note: 'second' },
      { where: 'components › schemas › A/B › properties › guessed', note: 'a guessed field' },
      { where: 'components › responses › Ok', note: 'ok guess' },
      { where: 'x-mediagen-retry', note: 'retry guess' },
    ]);
  });

  it('finds nothing where nothing is assumed', () => {
    expect(collectNotes(doc, [[{ type: 'string' }, ['x']]])).toEqual([]);
  });
});
