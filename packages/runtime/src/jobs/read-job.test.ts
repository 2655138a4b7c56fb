import { describe, expect, it } from 'vitest';
import type { JobReader } from '../provider-metadata.js';
import { readJob } from './read-job.js';

// Horacle's status reader: the failure state is never named, and a refund comes only with a failure.
const reader: JobReader = {
  state: '/status',
  states: { running: ['processing'], succeeded: ['completed'], failed: ['failed'], cancelled: [] },
  outputs: ['/result_url'],
  error: { message: '/error' },
  failedWhen: ['/error', '/credits_refunded'],
};

describe('readJob with failedWhen', () => {
  it.each([
    ['processing', {}, 'running'],
    ['processing with error: null', { error: null }, 'running'],
    ['processing with an empty error', { error: '' }, 'running'],
    ['processing with 0 credits refunded', { credits_refunded: 0 }, 'running'],
    ['processing with an error message', { error: 'GPU fault' }, 'failed'],
    ['processing with credits refunded', { credits_refunded: 40 }, 'failed'],
    ['an unlisted state with an error message', { status: 'queued', error: 'x' }, 'failed'],
    ['completed, even with a stray error field', { status: 'completed', error: 'x' }, 'succeeded'],
  ])('%s is %s', (_name, extra, status) => {
    expect(readJob(reader, { status: 'processing', ...extra }).status).toBe(status);
  });

  it('keeps the state as the provider said it, and the message', () => {
    const job = readJob(reader, { status: 'processing', error: 'GPU fault' });
    expect(job).toMatchObject({ state: 'processing', status: 'failed', errorMessage: 'GPU fault' });
  });

  it('without failedWhen, a running state stays running whatever the body carries', () => {
    const { failedWhen: _none, ...plain } = reader;
    expect(readJob(plain, { status: 'processing', error: 'x' }).status).toBe('running');
  });
});
