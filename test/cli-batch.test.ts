/**
 * `mediagen batch` killed with SIGKILL part-way, then run again: every line ends settled, once, and
 * the Killa Tamata mock's ledger shows exactly one charge per line. The kill lands, causally, while
 * at least one submit is in flight (its key journaled, its answer not), so the resumed run must
 * re-send it with the same idempotency key and get the same job back, not a second charge.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { type MockServer, startMock } from '@mediagen/mock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mediagen, SECRET_KEY, startMediagen } from './cli-support.ts';
import { startSubmitGate } from './helpers/submit-gate.ts';

const LINES = 50;
let mock: MockServer;
let dir: string;

beforeAll(async () => {
  [mock, dir] = await Promise.all([
    startMock('killatamata'),
    mkdtemp(join(tmpdir(), 'mediagen-batch-')),
  ]);
});
afterAll(async () => {
  await mock?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Event {
  event: string;
  line: number;
}

async function journalEvents(path: string): Promise<Event[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as Event];
    } catch {
      return [];
    }
  });
}

function inFlight(events: Event[]): number[] {
  const answered = new Set(events.filter((e) => e.event !== 'submitting').map((e) => e.line));
  return events.filter((e) => e.event === 'submitting' && !answered.has(e.line)).map((e) => e.line);
}

/** A batch of Killa Tamata images (no estimate: unknown means paid) with its own journal. */
function imageBatch(jobs: string, journal: string): string[] {
  return [
    'batch',
    jobs,
    '--provider',
    'killatamata',
    '--job',
    'image.generate',
    '--journal',
    journal,
  ];
}

