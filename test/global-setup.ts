import type { TestProject } from 'vitest/node';
import { listProviders } from '../scripts/list-providers.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Mock base URL per provider, from one @mediagen/mock server per spec on a free loopback port. */
    mocks: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  // MEDIAGEN_MOCKS=happyhorse,vydra narrows the mocks started, for a quick run of one provider's tests.
  const only = process.env.MEDIAGEN_MOCKS?.split(',').filter(Boolean);
  const providers = listProviders().filter((p) => !only || only.includes(p));
  const started = await Promise.allSettled(providers.map((p) => startRepoMock(p)));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = () => Promise.all(servers.map((s) => s.close()));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  project.provide('mocks', Object.fromEntries(servers.map((s) => [s.provider, s.url])));
  return close;
}
