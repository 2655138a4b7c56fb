import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const contents = `import { createHappyHorseClient } from '@mediagen/happyhorse'; const c = createHappyHorseClient(); export const r = c.generateVideo({ prompt: 'x' });`;
async function size(stubs) {
  const plugin = { name: 'stub', setup(b) { b.onLoad({ filter: /packages\/runtime\/src\/.*\.ts$/ }, (args) => { const hit = stubs.find(([re]) => re.test(args.path)); return hit ? { contents: hit[1], loader: 'ts' } : undefined; }); } };
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['@mediagen/source'], external: ['node:*'], write: false, logLevel: 'silent', plugins: [plugin] });
  return gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
}
const base = await size([]);
const exps = {
  pushes: [[/create-push-handler\.ts$/, 'export const createPushHandler = () => {}']],
  waitEachAll: [[/wait-each\.ts$/, 'export const waitEach = () => {}'], [/wait-all\.ts$/, 'export const waitAll = () => {}']],
  serializePath: [[/serialize-path\.ts$/, 'export const createPathSerializer = () => undefined']],
  compileSchema: [[/compile-schema\.ts$/, 'export const compileSchema = () => () => []; export const compileInputSchema = () => () => []']],
  jobPoller: [[/job-poller\.ts$/, 'export const createJobPoller = () => ({})']],
  redirect: [[/redirect-policy\.ts$/, 'export const decideRedirect = () => ({})']],
  pacer: [[/rate-limiter\.ts$/, 'export const createRateLimiter = () => ({})'],[/pacer\.ts$/, 'export const createPacer = () => ({}); export class PacerTimeout {}']],
};
console.log('base', base);
for (const [k, v] of Object.entries(exps)) console.log(k, base - (await size(v)));
