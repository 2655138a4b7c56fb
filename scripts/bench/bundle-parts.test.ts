import { describe, expect, it } from 'vitest';
import { type Part, partOf, weightByPart } from './bundle-parts.ts';

describe('partOf', () => {
  it.each<[string, Part]>([
    ['node_modules/openapi-fetch/dist/index.mjs', 'openapi-fetch'],
    ['../node_modules/openapi-fetch/dist/index.mjs', 'openapi-fetch'],
    ['packages/runtime/src/transport/transport.ts', 'runtime: transport'],
    ['packages/runtime/src/validation/compile-schema.ts', 'runtime: validation'],
    ['packages/runtime/src/jobs/wait-for-job.ts', 'runtime: jobs'],
    ['packages/runtime/src/client/create-provider-base.ts', 'runtime: client'],
    ['packages/runtime/src/pushes/create-push-handler.ts', 'runtime: pushes'],
    ['packages/runtime/src/pricing/price-formula.ts', 'runtime: pricing'],
    ['packages/runtime/src/state/share-ends.ts', 'runtime: state'],
    ['packages/runtime/src/errors.ts', 'runtime: shared (errors, redaction, handles)'],
    ['packages/runtime/src/test-support/x/y.ts', 'other'],
    ['packages/runtime/src/unknown-folder/x.ts', 'other'],
    ['packages/happyhorse/src/generated/metadata.ts', 'generated metadata'],
    ['packages/happyhorse/src/generate-video.ts', 'provider helpers'],
    ['<stdin>', 'other'],
  ])('%s is %s', (input, part) => {
    expect(partOf(input)).toBe(part);
  });
});

describe('weightByPart', () => {
  it('adds the bytes of each part, drops empty parts and sorts the largest first', () => {
    expect(
      weightByPart({
        'packages/runtime/src/transport/a.ts': { bytesInOutput: 10 },
        'packages/runtime/src/transport/b.ts': { bytesInOutput: 5 },
        'node_modules/openapi-fetch/dist/index.mjs': { bytesInOutput: 20 },
        'packages/runtime/src/provider-metadata.ts': { bytesInOutput: 0 },
      }),
    ).toEqual([
      ['openapi-fetch', 20],
      ['runtime: transport', 15],
    ]);
  });
});
