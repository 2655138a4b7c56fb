/**
 * Turns a README's TypeScript and JavaScript code blocks into one program, in reading order, the
 * way a reader follows them: the imports of every block gathered at the top, and each block after
 * the first reading what the earlier ones declared. A block that declares a name again (a second
 * `const { data }`) runs in its own scope, so every block can be shown on its own terms. A block
 * whose fence says `no-run` (```ts no-run) is shown, not run: it needs a file or a service the
 * test does not have. One whose fence says `throws` shows an error, and fails the run if it does
 * not throw one.
 */

export interface CodeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** The fence says `throws`: the block demonstrates an error. */
  throws: boolean;
}

const FENCE = /^```(\S*)(.*)$/;
const RUNNABLE = new Set(['ts', 'typescript', 'js', 'javascript']);

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { line: number; lang: string; info: string; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, i) => {
    const fence = FENCE.exec(text);
    if (open) {
      if (text.startsWith('```')) {
        if (RUNNABLE.has(open.lang) && !/\bno-run\b/.test(open.info))
          blocks.push({
            line: open.line,
            lang: open.lang,
            code: open.lines.join('\n'),
            throws: /\bthrows\b/.test(open.info),
          });
        open = undefined;
      } else open.lines.push(text);
    } else if (fence) open = { line: i + 1, lang: fence[1]!, info: fence[2]!, lines: [] };
  });
  return blocks;
}

const IMPORT = /^import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"];?[ \t]*$/gm;
const DECLARATION =
  /^(?:export\s+)?(?:const|let|var|function\*?|async\s+function|class)\s+(\{[^}]*\}|\[[^\]]*\]|[\w$]+)/gm;

/** The top-level names a block declares (`const a`, `const { b, c: d }`, `function e`). */
export function declaredNames(code: string): string[] {
  return [...code.matchAll(DECLARATION)].flatMap(([, target]) =>
    target!.startsWith('{') || target!.startsWith('[')
      ? target!
          .slice(1, -1)
          .split(',')
          .map((part) => part.split(':').pop()!.split('=')[0]!.replace('...', '').trim())
          .filter(Boolean)
      : [target!],
  );
}

/** One import statement per module, every named binding the blocks asked for, each once. */
function mergeImports(statements: { clause: string; from: string }[]): string[] {
  const named = new Map<string, Set<string>>();
  const other = new Set<string>();
  for (const { clause, from } of statements) {
    const braces = /^(?:type\s+)?\{([\s\S]*)\}$/.exec(clause.trim());
    if (!braces) {
      other.add(`import ${clause} from '${from}';`);
      continue;
    }
    const typeOnly = clause.trim().startsWith('type');
    const names = named.get(from) ?? new Set<string>();
    for (const part of braces[1]!
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean))
      names.add(typeOnly && !part.startsWith('type ') ? `type ${part}` : part);
    named.set(from, names);
  }
  return [
    ...other,
    ...[...named].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`),
  ];
}

export function exampleProgram(blocks: CodeBlock[]): string {
  const imports: { clause: string; from: string }[] = [];
  const declared = new Set<string>();
  const bodies = blocks.map((block) => {
    const body = block.code.replace(IMPORT, (_, clause: string, from: string) => {
      imports.push({ clause, from });
      return '';
    });
    const names = declaredNames(body);
    const clash = names.some((name) => declared.has(name));
    if (!clash) for (const name of names) declared.add(name);
    const marker = `// README line ${block.line}`;
    if (block.throws)
      return `${marker}\n{\n  let threw = false;\n  try {\n${body}\n  } catch {\n    threw = true;\n  }\n  if (!threw) throw new Error('README line ${block.line} shows an error, but nothing was thrown');\n}`;
    return clash ? `${marker}\n{\n${body}\n}` : `${marker}\n${body}`;
  });
  return `${mergeImports(imports).join('\n')}\n\n${bodies.join('\n\n')}\n\nexport {};\n`;
}
