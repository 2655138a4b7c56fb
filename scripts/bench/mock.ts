/**
 * @mediagen/mock against Prism alone, in the same run: the startup of each provider's mock (Prism
 * plus the state layer) against Prism started from the same spec, and requests per second for a
 * status read of a real job (the layer forwards to Prism, then rewrites the answer) against the same
 * read sent straight to Prism. Reported, not gated.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startMock, startPrism } from '@mediagen/mock';
import { median, race } from './race.ts';

const PRISM = 'Prism alone: the same status read';

async function timed(start: () => Promise<{ close(): Promise<unknown> }>) {
  const t = performance.now();
  const server = await start();
  const ms = performance.now() - t;
  await server.close();
  return ms;
}

async function startup(root: string, providers: string[], rounds: number) {
  const rows: string[] = [];
  for (const provider of providers) {
    const spec = JSON.parse(
      await readFile(resolve(root, 'packages', provider, 'src/generated/openapi.json'), 'utf8'),
    );
    const mock: number[] = [];
    const prism: number[] = [];
    for (let r = 0; r < rounds; r++) {
      prism.push(await timed(() => startPrism(spec)));
      mock.push(await timed(() => startMock(provider)));
    }
    rows.push(
      `| ${provider} | ${median(mock).toFixed(0)} | ${median(prism).toFixed(0)} | ${(median(mock) / median(prism)).toFixed(2)} |`,
    );
  }
  return rows;
}

async function throughput(root: string, perRound: number, rounds: number) {
  const spec = JSON.parse(
    await readFile(resolve(root, 'packages/happyhorse/src/generated/openapi.json'), 'utf8'),
  );
  const headers = { authorization: 'Bearer bench-key', 'content-type': 'application/json' };
  const mock = await startMock('happyhorse');
  const prism = await startPrism(spec);
  try {
    const created = await fetch(`${mock.url}/api/generate`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'happyhorse-1.0/video', prompt: 'bench' }),
    });
    const id = ((await created.json()) as { data: { task_id: string } }).data.task_id;
    const contenders = {
      'mock: status of a real job': () =>
        fetch(`${mock.url}/api/status?task_id=${id}`, { headers }).then((r) => r.arrayBuffer()),
      [PRISM]: () =>
        fetch(`${prism.origin}/api/status?task_id=${id}`, {
          headers: { ...headers, prefer: 'code=200, example=success' },
        }).then((r) => r.arrayBuffer()),
    };
    const results = await race(contenders, perRound, rounds, PRISM);
    return Object.entries(results).map(
      ([name, { ops, ratio }]) => `| ${name} | ${Math.round(ops)} | ${ratio.toFixed(2)} |`,
    );
  } finally {
    await mock.close();
    await prism.close();
  }
}

export async function mockBench(root: string, providers: string[], quick: boolean) {
  return [
    '## @mediagen/mock against Prism alone',
    '',
    "Startup of each provider's mock (Prism and the state layer, from the package's `openapi.json` and metadata) against Prism alone from the same spec; median of interleaved rounds.",
    '',
    '| spec | mock ms | Prism alone ms | mock / Prism |',
    '|---|---|---|---|',
    ...(await startup(root, providers, quick ? 2 : 5)),
    '',
    'Requests per second over loopback, one at a time; the ratio is the median per-round speed against Prism alone (1.00 = as fast).',
    '',
    '| contender | req/s | × Prism alone |',
    '|---|---|---|',
    ...(await throughput(root, quick ? 100 : 400, quick ? 3 : 9)),
  ];
}
