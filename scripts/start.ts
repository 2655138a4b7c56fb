/**
 * `npm start`: the main job. For every provider package in the repo it runs one generate-and-wait,
 * printing progress and the result URL. A provider whose API key is in the environment
 * (HAPPYHORSE_API_KEY, ...) is called for real; every other one runs against its embedded mock.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type MockServer, startMock } from '@mediagen/mock';
import { MediagenError } from '@mediagen/runtime';
import type { Demo } from './demos/demo.ts';
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

for (const provider of providers) {
  const { demo } = (await import(`./demos/${provider}.ts`)) as { demo: Demo };
  const { metadata } = (await import(`@mediagen/${provider}`)) as {
    metadata: { apiKeyEnv: string; name: string };
  };
  const live = Boolean(process.env[metadata.apiKeyEnv]);
  const mock: MockServer | undefined = live ? undefined : await startMock(provider);
  const tag = `[${provider}]`;
  const log = (line: string) => console.log(`${tag} ${line}`);
  log(
    `${demo.title} — ${live ? `live API (key from ${metadata.apiKeyEnv})` : `mock at ${mock!.url}`}`,
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
    for (const url of urls) log(`  done → ${url}`);
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
