/**
 * Every answer the mock's state layer makes must match the spec: for each provider, each submit is
 * sent with its documented request example and walked to success, failure and cancellation, its
 * list operations read and an unknown id asked for, with `checkResponses` on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type MockServer, startMock } from '@mediagen/mock';
import type { ProviderMetadata } from '@mediagen/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { listProviders, root } from '../scripts/list-providers.ts';
import { documentedSubmits, readAt } from './helpers/documented-submits.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const providers = listProviders().filter((p) =>
  [
    resolve(root, 'packages', p, 'src/generated/openapi.json'),
    resolve(root, 'packages', p, 'src/generated/metadata.ts'),
  ].every((f) => {
    try {
      return readFileSync(f).length > 0;
    } catch {
      return false;
    }
  }),
);

const mocks: MockServer[] = [];
afterAll(() => Promise.all(mocks.map((m) => m.close())));

describe.each(providers)('the %s mock answers as its spec says', (provider) => {
  it('walks each documented submit to every documented end, lists and refuses unknown ids', async () => {
    const metadata = (
      (await import(resolve(root, 'packages', provider, 'src/generated/metadata.ts'))) as {
        metadata: ProviderMetadata;
      }
    ).metadata;
    const spec = JSON.parse(
      readFileSync(resolve(root, 'packages', provider, 'src/generated/openapi.json'), 'utf8'),
    );
    const mock = await startRepoMock(provider, { checkResponses: true });
    mocks.push(mock);
    const auth = { [metadata.auth.header]: `${metadata.auth.prefix}mock-key` };
    const call = async (method: string, path: string, body?: unknown, headers = {}) => {
      const res = await fetch(`${mock.url}${path}`, {
        method,
        headers: { ...auth, 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json().catch(() => undefined) };
    };
    const submits = documentedSubmits(spec, metadata);
    expect(submits.length).toBeGreaterThan(0);
    for (const submit of submits) {
      const status = metadata.operations[metadata.operations[submit.id]!.status!.operationId]!;
      const link = metadata.operations[submit.id]!.status!;
      const [name, source] = Object.entries(link.parameters)[0]!;
      for (const outcome of ['succeeded', 'failed', 'cancelled'] as const) {
        const created = await call('POST', submit.path, submit.body, {
          'x-mediagen-mock': `outcome=${outcome}`,
        });
        expect(created.status, `${submit.id} ${JSON.stringify(created.body)}`).toBeLessThan(300);
        const ids = [source.from === 'response.body' ? created.body : undefined].flatMap(
          (b) => source.from === 'response.body' && b && readAt(b, source.pointer),
        );
        for (const id of ids) {
          const path =
            status.parameters?.[name] === 'query'
              ? `${status.path}?${name}=${encodeURIComponent(id)}`
              : status.path.replace(`{${name}}`, encodeURIComponent(id));
          let state = '';
          for (let i = 0; i < 12; i++) {
            const read = await call('GET', path);
            expect(read.status).toBe(200);
            state = String(readAt(read.body, status.job!.state));
            if (!status.job!.states.running.includes(state)) break;
          }
          expect(state).not.toBe('');
        }
      }
    }
    for (const [id, op] of Object.entries(metadata.operations)) {
      if (op.jobList && !op.path.includes('{')) {
        const listed = await call('GET', op.path);
        expect(listed.status, id).toBe(200);
      }
      if (op.job && op.path.includes('{')) {
        const unknown = await call('GET', op.path.replace(/\{[^}]+\}/, 'nosuchjob0000'));
        expect(unknown.status, id).toBeGreaterThanOrEqual(400);
      }
    }
    expect(mock.drift).toEqual([]);
  });
});

it('starts from a spec and metadata passed in, without a provider package', async () => {
  const spec = JSON.parse(
    readFileSync(resolve(root, 'packages/happyhorse/src/generated/openapi.json'), 'utf8'),
  );
  const { metadata } = await import('@mediagen/happyhorse');
  const mock = await startMock({ spec, metadata });
  mocks.push(mock);
  expect(mock.provider).toBe('happyhorse');
  expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
