/**
 * `npm run bench`: a benchmark, not a test. In one run it measures
 * - the throughput of a generated client call through the full runtime, against bare openapi-fetch
 *   and raw fetch, with fetch stubbed (the runtime's own overhead) and over loopback (real I/O);
 * - the browser bundle size of each provider's client and main helper, minified + gzipped, next to
 *   bare openapi-fetch (scripts/bench/bundle-size.ts);
 * - the import cost of each provider package's build, next to openapi-fetch (scripts/bench/import-cost.ts);
 * - job waiting: status requests, lags and callbacks against today's behaviour (scripts/bench/job-waiting.ts).
 * - a callback reaching the web tier settling a wait in a worker through Redis, against the same
 *   process (scripts/bench/redis-push.ts; needs redis-server);
 * - @mediagen/mock: startup per spec and requests per second against Prism alone (scripts/bench/mock.ts).
 * Results are printed as ratios against the baselines of the same run. `npm run bench -- --write`
 * also writes them to docs/benchmarks.md; a plain run leaves the tracked file alone.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHappyHorseClient } from '@mediagen/happyhorse';
import createClient from 'openapi-fetch';
import type { paths } from '../packages/happyhorse/src/generated/openapi.ts';
import { bundleSizeBench } from './bench/bundle-size.ts';
import { importCost } from './bench/import-cost.ts';
import { jobWaitingBench } from './bench/job-waiting.ts';
import { mockBench } from './bench/mock.ts';
import { paidPostBench } from './bench/paid-post.ts';
import { type Call, race } from './bench/race.ts';
import { redisPushBench } from './bench/redis-push.ts';
import { serveJson } from './bench/serve-json.ts';
import { UPLOAD_RSS_TARGET, uploadRssBench } from './bench/upload-rss.ts';
import { listProviders } from './list-providers.ts';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const body = JSON.stringify({
  code: 200,
  message: 'success',
  data: {
    task_id: 'n92abc123hh10',
    status: 'SUCCESS',
    response: { resultUrls: ['https://cdn.example.com/v.mp4'] },
  },
});
const params = { params: { query: { task_id: 'n92abc123hh10' } } };

function contenders(
  baseUrl: string,
  fetchImpl: (input: Request) => Promise<Response>,
): Record<string, Call> {
  const url = `${baseUrl}/api/status?task_id=n92abc123hh10`;
  const bare = createClient<paths>({
    baseUrl,
    fetch: fetchImpl,
    headers: { Authorization: 'Bearer bench-key-0123456789' },
  });
  const mediagen = createHappyHorseClient({
    apiKey: 'bench-key-0123456789',
    baseUrl,
    fetch: fetchImpl,
  });
  return {
    'raw fetch': async () =>
      (
        await fetchImpl(
          new Request(url, { headers: { Authorization: 'Bearer bench-key-0123456789' } }),
        )
      ).json(),
    'openapi-fetch': () => bare.GET('/api/status', params),
    'mediagen (client.GET)': () => mediagen.GET('/api/status', params),
    'mediagen (client.call)': () => mediagen.call('getTaskStatus', params),
  };
}

const stubbed = await race(
  contenders(
    'https://api.bench.test',
    async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  ),
  quick ? 500 : 3000,
  quick ? 3 : 15,
);

const server = await serveJson(body);
const loopback = await race(
  contenders(server.url, (input) => fetch(input)),
  quick ? 100 : 400,
  quick ? 3 : 15,
);
server.close();

const paidPost = await paidPostBench(quick);
const uploads = await uploadRssBench(root, quick);

const lines: string[] = [];
type Results = Awaited<ReturnType<typeof race>>;
const throughput = (title: string, results: Results) => {
  lines.push(
    `### ${title}`,
    '',
    '| call | ops/s (median round) | × openapi-fetch (median of per-round ratios) |',
    '|---|---:|---:|',
  );
  for (const [name, { ops, ratio }] of Object.entries(results))
    lines.push(`| ${name} | ${Math.round(ops)} | ${ratio.toFixed(3)} |`);
  lines.push('');
};
throughput('Throughput, fetch stubbed (the client-side cost of a call)', stubbed);
throughput('Throughput over loopback (with real HTTP)', loopback);
throughput('A paid POST, fetch stubbed', paidPost.stubbed);
throughput('A paid POST over loopback', paidPost.loopback);
lines.push(
  `### Upload peak RSS (${uploads.mb} MB, one upload per fresh process)`,
  '',
  '| body | plain fetch | mediagen | × plain fetch |',
  '|---|---:|---:|---:|',
  ...uploads.results.map(
    (r) =>
      `| ${r.source === 'file' ? 'file on disk (openAsBlob)' : 'Blob in memory'} | ${r.fetchMb.toFixed(0)} MB | ${r.mediagenMb.toFixed(0)} MB | ${r.ratio.toFixed(2)} |`,
  ),
  '',
  `Target: within ${UPLOAD_RSS_TARGET}× plain fetch (${uploads.results.every((r) => r.ratio <= UPLOAD_RSS_TARGET) ? 'met' : 'NOT met'}). Paid POST targets: ≥ 0.8× stubbed (${paidPost.stubbed['mediagen (client.POST)']!.ratio.toFixed(3)}×), ≥ 0.95× over loopback (${paidPost.loopback['mediagen (client.POST)']!.ratio.toFixed(3)}×).`,
  '',
);
const ratio = stubbed['mediagen (client.GET)']!.ratio;
const loopbackRatio = loopback['mediagen (client.GET)']!.ratio;
lines.push(
  '',
  `Targets: throughput ≥ 0.95× bare openapi-fetch (stubbed: ${ratio.toFixed(3)}×, ${ratio >= 0.95 ? 'met' : 'NOT met'}; ` +
    `loopback: ${loopbackRatio.toFixed(3)}×, ${loopbackRatio >= 0.95 ? 'met' : 'NOT met'}).`,
);

lines.push('', ...(await bundleSizeBench(root)));

lines.push('', ...(await importCost(root, quick ? 5 : 15)));
lines.push('', ...(await jobWaitingBench(quick)));
lines.push('', ...(await redisPushBench(quick)));
lines.push(
  '',
  ...(await mockBench(
    root,
    listProviders().filter((p) => existsSync(resolve(root, 'packages', p, 'package.json'))),
    quick,
  )),
);

const report = lines.join('\n');
console.log(report);
if (write) {
  writeFileSync(
    resolve(root, 'docs/benchmarks.md'),
    `# Benchmarks\n\nLatest \`npm run bench\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}). Ratios are against bare openapi-fetch in the same run; absolute numbers depend on the machine.\n\n${report}\n`,
  );
}
