import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

export interface TypeVerdict {
  operation: string;
  /** The old request (parameters and body) is assignable to the new one: existing calls compile. */
  requestCompatible: boolean;
  /** The new success body is assignable to the old one: existing readers compile. */
  responseCompatible: boolean;
}

/** The same options `npm run generate` uses, so the types are the ones users compile against. */
export async function generateTypes(specFile: string): Promise<string> {
  const ast = await openapiTS(new URL(`file://${specFile}`), {
    alphabetize: false,
    defaultNonNullable: false,
  });
  return astToString(ast);
}

const HELPERS = `import type { operations as Old } from './old';
import type { operations as New } from './new';
type Ok = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';
type Req<O> = Pick<O, Extract<keyof O, 'parameters' | 'requestBody'>>;
type Data<O> = O extends { responses: infer R }
  ? R[keyof R & Ok] extends infer S ? S extends { content: infer C } ? C[keyof C] : undefined : never
  : never;
type Assignable<A, B> = [A] extends [B] ? true : false;
`;

/** One pair of type aliases per operation; the checker resolves each to \`true\` or \`false\`. */
export function checkSource(operations: string[]): string {
  const lines = operations.map((id, i) => {
    const key = JSON.stringify(id);
    return `export type Req${i} = Assignable<Req<Old[${key}]>, Req<New[${key}]>>;\nexport type Res${i} = Assignable<Data<New[${key}]>, Data<Old[${key}]>>;`;
  });
  return `${HELPERS}${lines.join('\n')}\n`;
}

/**
 * Asks the TypeScript checker, over types generated from both specs, whether each operation's
 * request and response still fit. `dir` is a scratch folder; the operations are those in both specs.
 */
export async function checkTypes(
  dir: string,
  oldTypes: string,
  newTypes: string,
  operations: string[],
): Promise<TypeVerdict[]> {
  if (operations.length === 0) return [];
  const check = join(dir, 'check.ts');
  await writeFile(join(dir, 'old.ts'), oldTypes);
  await writeFile(join(dir, 'new.ts'), newTypes);
  await writeFile(check, checkSource(operations));
  const program = ts.createProgram([check], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(check);
  const verdicts = new Map<string, boolean>();
  for (const statement of source?.statements ?? []) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const type = checker.getTypeAtLocation(statement.name);
    verdicts.set(statement.name.text, checker.typeToString(type) === 'true');
  }
  return operations.map((operation, i) => ({
    operation,
    requestCompatible: verdicts.get(`Req${i}`) ?? false,
    responseCompatible: verdicts.get(`Res${i}`) ?? false,
  }));
}
