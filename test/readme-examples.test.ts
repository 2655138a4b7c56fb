/**
 * Every README's code examples, run against the mocks. Each README's TypeScript and JavaScript
 * blocks become one program (test/readme-examples/extract-examples.ts) that runs as written, with
 * three things arranged around it: requests to a provider's real origin, or to the
 * `http://127.0.0.1:4010` a README gives for `npm run mock`, go to that provider's mock; each
 * provider's key variable holds a mock key; and time runs 40× faster (timers, `Date` and
 * `performance.now` alike, so schedules, rate limits and deadlines keep their proportions; a 60 s
 * attempt timeout still leaves 1.5 s for a mock answer, which a machine busy with the rest of
 * `npm test`, run side by side, needs; the waiting overlaps other test files), because
 * the mocks answer at once and the documented poll schedules would otherwise take minutes. It also
 * checks that package READMEs link to nothing a package page cannot reach.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { codeBlocks, exampleProgram } from './readme-examples/extract-examples.ts';

const root = resolve(import.meta.dirname, '..');
const README_MOCK_ORIGIN = 'http://127.0.0.1:4010';
const TIME_SCALE = 40;

interface Readme {
  /** Path from the repo root. */
  path: string;
  /** The provider whose mock `127.0.0.1:4010` means in it. */
  provider: string | undefined;
}

const providerPackages = readdirSync(resolve(root, 'packages')).filter((dir) =>
  existsSync(resolve(root, 'packages', dir, 'src/generated/metadata.ts')),
);
const readmes: Readme[] = [
  { path: 'README.md', provider: 'happyhorse' },
  ...readdirSync(resolve(root, 'packages'))
    .filter((dir) => existsSync(resolve(root, 'packages', dir, 'README.md')))
    .map((dir) => ({
      path: `packages/${dir}/README.md`,
      provider: providerPackages.includes(dir) ? dir : undefined,
    })),
];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mediagen-readme-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Where each provider's real base URL, and the README's mock URL, point during the run. */
async function mockRoutes(readme: Readme, mocks: Record<string, string>) {
  const routes: [from: string, to: string][] = [];
  for (const provider of providerPackages) {
    if (!mocks[provider]) continue;
    const { metadata } = (await import(`@mediagen/${provider}`)) as {
      metadata: { baseUrl: string; apiKeyEnv: string };
    };
    routes.push([metadata.baseUrl.replace(/\/+$/, ''), mocks[provider]!.replace(/\/+$/, '')]);
    vi.stubEnv(metadata.apiKeyEnv, 'mock-key-not-secret');
  }
  if (readme.provider && mocks[readme.provider])
    routes.push([README_MOCK_ORIGIN, new URL(mocks[readme.provider]!).origin]);
  return routes;
}

/** Time as the examples see it: from now on, TIME_SCALE times faster, consistently. */
function timeLapse() {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const realPerformanceNow = performance.now.bind(performance);
  const [start, performanceStart] = [realNow(), realPerformanceNow()];
  const now = () => start + (realNow() - start) * TIME_SCALE;
  class LapsedDate extends RealDate {
    constructor(...args: unknown[]) {
      // biome-ignore lint/suspicious/noExplicitAny: Date's constructor overloads, passed through
      super(...((args.length > 0 ? args : [now()]) as [any]));
    }
    static override now = now;
  }
  vi.stubGlobal('Date', LapsedDate);
  vi.spyOn(performance, 'now').mockImplementation(
    () => performanceStart + (realPerformanceNow() - performanceStart) * TIME_SCALE,
  );
  const realSetTimeout = globalThis.setTimeout;
  vi.stubGlobal('setTimeout', ((fn: () => void, ms?: number, ...args: unknown[]) =>
    realSetTimeout(fn, (ms ?? 0) / TIME_SCALE, ...args)) as typeof setTimeout);
}

function arrange(routes: [string, string][]) {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const route = routes.find(([from]) => request.url.startsWith(from));
    return realFetch(
      route ? new Request(route[1] + request.url.slice(route[0].length), request) : request,
    );
  });
  timeLapse();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
}

describe('README examples', () => {
  it.each(readmes.filter((r) => r.path !== 'README.md'))(
    '$path links only to what its package page can reach',
    ({ path }) => {
      const markdown = readFileSync(resolve(root, path), 'utf8');
      const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);
      const dead = targets.filter(
        (t) => !/^(https?:|mailto:|#)/.test(t) && (t.startsWith('..') || t.startsWith('/')),
      );
      expect(dead, `${path}: use an absolute repository URL for these`).toEqual([]);
    },
  );

  it.each(readmes)(
    '$path runs against the mock',
    async (readme) => {
      const blocks = codeBlocks(readFileSync(resolve(root, readme.path), 'utf8'));
      if (blocks.length === 0) return;
      const mocks = inject('mocks');
      // MEDIAGEN_MOCKS left out the mock it needs (a README of no one provider may call any).
      const needs = readme.provider ? [readme.provider] : providerPackages;
      if (needs.some((p) => !mocks[p])) return;
      const file = join(scratch, `${readme.path.replaceAll('/', '-')}.ts`);
      await writeFile(file, exampleProgram(blocks));
      arrange(await mockRoutes(readme, mocks));
      await expect(import(file), `${readme.path} (program: ${file})`).resolves.toBeDefined();
    },
    60_000,
  );
});
