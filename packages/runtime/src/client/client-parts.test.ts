import { describe, expect, it } from 'vitest';
import { createJobPoller } from '../jobs/job-poller.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { missingPart, neededParts } from './client-parts.js';
import { createProviderBase } from './create-provider-base.js';
import { createPathSerializer } from './serialize-path.js';

const reserved = {
  ...fixture,
  operations: {
    ...fixture.operations,
    byModel: {
      method: 'get',
      path: '/models/{slug}',
      auth: true,
      parameters: { slug: 'path' },
      reservedParameters: ['slug'],
    },
  },
} as const;
const bare = { ...fixture, operations: { getThing: fixture.operations.getThing } } as const;

describe('neededParts', () => {
  it.each([
    ['a spec with neither', bare, []],
    ['a job list', fixture, ['listPolling']],
    [
      'a job list and a reserved path parameter',
      reserved,
      ['listPolling', 'reservedPathParameters'],
    ],
  ] as const)('%s', (_name, metadata, parts) => {
    expect(neededParts(metadata)).toEqual(parts);
  });

  it('names the first part not passed', () => {
    expect(missingPart(reserved, { listPolling: createJobPoller })).toBe('reservedPathParameters');
    expect(
      missingPart(reserved, {
        listPolling: createJobPoller,
        reservedPathParameters: createPathSerializer,
      }),
    ).toBeUndefined();
  });
});

describe('createProviderBase without a part its spec needs', () => {
  it('refuses to build, naming the part and where it comes from', () => {
    expect(() => createProviderBase(fixture, { apiKey: 'sk_test_parts' })).toThrow(
      /Acme's spec needs the listPolling part: pass \{ listPolling \} from @mediagen\/runtime\/provider/,
    );
  });

  it('builds a client for a spec that needs none', () => {
    expect(createProviderBase(bare, { apiKey: 'sk_test_parts' }).metadata).toBe(bare);
  });
});
