/**
 * A real `redis-server` (Debian's package) for the tests: on a free loopback port, with its data in
 * a temporary directory and an append-only file written on every command, so a restart keeps the
 * journal as a production Redis with persistence would. Ready when it answers PING.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why the Redis tests cannot run here, or undefined when they can. */
export function redisMissing(): string | undefined {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  return found.error
    ? 'redis-server is not installed (apt-get install -y redis-server): the Redis tests are skipped'
    : undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** One PING over a raw socket: true on `+PONG`. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM: the append-only file is complete), leaving its data for `start`. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
}

export async function startRedisServer(): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mediagen-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--daemonize',
    'no',
    '--loglevel',
    'warning',
  ];
  const start = async () => {
    const started = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child = started;
    let stderr = '';
    started.stderr?.on('data', (d) => {
      stderr += d;
    });
    const exited = once(started, 'exit').then(() => {
      throw new Error(`redis-server exited before it answered PING:\n${stderr}`);
    });
    exited.catch(() => {});
    // Bounded: 200 tries, each an answer or a refused connection (no sleep but the retry gap).
    for (let i = 0; i < 200; i++) {
      if (await Promise.race([ping(port), exited])) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    started.kill('SIGKILL');
    throw new Error(`redis-server on port ${port} did not answer PING:\n${stderr}`);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGTERM');
    await exited;
  };
  // A process that ends without close() (an uncaught error, a killed test run) takes its server
  // with it: redis-server would otherwise outlive it, holding its port and temporary directory.
  const orphaned = () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', orphaned);
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
      process.off('exit', orphaned);
    },
  };
}
