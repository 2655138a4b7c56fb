import { describe, expect, it } from 'vitest';
import { partTypeViolations } from './part-type-violations.js';

function form(parts: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of parts) data.append(name, value);
  return data;
}
const audio = new Blob(['ID3'], { type: 'audio/mpeg' });
const text = new Blob(['notes'], { type: 'text/plain' });

describe('partTypeViolations', () => {
  it.each([
    ['an audio part under audio/*', [['file', audio]], { file: ['audio/*'] }, []],
    ['a text part under audio/*', [['file', text]], { file: ['audio/*'] }, ['/body/file']],
    ['a plain field is text/plain', [['file', 'abc']], { file: ['audio/*'] }, ['/body/file']],
    [
      'each repeated part',
      [
        ['file', audio],
        ['file', text],
      ],
      { file: ['audio/*'] },
      ['/body/file'],
    ],
    ['a part that is not sent', [['name', 'n']], { file: ['audio/*'] }, []],
    ['parts without a declared type', [['name', 'n']], {}, []],
  ] as [string, [string, string | Blob][], Record<string, string[]>, string[]][])(
    '%s',
    (_name, parts, declared, pointers) => {
      const found = partTypeViolations(form(parts), declared);
      expect(found.map((v) => v.pointer)).toEqual(pointers);
    },
  );

  it('says which types the part may be and what it was', () => {
    expect(partTypeViolations(form([['file', text]]), { file: ['audio/*'] })).toEqual([
      {
        pointer: '/body/file',
        keyword: 'contentMediaType',
        message: 'part file must be audio/*, not text/plain',
      },
    ]);
  });
});
