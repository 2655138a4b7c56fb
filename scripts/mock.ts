/**
 * `npm run mock [-- provider ...] [-- --port 4010]`: serves the Prism mock of each named spec (all
 * of them by default) on consecutive loopback ports and prints their URLs until Ctrl-C.
 */
import { listProviders, type MockServer, startMockServer } from './mock-server.ts';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const basePort = portFlag >= 0 ? Number(args[portFlag + 1]) : 4010;
const named = args.filter((a, i) => !a.startsWith('--') && (portFlag < 0 || i !== portFlag + 1));
const known = listProviders();
const unknown = named.filter((p) => !known.includes(p));
if (unknown.length > 0 || !Number.isInteger(basePort)) {
  console.error(
    unknown.length > 0
      ? `Unknown provider ${unknown.join(', ')}. Known: ${known.join(', ')}.`
      : 'Usage: npm run mock -- [provider ...] [--port 4010]',
  );
  process.exit(2);
}

const providers = named.length > 0 ? named : known;
const servers: MockServer[] = [];
for (const [i, provider] of providers.entries()) {
  servers.push(await startMockServer(provider, { port: basePort + i }));
}
for (const server of servers) {
  console.log(
    `${server.provider.padEnd(12)} ${server.url}   (baseUrl for the client; any API key works)`,
  );
}
console.log(
  '\nStatus routes walk each job through its spec examples until it succeeds; send a Prefer header (code=…, example=…) to pick a response yourself. Ctrl-C stops.',
);

const stop = async () => {
  await Promise.all(servers.map((s) => s.close()));
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
