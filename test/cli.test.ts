/**
 * The `mediagen` bin against @mediagen/mock servers this file starts (so their ledgers show what
 * was paid): plain progress lines, `--json`, a handle that outlives its process, refusals that send
 * nothing, and no key in any output.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { estimateCost as happyhorseCost } from '@mediagen/happyhorse';
import { estimateCost } from '@mediagen/killatamata';
import { type MockServer, startMock } from '@mediagen/mock';
import { estimateCost as vydraCost } from '@mediagen/vydra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediagen, SECRET_KEY } from './cli-support.ts';

// A Killa Tamata task with a documented price formula (images have none: the doc's $0.04 is one
// observed charge), so the CLI's estimate is the library's.
const SPEECH = { text: 'Welcome to mediagen.', provider: 'gemini' } as const;
const SPEECH_USD = estimateCost('audio.speak', SPEECH).usd;
const SPEAK = [
  'generate',
  'killatamata',
  'audio.speak',
  '--text',
  SPEECH.text,
  '--provider',
  SPEECH.provider,
];

let happyhorse: MockServer;
let killatamata: MockServer;
let vydra: MockServer;
let dir: string;

beforeAll(async () => {
  [happyhorse, killatamata, vydra, dir] = await Promise.all([
    startMock('happyhorse'),
    startMock('killatamata'),
    startMock('vydra'),
    mkdtemp(join(tmpdir(), 'mediagen-cli-')),
  ]);
});
afterAll(async () => {
  await Promise.all([happyhorse?.close(), killatamata?.close(), vydra?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Each test runs the bin one to four times, each a new process on the TypeScript sources, beside
// the rest of npm test: a generous bound, never a timing assertion.
const against = (mock: MockServer) => [
  '--base-url',
  mock.url,
  '--api-key',
  SECRET_KEY,
  '--poll-ms',
  '20',
];

function expectNoKey(...texts: string[]) {
  for (const text of texts) expect(text).not.toContain(SECRET_KEY);
}

describe('mediagen generate', () => {
  it('prints plain progress lines when stderr is no terminal, and the output URL on stdout', async () => {
    const before = happyhorse.ledger.length;
    const run = await mediagen([
      'generate',
      'happyhorse',
      'createTask',
      '--prompt',
      'A red fox in fresh snow',
      '--duration',
      '5',
      '--sound',
      '--yes',
      ...against(happyhorse),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/submitted n92\w+/);
    expect(run.stderr).toMatch(/IN_PROGRESS after \d+s/);
    expect(run.stderr).toMatch(/✔ happyhorse n92\w+ SUCCESS/);
    expect(run.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__mediagen\/outputs\/\S+\.mp4$/);
    expect(happyhorse.ledger.length).toBe(before + 1);
    expectNoKey(run.stdout, run.stderr);
  }, 90_000);

  it('--json prints one JSON document with the estimate and the outcome', async () => {
    const run = await mediagen(['--json', ...SPEAK, '--yes', ...against(killatamata)]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.estimate).toMatchObject({ unit: 'USD', amount: SPEECH_USD });
    expect(result.jobs).toHaveLength(1);
    expect(result.jobs[0]).toMatchObject({ status: 'succeeded', provider: 'killatamata' });
    expect(result.jobs[0].outputs[0]).toMatch(/^https?:\/\//);
    expect(run.stderr).toBe('');
    expectNoKey(run.stdout, run.stderr);
  }, 90_000);

  it('refuses bad input with the library message and exit 2, sending nothing', async () => {
    const before = happyhorse.ledger.length;
    const jobs = happyhorse.jobs().length;
    const run = await mediagen([
      'generate',
      'happyhorse',
      'createTask',
      '--prompt',
      'x',
      '--duration',
      '20',
      '--mode',
      'ultra',
      '--yes',
      ...against(happyhorse),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/duration must be at most 15 (got 20)');
    expect(run.stderr).toContain('/mode must be one of "pro", "std" (got "ultra")');
    expect(run.stderr).toContain('nothing was charged');
    expect(happyhorse.ledger.length).toBe(before);
    expect(happyhorse.jobs().length).toBe(jobs);
    expectNoKey(run.stdout, run.stderr);
  }, 90_000);

  it('refuses a paid run nobody can confirm (no --yes or --max-cost in a script), and one above --max-cost', async () => {
    const before = killatamata.ledger.length;
    const unconfirmed = await mediagen([...SPEAK, ...against(killatamata)]);
    expect(unconfirmed.code).toBe(8);
    expect(unconfirmed.stderr).toMatch(/Not submitted: .*pass --yes, or --max-cost/);
    const tooDear = await mediagen([...SPEAK, '--max-cost', '0.001', ...against(killatamata)]);
    expect(tooDear.code).toBe(8);
    expect(tooDear.stderr).toContain(`it may cost ${SPEECH_USD}, above --max-cost 0.001`);
    expect(killatamata.ledger.length).toBe(before);
  }, 90_000);

  it("holds a Vydra job to --max-cost with the package's estimate: submitted at it, refused below it", async () => {
    const credits = vydraCost('veo3', { prompt: 'A lake at dawn' }).credits!;
    const veo = ['generate', 'vydra', 'generateVeo3', '--prompt', 'A lake at dawn', '--no-wait'];
    const jobs = vydra.jobs().length;
    const tooDear = await mediagen([...veo, '--max-cost', `${credits - 1}`, ...against(vydra)]);
    expect(tooDear.code, tooDear.stderr).toBe(8);
    expect(tooDear.stderr).toContain(`it may cost ${credits}, above --max-cost ${credits - 1}`);
    expect(vydra.jobs().length).toBe(jobs);
    const held = await mediagen([...veo, '--max-cost', `${credits}`, ...against(vydra)]);
    expect(held.code, held.stderr).toBe(0);
    expect(held.stderr).toContain(`Cost: ${credits} credits (`);
    expect(held.stdout.trim()).toMatch(/^mgh1\.[\w-]+$/);
    expect(vydra.jobs().length).toBe(jobs + 1);
    expectNoKey(tooDear.stdout, tooDear.stderr, held.stdout, held.stderr);
  }, 90_000);
});

describe('--json', () => {
  it('prints a JSON error document for a bad flag too, with exit code 2', async () => {
    for (const args of [
      ['--json', 'batch', 'jobs.jsonl', '--concurrency', '-1'],
      ['--json', 'status', 'mgh1.x', '--no-such-flag'],
    ]) {
      const run = await mediagen(args);
      expect(run.code, run.stderr).toBe(2);
      expect(JSON.parse(run.stdout), args.join(' ')).toMatchObject({
        error: { name: 'CommanderError', exitCode: 2 },
      });
    }
  }, 90_000);
});

describe('a mistyped option', () => {
  it('is named without the value glued to it with =, which may be a key', async () => {
    for (const json of [[], ['--json']]) {
      const run = await mediagen([...json, 'status', `--apikey=${SECRET_KEY}`, 'mgh1.x']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain("unknown option '--apikey=…'");
      expectNoKey(run.stdout, run.stderr);
    }
  }, 90_000);
});

describe('mediagen cost', () => {
  it('prices a HappyHorse task from its per-second formulas, sending nothing', async () => {
    const jobs = happyhorse.jobs().length;
    const input = { prompt: 'A fox in the snow', duration: 5 };
    const flags = Object.entries(input).flatMap(([name, value]) => [`--${name}`, `${value}`]);
    const cost = ['--json', 'cost', 'happyhorse', 'createTask', ...flags];
    const run = await mediagen([...cost, ...against(happyhorse)]);
    expect(run.code, run.stderr).toBe(0);
    const credits = happyhorseCost(input).credits;
    expect(credits).toEqual(expect.any(Number));
    expect(JSON.parse(run.stdout).estimate).toMatchObject({ unit: 'credits', amount: credits });
    expect(happyhorse.jobs().length).toBe(jobs);
  }, 90_000);
});

describe('a handle outlives its process', () => {
  it('generate --no-wait prints a handle; status and wait --download resume the job from it in new processes, never overwriting a file', async () => {
    const submitted = await mediagen([
      'generate',
      'happyhorse',
      'createTask',
      '--prompt',
      'A fox',
      '--no-wait',
      '--yes',
      ...against(happyhorse),
    ]);
    expect(submitted.code, submitted.stderr).toBe(0);
    const token = submitted.stdout.trim();
    expect(token).toMatch(/^mgh1\.[\w-]+$/);
    expect(Buffer.from(token.slice(5), 'base64url').toString()).not.toContain(SECRET_KEY);

    const status = await mediagen(['--json', 'status', token, ...against(happyhorse)]);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'running', token });

    const waited = await mediagen(['wait', token, '--download', dir, ...against(happyhorse)]);
    expect(waited.code, waited.stderr).toBe(0);
    const file = waited.stdout.trim();
    expect(file).toBe(join(dir, `${JSON.parse(status.stdout).id}-1.mp4`));
    const bytes = await readFile(file);
    expect(bytes.subarray(4, 8).toString()).toBe('ftyp'); // the mock's real MP4
    expect(waited.stderr).toMatch(/saved n92\w+-1\.mp4 \(\d+ bytes\)/);

    // The same outputs again: the file is there, and is never overwritten without --force.
    const again = await mediagen(['wait', token, '--download', dir, ...against(happyhorse)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} exists; it was not overwritten. Pass --force`);
    expect(await readFile(file)).toEqual(bytes);
    expect((await readdir(dir)).sort()).toEqual([basename(file)]);
    expectNoKey(
      submitted.stderr,
      status.stdout,
      status.stderr,
      waited.stdout,
      waited.stderr,
      again.stderr,
    );
  }, 90_000);
});

describe('mediagen login killatamata', () => {
  it("saves the device link's key in a 0600 config file without printing it, and later runs use it", async () => {
    const config = join(dir, 'config', 'mediagen.json');
    const env = { MEDIAGEN_CONFIG: config, KILLATAMATA_API_KEY: '' };
    const login = await mediagen(['login', 'killatamata', '--base-url', killatamata.url], { env });
    expect(login.code, login.stderr).toBe(0);
    expect(login.stderr).toMatch(/Approve the code \S+/);
    expect((await stat(config)).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(config, 'utf8')).apiKeys.killatamata as string;
    expect(saved.length).toBeGreaterThan(8);
    expect(login.stdout + login.stderr).not.toContain(saved);

    const balance = await mediagen(
      ['--json', 'balance', 'killatamata', '--base-url', killatamata.url],
      { env },
    );
    expect(balance.code, balance.stderr).toBe(0);
    expect(JSON.parse(balance.stdout)).toMatchObject({ provider: 'killatamata', unit: 'USD' });
    expect(balance.stdout + balance.stderr).not.toContain(saved);
  }, 90_000);
});
