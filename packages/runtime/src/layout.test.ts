/**
 * The runtime's layout, as the README's map states it: value imports between its folders run only
 * along the arrows the map lists, every listed arrow is still used, and no value import cycle
 * exists. The graph is esbuild's, after TypeScript types are stripped: a type-only import is no
 * arrow, since it costs nothing at run time and cannot make a cycle there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

type Graph = Map<string, string[]>;

/** Root files are the shared facts; the entries `index.ts` and `provider.ts` are no fact. */
const ENTRIES = new Set(['index.ts', 'provider.ts']);
function partOf(file: string): string {
  if (ENTRIES.has(file)) return 'entries';
  return file.includes('/') ? `${file.split('/')[0]}/` : 'shared facts';
}

/**
 * The arrows between parts in the graph, each with one import that makes it. An import of a shared
 * fact is always allowed and no arrow; one from a shared fact into a part is (and is never listed).
 */
function arrows(graph: Graph): Map<string, string> {
  const found = new Map<string, string>();
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a, b] = [partOf(from), partOf(to)];
      if (a !== b && a !== 'entries' && b !== 'shared facts')
        found.set(`${a} → ${b}`, `${from} imports ${to}`);
    }
  }
  return found;
}

/** One value import cycle, as its files in order, or undefined. */
function findCycle(graph: Graph): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * The arrows the README's map allows: each item of its list reads "- `from` → `to`, `to`: why",
 * where the shared facts are `shared facts`.
 */
function documentedArrows(readme: string): string[] {
  const section = readme.split(/^## Map of the parts$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^- `([^`]+)` → ([^:\n]+)/gm)].flatMap(([, from, targets]) =>
    [...targets!.matchAll(/`([^`]+)`/g)].map(([, to]) => `${from} → ${to}`),
  );
}

const src = import.meta.dirname;

async function valueImports(): Promise<Graph> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  const { metafile } = await build({
    absWorkingDir: src,
    entryPoints: files,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const graph: Graph = new Map();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    graph.set(
      file,
      input.imports.filter((record) => !record.external).map((record) => record.path),
    );
  }
  return graph;
}

describe('findCycle', () => {
  it.each<[string, Array<[string, string[]]>, string[] | undefined]>([
    ['no imports', [['a.ts', []]], undefined],
    [
      'a chain',
      [
        ['a.ts', ['b.ts']],
        ['b.ts', ['c.ts']],
        ['c.ts', []],
      ],
      undefined,
    ],
    [
      'a diamond',
      [
        ['a.ts', ['b.ts', 'c.ts']],
        ['b.ts', ['d.ts']],
        ['c.ts', ['d.ts']],
      ],
      undefined,
    ],
    ['a file importing itself', [['a.ts', ['a.ts']]], ['a.ts', 'a.ts']],
    [
      'a loop behind a chain',
      [
        ['a.ts', ['b.ts']],
        ['b.ts', ['c.ts']],
        ['c.ts', ['b.ts']],
      ],
      ['b.ts', 'c.ts', 'b.ts'],
    ],
  ])('%s', (_name, edges, cycle) => {
    expect(findCycle(new Map(edges))).toEqual(cycle);
  });
});

describe('partOf', () => {
  it.each([
    ['errors.ts', 'shared facts'],
    ['index.ts', 'entries'],
    ['provider.ts', 'entries'],
    ['jobs/wait-for-job.ts', 'jobs/'],
    ['transport/transport.ts', 'transport/'],
  ])('%s is in %s', (file, part) => {
    expect(partOf(file)).toBe(part);
  });
});

describe("the runtime's layout", async () => {
  const graph = await valueImports();
  const readme = readFileSync(resolve(src, '../README.md'), 'utf8');

  it('reads every source file of the runtime', () => {
    expect(graph.size).toBeGreaterThan(60);
    expect(graph.get('transport/transport.ts')).toContain('transport/attempt.ts');
  });

  it('has no value import cycle', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it("imports between parts only along the arrows the README's map lists, and uses each", () => {
    const used = arrows(graph);
    const documented = documentedArrows(readme);
    expect(documented.length).toBeGreaterThan(0);
    const undocumented = [...used].filter(([arrow]) => !documented.includes(arrow));
    expect(undocumented.map(([arrow, example]) => `${arrow} (${example})`)).toEqual([]);
    expect(documented.filter((arrow) => !used.has(arrow))).toEqual([]);
  });
});
