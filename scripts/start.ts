/**
 * `npm start`: the main job. For every provider package in the repo it runs one generate-and-wait,
 * printing progress and the result URL, against the embedded mocks. `npm start -- --live` calls the
 * real API of each provider whose key is in the environment (HAPPYHORSE_API_KEY, ...) and spends
 * real credits; without `--live` a key is ignored.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type MockServer, startMock } from '@mediagen/mock';
import { MediagenError } from '@mediagen/runtime';
import type { Demo } from './demos/demo.ts';
import { resultLine } from './demos/result-line.ts';
import { LIVE_FLAG, runMode } from './demos/run-mode.ts';
import { listProviders, root } from './list-providers.ts';

const MOCK_SCHEDULE = {
  initialDelayMs: 150,
  intervalMs: 250,
  incrementMs: 0,
  multiplier: 1,
  sequenceMs: [250],
};

const providers = listProviders().filter((p) =>
  existsSync(resolve(root, 'packages', p, 'package.json')),
);
let failed = 0;
console.log(
  process.argv.includes(LIVE_FLAG)
    ? 'Live run: providers whose key is set call their real API and spend real credits.'
    : `Running on the embedded mocks: no real API is called. \`npm start -- ${LIVE_FLAG}\` calls the real APIs of providers whose key is set.`,
);

for (const provider of providers) {
  const { demo } = (await import(`./demos/${provider}.ts`)) as { demo: Demo };
  const { metadata } = (await import(`@mediagen/${provider}`)) as {
    metadata: { apiKeyEnv: string; name: string };
  };
  const mode = runMode(process.argv, metadata.apiKeyEnv, Boolean(process.env[metadata.apiKeyEnv]));
  const { live } = mode;
  const mock: MockServer | undefined = live ? undefined : await startMock(provider);
  const tag = `[${provider}]`;
  const log = (line: string) => console.log(`${tag} ${line}`);
  log(
    `${demo.title} — ${live ? mode.note : `mock at ${mock!.url}${mode.note ? ` (${mode.note})` : ''}`}`,
  );
  try {
    const urls = await demo.run({
      baseUrl: mock?.url,
      apiKey: live ? undefined : 'mock-key-not-secret',
      schedule: live ? undefined : MOCK_SCHEDULE,
      onProgress: (p) =>
        log(
          `  ${p.state}${p.progress !== undefined ? ` ${p.progress}%` : ''} after ${(p.elapsedMs / 1000).toFixed(1)} s`,
        ),
      log,
    });
    for (const url of urls) log(`  ${resultLine(url, live)}`);
  } catch (error) {
    failed++;
    log(
      `  failed: ${error instanceof MediagenError ? `${error.name}: ${error.message}` : String(error)}`,
    );
  } finally {
    await mock?.close();
  }
}

if (failed > 0) process.exitCode = 1;
console.log(`\n${providers.length - failed} of ${providers.length} provider job(s) completed.`);
