/**
 * The helpers' mistakes are compile errors: any provider client is a journal client, other objects
 * are not, and a journaled request needs its key and operation.
 */
import { createKillaTamataClient } from '@mediagen/killatamata';
import {
  createGenerationProcessor,
  type JournalClient,
  resumePending,
  runJournaled,
} from '@mediagen/redis';
import { createVydraClient } from '@mediagen/vydra';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('@mediagen/redis types', () => {
  it('takes any provider client, and nothing else, as a journal client', () => {
    const kt = createKillaTamataClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9/api/v1' });
    expectTypeOf(kt).toExtend<JournalClient>();
    expectTypeOf(createVydraClient({ apiKey: 'k' })).toExtend<JournalClient>();
    expect(typeof createGenerationProcessor(kt)).toBe('function');
    // @ts-expect-error a plain object is no client
    expect(() => createGenerationProcessor({ submit() {} })).not.toThrow();
    // @ts-expect-error a journaled request needs its key
    void runJournaled(kt, { operationId: 'submitMediaJob' }).catch(() => {});
    // @ts-expect-error the wait options are the runtime's
    void resumePending(kt, { wait: { timeoutMs: '5s' } }).catch(() => {});
  });
});
