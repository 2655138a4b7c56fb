/**
 * `mediagen-mock [provider…] [--port N]`: serves each named provider's mock (every installed
 * `@mediagen/*` provider by default) on consecutive ports from N (default 4010), prints the base
 * URLs, and runs until Ctrl-C, SIGTERM or the parent's death. Returns an exit code on a usage error.
 */
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type MockServer, startMock } from './start-mock.js';
import { stopOnExit } from './stop-on-exit.js';

const USAGE = 'Usage: mediagen-mock [provider ...] [--port 4010]';

/** Installed `@mediagen/*` packages that export an `openapi.json`. */
async function installedProviders(): Promise<string[]> {
  const found = new Set<string>();
  let dir = process.cwd();
  for (;;) {
    const names = await readdir(join(dir, 'node_modules', '@mediagen')).catch(() => []);
    for (const name of names) {
      try {
        createRequire(pathToFileURL(join(dir, 'noop.js')).href).resolve(
          `@mediagen/${name}/openapi.json`,
        );
        found.add(name);
      } catch {}
    }
    if (found.size > 0 || dirname(dir) === dir) return [...found].sort();
    dir = dirname(dir);
  }
}

export async function runCli(
  args: readonly string[],
  {
    log = console.log,
    error = console.error,
    providers: known,
  }: {
    log?: (line: string) => void;
    error?: (line: string) => void;
    providers?: readonly string[];
  } = {},
): Promise<number> {
  const portAt = args.indexOf('--port');
  const basePort = portAt >= 0 ? Number(args[portAt + 1]) : 4010;
  const named = args.filter((a, i) => !a.startsWith('--') && (portAt < 0 || i !== portAt + 1));
  const flags = args.filter((a) => a.startsWith('--') && a !== '--port');
  if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65535 || flags.length > 0) {
    error(flags.length > 0 ? `Unknown option ${flags.join(', ')}. ${USAGE}` : USAGE);
    return 2;
  }
  const providers = named.length > 0 ? named : (known ?? (await installedProviders()));
  if (providers.length === 0) {
    error(
      `No @mediagen provider package is installed here. Install one (npm install -D @mediagen/kubeez) or name it. ${USAGE}`,
    );
    return 2;
  }
  const servers: MockServer[] = [];
  const closeAll = () => Promise.all(servers.map((s) => s.close()));
  // Before any URL is printed: until a handler is installed, a signal kills the process outright.
  const release = stopOnExit(closeAll);
  try {
    for (const [i, provider] of providers.entries()) {
      servers.push(await startMock(provider, { port: basePort === 0 ? 0 : basePort + i }));
    }
  } catch (failure) {
    release();
    await closeAll();
    error(`mediagen-mock: ${(failure as Error).message}`);
    return 1;
  }
  for (const server of servers) {
    log(
      `${server.provider.padEnd(12)} ${server.url}   (baseUrl for the client; any API key works)`,
    );
  }
  log(
    '\nEach submit gets its own job, walked through the spec examples by its status calls. Send X-Mediagen-Mock: outcome=failed (and more, see the README) to script it. Ctrl-C stops.',
  );
  return 0;
}
