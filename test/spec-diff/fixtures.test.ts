import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeClass } from '../../scripts/spec-diff/change.ts';
import { diffProvider, type ProviderDiff } from '../../scripts/spec-diff/diff-provider.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', `${name}.yaml`);
const body = '/paths/~1v1~1generate/post/requestBody/content/application~1json/schema';
const created = '/paths/~1v1~1generate/post/responses/200/content/application~1json/schema';
const read = '/paths/~1v2~1jobs~1{jobId}/get/responses/200/content/application~1json/schema';
const readV1 = '/paths/~1v1~1jobs~1{jobId}/get/responses/200/content/application~1json/schema';

/** [issue case, source, pointer, reason] — every case the issue lists for the fixture's class. */
type Expected = [string, 'spec' | 'metadata', string, string];

const CASES: Record<ChangeClass, Expected[]> = {
  breaking: [
    ['an operation removed', 'spec', '/paths/~1v1~1models/get', 'operation removed'],
    [
      'a new required request field',
      'spec',
      `${body}/properties/style`,
      'new required request field',
    ],
    [
      'a request no longer taking null',
      'spec',
      `${body}/properties/seed/type`,
      'request no longer accepts null',
    ],
    [
      'a request enum narrowed',
      'spec',
      `${body}/properties/mode/enum`,
      'request enum value removed',
    ],
    [
      'a request limit narrowed',
      'spec',
      `${body}/properties/prompt/maxLength`,
      'request maxLength narrowed',
    ],
    ['a response field removed', 'spec', `${read}/properties/createdAt`, 'response field removed'],
    [
      'a response field made optional',
      'spec',
      `${created}/required`,
      'response field made optional',
    ],
    [
      'a response type changed',
      'spec',
      `${read}/properties/progress/type`,
      'response type changed',
    ],
    ['an auth scheme removed', 'spec', '/components/securitySchemes/apiKey', 'auth scheme removed'],
    [
      'a path or method changed',
      'spec',
      '/paths/~1v1~1jobs~1{jobId}/get',
      'path or method changed',
    ],
  ],
  'non-breaking': [
    ['an operation added', 'spec', '/paths/~1v1~1balance/get', 'operation added'],
    [
      'an optional field added',
      'spec',
      `${body}/properties/negativePrompt`,
      'optional request field added',
    ],
    [
      'a request limit loosened',
      'spec',
      `${body}/properties/seconds/maximum`,
      'request maximum loosened',
    ],
    ['a response field added', 'spec', `${readV1}/properties/thumbnail`, 'response field added'],
    ['docs', 'spec', `${body}/properties/prompt/description`, 'docs or examples'],
    [
      'examples',
      'spec',
      '/paths/~1v1~1generate/post/responses/200/content/application~1json/examples',
      'docs or examples',
    ],
  ],
  review: [
    [
      'a poll schedule changed',
      'metadata',
      '/operations/getJob/job/schedule/intervalMs',
      'poll schedule or timeout changed',
    ],
    [
      'a timeout changed',
      'metadata',
      '/operations/getJob/job/schedule/timeoutMs',
      'poll schedule or timeout changed',
    ],
    [
      'a terminal state added',
      'metadata',
      '/operations/getJob/job/states/failed',
      'terminal states added or removed',
    ],
    [
      'a job id pointer moved',
      'metadata',
      '/operations/createJob/status/parameters/jobId/pointer',
      'job id pointer moved',
    ],
    [
      'an output pointer moved',
      'metadata',
      '/operations/getJob/job/outputs',
      'output pointer moved',
    ],
    [
      'the idempotency policy changed',
      'metadata',
      '/operations/createJob/idempotencyHeader',
      'idempotency policy changed',
    ],
    ['the retry policy changed', 'metadata', '/retry/maxRetries', 'retry policy changed'],
    ['a price changed', 'metadata', '/operations/createJob/prices/credits/best', 'prices changed'],
    [
      'a response enum value added',
      'spec',
      `${readV1}/properties/status/enum`,
      'response enum value added: breaks exhaustive switches',
    ],
    [
      'a request default changed',
      'spec',
      `${body}/properties/mode/default`,
      'request default changed: the server fills in another value',
    ],
  ],
};

describe.each(Object.keys(CASES) as ChangeClass[])('the %s fixture pair', (kind) => {
  let scratch: string;
  let diff: ProviderDiff;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'spec-diff-fixture-'));
    diff = await diffProvider('demo.yaml', fixture('base'), fixture(kind), scratch);
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it.each(CASES[kind])(`reports %s as ${kind}`, (_case, source, pointer, reason) => {
    expect(diff.changes).toContainEqual(
      expect.objectContaining({ source, pointer, reason, class: kind }),
    );
  });

  it(`holds only ${kind} changes`, () => {
    expect(diff.status).toBe('changed');
    expect(diff.changes.filter((c) => c.class !== kind)).toEqual([]);
  });
});

describe('the type checker on the fixture pairs', () => {
  it('agrees on the breaking pair and calls the added response enum value a type break', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'spec-diff-fixture-'));
    try {
      const breaking = await diffProvider(
        'demo.yaml',
        fixture('base'),
        fixture('breaking'),
        scratch,
      );
      expect(breaking.disagreements).toEqual([]);
      const review = await diffProvider('demo.yaml', fixture('base'), fixture('review'), scratch);
      expect(review.disagreements).toEqual([
        expect.objectContaining({
          operation: 'createJob',
          side: 'response',
          structural: 'compatible',
          typescript: 'breaking',
        }),
        expect.objectContaining({
          operation: 'getJob',
          side: 'response',
          structural: 'compatible',
          typescript: 'breaking',
        }),
      ]);
      expect(review.disagreements[0]?.note).toMatch(/response enum value added/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('finds nothing between a spec and itself', async () => {
    const diff = await diffProvider('demo.yaml', fixture('base'), fixture('base'), tmpdir());
    expect(diff).toEqual({ status: 'unchanged', changes: [], disagreements: [] });
  });
});
