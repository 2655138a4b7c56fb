import { describe, expect, it } from 'vitest';
import { codeBlocks, declaredNames, exampleProgram } from './extract-examples.ts';

describe('codeBlocks', () => {
  it('keeps ts and js blocks with their line, drops no-run and other languages, marks throws', () => {
    const markdown = [
      '# Title', //                         1
      '```sh', //                           2
      'npm test',
      '```',
      '```ts', //                           5
      "import { a } from 'x';",
      '```',
      '```ts no-run', //                    8
      'skipped()',
      '```',
      '```js throws', //                    11
      'boom()',
      '```',
    ].join('\n');
    expect(codeBlocks(markdown)).toEqual([
      { line: 5, lang: 'ts', code: "import { a } from 'x';", throws: false },
      { line: 11, lang: 'js', code: 'boom()', throws: true },
    ]);
  });
});

describe('declaredNames', () => {
  it.each([
    ['const a = 1;', ['a']],
    ['const { data, error: e } = await f();', ['data', 'e']],
    ['let [x, ...rest] = xs;', ['x', 'rest']],
    ['async function go() {}\nclass C {}', ['go', 'C']],
    ['  const indented = 1; // inside a block, not top level', []],
  ])('%s', (code, names) => {
    expect(declaredNames(code)).toEqual(names);
  });
});

describe('exampleProgram', () => {
  it('hoists and merges imports, scopes a redeclaring block, and checks a throws block', () => {
    const program = exampleProgram([
      { line: 3, lang: 'ts', code: "import { a } from 'm';\nconst data = a();", throws: false },
      {
        line: 9,
        lang: 'ts',
        code: "import { b, a } from 'm';\nimport x from 'n';\nconst data = b(x);",
        throws: false,
      },
      { line: 15, lang: 'ts', code: 'a(-1);', throws: true },
    ]);
    expect(program).toContain("import x from 'n';\nimport { a, b } from 'm';");
    expect(program).toContain('// README line 3\n\nconst data = a();');
    expect(program).toContain('// README line 9\n{\n\n\nconst data = b(x);\n}');
    expect(program).toContain(
      "if (!threw) throw new Error('README line 15 shows an error, but nothing was thrown');",
    );
  });
});
