/**
 * `mediagen generate` in a real terminal: tmux runs the bin in a pane (a pty, so stdin and stderr are
 * TTYs), and the pane is read while the job runs. The live line (spinner, state, percent, elapsed,
 * polls, next poll) must be drawn in place, and the pane must end on the result. tmux comes from
 * Debian's packages (.ci/run installs it where it is missing). A
 * paid run without --yes asks there, and sends nothing until the answer.
 */
import { execFile } from 'node:child_process';
import { setTimeout } from 'node:timers/promises';
import { promisify } from 'node:util';
import { type MockServer, startMock } from '@mediagen/mock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nodeArgs, SECRET_KEY } from './cli-support.ts';

const run = promisify(execFile);
const socket = `mediagen-cli-test-${process.pid}`;
const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args], { timeout: 10_000 });
let mock: MockServer;

beforeAll(async () => {
  mock = await startMock('happyhorse', { scenario: { steps: 6 } });
});
afterAll(async () => {
  await tmux('kill-server').catch(() => {});
  await mock?.close();
});

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Starts `mediagen <args>` against the mock in a new 150×20 pane; the pane prints EXIT=<code> after it. */
async function startInPane(pane: string, args: readonly string[]) {
  const command = [
    process.execPath,
    ...nodeArgs(),
    ...args,
    '--base-url',
    mock.url,
    '--api-key',
    SECRET_KEY,
  ];
  const shell = `${command.map(quote).join(' ')}; echo EXIT=$?; sleep 60`;
  await tmux('new-session', '-d', '-x', '150', '-y', '20', '-s', pane, shell);
}

/** Reads the pane every 50 ms (at most 30 s) until `until` holds; returns every screen read. */
async function readPane(pane: string, until: (screen: string) => boolean): Promise<string[]> {
  const screens: string[] = [];
  for (const end = Date.now() + 30_000; Date.now() < end; await setTimeout(50)) {
    const { stdout } = await tmux('capture-pane', '-p', '-t', pane);
    screens.push(stdout);
    if (until(stdout)) return screens;
  }
  throw new Error(`the pane never showed what was expected:\n${screens.at(-1)}`);
}

it('draws a live progress line in a terminal, then the result', async () => {
  await startInPane('cli', [
    'generate',
    'happyhorse',
    'createTask',
    '--prompt',
    'A fox in a real terminal',
    '--yes',
    '--poll-ms',
    '250',
  ]);
  const screens = await readPane('cli', (s) => s.includes('EXIT='));
  const last = screens.at(-1)!;
  expect(last).toContain('EXIT=0');
  const live = screens.filter((s) =>
    /HappyHorse createTask\s+n92\w+\s+IN_PROGRESS\s+.*\d+s\s+\d+ polls?/.test(s),
  );
  expect(live.length, screens.join('\n----\n')).toBeGreaterThan(0);
  expect(live.some((s) => /next poll in \d+s/.test(s))).toBe(true);
  // Drawn in place: the pane never holds two progress lines, and the last screen none.
  expect(screens.every((s) => (s.match(/IN_PROGRESS/g) ?? []).length <= 1)).toBe(true);
  expect(last).not.toContain('IN_PROGRESS');
  expect(last).toMatch(/✔ happyhorse n92\w+ SUCCESS/);
  expect(last).toMatch(/https?:\/\/\S+\.mp4/);
  for (const screen of screens) expect(screen).not.toContain(SECRET_KEY);
}, 60_000);

it('asks before a paid submit in a terminal, and submits once on yes', async () => {
  const before = mock.ledger.length;
  await startInPane('ask', [
    'generate',
    'happyhorse',
    'createTask',
    '--prompt',
    'A fox, confirmed',
    '--no-wait',
  ]);
  await readPane('ask', (s) => /Submit HappyHorse createTask for \d+ credits/.test(s));
  expect(mock.ledger.length).toBe(before); // nothing is sent while it asks
  await tmux('send-keys', '-t', 'ask', 'y', 'Enter');
  const last = (await readPane('ask', (s) => /EXIT=\d+/.test(s))).at(-1)!;
  expect(last).toContain('EXIT=0');
  expect(last).toMatch(/mgh1\.[\w-]+/);
  expect(mock.ledger.length).toBe(before + 1);
}, 60_000);
