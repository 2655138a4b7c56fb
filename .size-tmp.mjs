import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const root = '/work/h-runtime';
const cases = {
  happyhorse: `import { createHappyHorseClient } from '@mediagen/happyhorse'; const c = createHappyHorseClient(); export const r = c.generateVideo({ prompt: 'x' });`,
  vydra: `import { createVydraClient } from '@mediagen/vydra'; export const r = createVydraClient().generate('x', {});`,
  kubeez: `import { createKubeezClient } from '@mediagen/kubeez'; export const r = createKubeezClient().generate({});`,
  horacle: `import { createHoracleClient } from '@mediagen/horacle'; export const r = createHoracleClient().generate({});`,
  killatamata: `import { createKillaTamataClient } from '@mediagen/killatamata'; export const r = createKillaTamataClient().generate({});`,
  fetch: `import createClient from 'openapi-fetch'; export const c = createClient({});`,
};
const only = process.argv[2];
for (const [name, contents] of Object.entries(cases)) {
  if (only && only !== name) continue;
  const r = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['@mediagen/source'], external: ['node:*'], write: false, logLevel: 'error', metafile: true });
  const code = r.outputFiles[0].contents;
  console.log(name, (code.length/1024).toFixed(1), 'min', (gzipSync(code, { level: 9 }).length / 1024).toFixed(2), 'gz');
  if (only) { const inputs = Object.values(r.metafile.outputs)[0].inputs; for (const [f, v] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 45)) console.log('  ', v.bytesInOutput, f.replace('packages/', '')); }
}
