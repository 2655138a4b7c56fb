import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { createModelCheck } from './model-check.js';

function check(catalog: string[]) {
  const reads: number[] = [];
  const run = createModelCheck({
    metadata: { id: 'acme', name: 'Acme' },
    list: async () => {
      reads.push(reads.length);
      return catalog;
    },
    ttlMs: 60_000,
    catalog: 'GET /models',
  });
  return { run, reads };
}

describe('createModelCheck', () => {
  it('refuses an unknown model with the nearest listed name, reading the catalog once', async () => {
    const { run, reads } = check(['veo3', 'grok-imagine']);
    await expect(run('veo3', 'createVideo')).resolves.toBeUndefined();
    const error = await run('veo33', 'createVideo').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("did you mean 'veo3'?");
    expect((error as ValidationError).issues).toEqual([
      {
        path: '/model',
        message: "is not in the Acme model catalog (got 'veo33'); did you mean 'veo3'?",
      },
    ]);
    expect(reads).toHaveLength(1);
  });

  it('names the catalog when nothing is close', async () => {
    const { run } = check(['veo3']);
    await expect(run('flux-3', 'createImage', 'slug')).rejects.toThrow(/slug .*see GET \/models/);
  });

  it('refuses nothing when the catalog lists no names', async () => {
    const { run } = check([]);
    await expect(run('anything', 'createVideo')).resolves.toBeUndefined();
  });
});
