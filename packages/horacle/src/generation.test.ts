import { InvalidResponseError, type JobHandle, type JobResult } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { withResultUrl } from './generation.js';

const handle: JobHandle = {
  provider: 'horacle',
  id: 'gen-123',
  operationId: 'generateImage',
  statusOperationId: 'getGeneration',
  params: { generation_id: 'gen-123' },
  createdAt: '2026-01-01T00:00:00.000Z',
};

const completed = (outputs: string[]): JobResult<unknown> =>
  ({ handle, outputs, body: { status: 'completed' }, state: 'completed' }) as never;

describe('withResultUrl', () => {
  it('lifts the first output out as url', () => {
    expect(withResultUrl(completed(['https://cdn.example/a.png'])).url).toBe(
      'https://cdn.example/a.png',
    );
  });

  it('refuses a completed job without result_url, keeping its handle: it was paid for', () => {
    const error = (() => {
      try {
        return withResultUrl(completed([]));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as { handle?: JobHandle }).handle).toBe(handle);
    expect((error as InvalidResponseError).body).toEqual({ status: 'completed' });
  });
});
