import { describe, expectTypeOf, it } from 'vitest';
import type { WaitOptions } from '../jobs/wait-options.js';
import type { fixture } from '../test-support/fixture-metadata.js';
import type { CancellableOptions } from './create-provider-client.js';

type Uncancellable = {
  operations: { getJob: Omit<(typeof fixture)['operations']['getJob'], 'cancel'> };
} & Omit<typeof fixture, 'operations'>;

describe('CancellableOptions', () => {
  it('offers cancelOnAbort only where the spec declares a cancel', () => {
    expectTypeOf<CancellableOptions<typeof fixture, WaitOptions>>().toHaveProperty('cancelOnAbort');
    expectTypeOf<CancellableOptions<Uncancellable, WaitOptions>>().not.toHaveProperty(
      'cancelOnAbort',
    );
    expectTypeOf<CancellableOptions<Uncancellable, WaitOptions>>().toHaveProperty('callback');
  });
});