it('resumes a batch killed with SIGKILL: every line settled, one charge per line', async () => {
  const jobs = join(dir, 'jobs.jsonl');
  const journal = join(dir, 'jobs.journal');
  const out = join(dir, 'results.jsonl');
  await writeFile(
    jobs,
    Array.from({ length: LINES }, (_, i) =>
      JSON.stringify({ input: { prompt: `fox number ${i + 1}`, width: 512, height: 512 } }),
    ).join('\n'),
  );
  // The first run goes through a gate that can hold its submits; the second straight to the mock.
  const gate = await startSubmitGate(mock.url);
  const args = (baseUrl: string) => [
    ...imageBatch(jobs, journal),
    '--out',
    out,
    '--concurrency',
    '8',
    '--yes',
    '--base-url',
    baseUrl,
  ];
  // Slow answers (400 ms) keep the batch from finishing before a dozen submits are settled.
  mock.setScenario({ latencyMs: 400 });
  const first = startMediagen([...args(gate.url), '--poll-ms', '100'], {
    KILLATAMATA_API_KEY: SECRET_KEY,
  });
  let output = '';
  first.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  let events: Event[] = [];
  // Bounded: 45 s at most (a loaded machine starts the bin slowly), read every 5 ms.
  for (const until = Date.now() + 45_000; Date.now() < until; await setTimeout(5)) {
    events = await journalEvents(journal);
    if (events.filter((e) => e.event === 'submitted').length >= 12) break;
  }
  // From here on the gate holds every submit: one it holds was sent (its key journaled first) and
  // cannot be answered before the kill, however long the kill takes on a busy machine.
  gate.hold();
  await gate.firstHeld;
  first.kill('SIGKILL');
  await new Promise((exited) => first.once('close', exited));
  // The held submits reach the mock now, as a server that got them before the client died
  // processes them: the resumed run must get those jobs back with their keys, not pay again.
  await gate.release();
  await gate.close();
  events = await journalEvents(journal);
  expect(inFlight(events).length).toBeGreaterThan(0);
  const settledBefore = events.filter((e) => e.event === 'settled').length;
  expect(settledBefore).toBeLessThan(LINES);

  mock.setScenario({ latencyMs: undefined });
  const second = await mediagen([...args(mock.url), '--poll-ms', '10'], {
    env: { KILLATAMATA_API_KEY: SECRET_KEY },
    timeoutMs: 60_000,
  });
  expect(second.code, second.stderr).toBe(0);

  const results = (await readFile(out, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(results.map((r) => r.line).sort((a, b) => a - b)).toEqual(
    Array.from({ length: LINES }, (_, i) => i + 1),
  );
  expect(results.every((r) => r.status === 'succeeded' && r.outputs.length > 0)).toBe(true);

  expect(mock.ledger).toHaveLength(LINES);
  expect(new Set(mock.ledger.map((c) => c.idempotencyKey)).size).toBe(LINES);
  const charged = mock.ledger.flatMap((c) => c.jobIds).sort();
  const settledJobs = results
    .flatMap((r) => r.tokens as string[])
    .map((t) => JSON.parse(Buffer.from(t.slice(5), 'base64url').toString()).id)
    .sort();
  expect(settledJobs).toEqual(charged);

  const journalText = await readFile(journal, 'utf8');
  for (const text of [journalText, output, second.stdout, second.stderr])
    expect(text).not.toContain(SECRET_KEY);
}, 90_000);

it('ends with exit code 2 when one line is invalid and every other line succeeds', async () => {
  const jobs = join(dir, 'one-invalid.jsonl');
  const out = join(dir, 'one-invalid.results.jsonl');
  const line = (input: object) =>
    JSON.stringify({ provider: 'happyhorse', job: 'createTask', input });
  await writeFile(
    jobs,
    [
      line({ prompt: 'a fox at dawn', duration: 3 }),
      line({ prompt: 'a fox at dusk', mode: 'ultra' }),
      line({ prompt: 'a fox at noon', duration: 3 }),
    ].join('\n'),
  );
  const happyhorse = await startMock('happyhorse');
  try {
    const against = ['--base-url', happyhorse.url, '--api-key', SECRET_KEY, '--poll-ms', '10'];
    const run = await mediagen(['batch', jobs, '--out', out, '--yes', ...against]);
    expect(run.code, run.stderr).toBe(2);
    expect(happyhorse.jobs()).toHaveLength(2);
    for (const text of [run.stdout, run.stderr]) expect(text).not.toContain(SECRET_KEY);
  } finally {
    await happyhorse.close();
  }
  const results = (await readFile(out, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .sort((a, b) => a.line - b.line);
  expect(results.map((r) => [r.line, r.status])).toEqual([
    [1, 'succeeded'],
    [2, 'invalid'],
    [3, 'succeeded'],
  ]);
  expect(results[1].error.message).toContain('/mode must be one of "pro", "std" (got "ultra")');
}, 90_000);

it('asks again before re-sending a submit a killed run left unanswered: a resume is no way around the cost check', async () => {
  const jobs = join(dir, 'resent.jsonl');
  const journal = join(dir, 'resent.journal');
  await writeFile(jobs, JSON.stringify({ input: { prompt: 'a fox', width: 512, height: 512 } }));
  const gate = await startSubmitGate(mock.url);
  const args = (baseUrl: string, ...cost: string[]) => [
    ...imageBatch(jobs, journal),
    ...cost,
    '--base-url',
    baseUrl,
    '--poll-ms',
    '10',
  ];
  const charges = mock.ledger.length;
  try {
    gate.hold();
    const first = startMediagen(args(gate.url, '--yes'), { KILLATAMATA_API_KEY: SECRET_KEY });
    await gate.firstHeld; // the submit is sent, its key journaled, and it is never answered
    first.kill('SIGKILL');
    await new Promise((exited) => first.once('close', exited));
  } finally {
    await gate.close(); // the held submit is dropped: it never reached the provider
  }
  expect((await journalEvents(journal)).map((e) => e.event)).toEqual(['submitting']);

  // A script with no --yes: the line would be a new paid job (an image has no estimate).
  const unconfirmed = await mediagen(args(mock.url), { env: { KILLATAMATA_API_KEY: SECRET_KEY } });
  expect(unconfirmed.code, unconfirmed.stderr).toBe(8);
  const capped = await mediagen(args(mock.url, '--max-cost', '1'), {
    env: { KILLATAMATA_API_KEY: SECRET_KEY },
  });
  expect(capped.code, capped.stderr).toBe(8);
  expect(mock.ledger.length).toBe(charges);

  const confirmed = await mediagen(args(mock.url, '--yes'), {
    env: { KILLATAMATA_API_KEY: SECRET_KEY },
  });
  expect(confirmed.code, confirmed.stderr).toBe(0);
  expect(mock.ledger.length).toBe(charges + 1);
}, 90_000);
