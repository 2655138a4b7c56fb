/**
 * The main entry exports exactly the names the README's public-surface table lists: adding an
 * export without documenting it (or documenting one that is gone) fails here. Types count too, so
 * the exports are read by the TypeScript checker, not from the loaded module.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');

function exportedNames(entry: string): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(module).map((symbol) => symbol.name);
}

/** Every backticked name in the first column of the table under `## Public surface`. */
function documentedNames(readme: string): string[] {
  const section = readme.split(/^## Public surface$/m)[1]?.split(/^## /m)[0] ?? '';
  const firstColumns = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|---'))
    .slice(1)
    .map((line) => line.split('|')[1] ?? '');
  return firstColumns.flatMap((cell) => [...cell.matchAll(/`(\w+)`/g)].map((m) => m[1]!));
}

describe('the public surface of @mediagen/runtime', () => {
  it('exports exactly what the README table lists', () => {
    const exported = exportedNames(resolve(packageDir, 'src/index.ts')).sort();
    const documented = documentedNames(readFileSync(resolve(packageDir, 'README.md'), 'utf8'));
    expect(documented.length).toBeGreaterThan(20);
    expect(exported).toEqual([...new Set(documented)].sort());
  });
});
