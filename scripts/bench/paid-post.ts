/**
 * A paid submit (HappyHorse `POST /api/generate`) through the full runtime, against bare
 * openapi-fetch, with fetch stubbed and over loopback. The runtime checks the body against the spec
 * before it is serialized, paces it in its rate-limit group and reads the answer under the attempt's
 * timer; openapi-fetch does none of that.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHappyHorseClient } from '@mediagen/happyhorse';
import createClient from 'openapi-fetch';
import type { paths } from '../../packages/happyhorse/src/generated/openapi.ts';
import { type Call, type RaceResults, race } from './race.ts';

const KEY = 'bench-key-0123456789';
const answer = JSON.stringify({
  code: 200,
  message: 'success',
  data: { task_id: 'n92abc123hh10', status: 'IN_PROGRESS' },
});
const submit = {
  body: {
    model: 'happyhorse-1.0/video',
    prompt: 'A majestic eagle soaring through clouds at sunset',
    mode: 'pro',
    duration: 5,
    aspect_ratio: '16:9',
    sound: true,
  },
} as const;

function contenders(baseUrl: string, fetchImpl: (input: Request) => Promise<Response>) {
  const bare = createClient<paths>({
    baseUrl,
    fetch: fetchImpl,
    headers: { Authorization: `Bearer ${KEY}` },
  });
  const mediagen = createHappyHorseClient({ apiKey: KEY, baseUrl, fetch: fetchImpl });
  const calls: Record<string, Call> = {
    'openapi-fetch': () => bare.POST('/api/generate', submit as never),
    'mediagen (client.POST)': () => mediagen.POST('/api/generate', submit as never),
    'mediagen (client.call)': () => mediagen.call('createTask', submit as never),
  };
  return calls;
}

export async function paidPostBench(
  quick: boolean,
): Promise<{ stubbed: RaceResults; loopback: RaceResults }> {
  const stubbed = await race(
    contenders(
      'https://api.bench.test',
      async () => new Response(answer, { headers: { 'content-type': 'application/json' } }),
    ),
    quick ? 500 : 3000,
    quick ? 3 : 15,
  );
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answer);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const loopback = await race(
      contenders(url, (input) => fetch(input)),
      quick ? 100 : 400,
      quick ? 3 : 15,
    );
    return { stubbed, loopback };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
