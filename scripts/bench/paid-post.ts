/**
 * A paid submit (HappyHorse `POST /api/generate`) through the full runtime, against bare
 * openapi-fetch, with fetch stubbed and over loopback. The runtime checks the body against the spec
 * before it is serialized, paces it in its rate-limit group and reads the answer under the attempt's
 * timer; openapi-fetch does none of that.
 */
import { createHappyHorseClient } from '@mediagen/happyhorse';
import createClient from 'openapi-fetch';
import type { paths } from '../../packages/happyhorse/src/generated/openapi.ts';
import { type Call, type RaceResults, race } from './race.ts';
import { serveJson } from './serve-json.ts';

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
  const server = await serveJson(answer);
  try {
    const loopback = await race(
      contenders(server.url, (input) => fetch(input)),
      quick ? 100 : 400,
      quick ? 3 : 15,
    );
    return { stubbed, loopback };
  } finally {
    server.close();
  }
}
