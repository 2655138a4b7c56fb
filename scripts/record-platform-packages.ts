/**
 * `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even one for another
 * platform that would never be installed here. The registry these machines reach serves only the
 * linux-gnu builds of turbo's and Biome's native binaries, so `npm install` cannot record the others
 * and `npm ci` would then fail. This adds each missing platform build as an optional, os/cpu-gated
 * entry (npm skips those on other platforms without fetching them). `npm install` keeps them; run
 * this again only after regenerating package-lock.json from scratch.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as {
  packages: Record<string, Record<string, unknown>>;
};

const OS: Record<string, string> = {
  android: 'android',
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
};
const CPU: Record<string, string> = { arm64: 'arm64', x64: 'x64', '64': 'x64' };

let added = 0;
for (const [path, node] of Object.entries(lock.packages)) {
  const optional = node.optionalDependencies as Record<string, string> | undefined;
  if (!optional || !/node_modules\/(turbo|@biomejs\/biome)$/.test(path)) continue;
  for (const [name, version] of Object.entries(optional)) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const [, os, cpu, musl] =
      /[-/](android|darwin|linux|win32|windows)-(arm64|x64|64)(-musl)?$/.exec(name) ?? [];
    if (!os || !cpu) throw new Error(`cannot tell the platform of ${name}`);
    lock.packages[key] = {
      version,
      cpu: [CPU[cpu]],
      dev: true,
      license: (node.license as string | undefined) ?? 'MIT',
      optional: true,
      os: [OS[os]],
      ...(musl ? { libc: ['musl'] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} platform package(s)`);
