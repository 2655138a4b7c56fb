import { describe, expect, it } from 'vitest';
import { exportedValueNames, standIn } from './bundle-floor.ts';

describe('exportedValueNames', () => {
  it.each<[string, string, string[]]>([
    ['a function', 'export function waitAll() {}', ['waitAll']],
    ['an async function', 'export async function run() {}', ['run']],
    ['a generator', 'export function* each() {}', ['each']],
    ['a const and a class', 'export const a = 1;\nexport class B {}', ['a', 'B']],
    ['an export list with a rename', 'export { x, y as z };', ['x', 'z']],
    ['types are no values', 'export type T = 1;\nexport interface I {}\nexport { type U }', []],
    ['a re-export list', "export { pushHub } from './push-hub.js';", ['pushHub']],
  ])('%s', (_name, source, names) => {
    expect(exportedValueNames(source)).toEqual(names);
  });
});

describe('standIn', () => {
  it('exports the same value names, each a trivial function', async () => {
    const code = standIn('export function a() { return 1 }\nexport const b = 2;');
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(Object.keys(module).sort()).toEqual(['a', 'b']);
    expect(module.a(1, 2)).toEqual([1, 2]);
  });
});
