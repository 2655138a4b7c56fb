import { describe, expect, it } from 'vitest';
import { parseBatchLines } from './batch-lines.js';

describe('parseBatchLines', () => {
  it('numbers lines as in the file, fills provider and job from the flags, and names what is wrong', () => {
    const text = [
      '{"input":{"prompt":"a"}}',
      '',
      '{"provider":"vydra","job":"generateVeo3","input":{"prompt":"b"}}',
      'not json',
      '{"job":"x","input":[]}',
    ].join('\n');
    const lines = parseBatchLines(text, { provider: 'killatamata', job: 'image.generate' });
    expect(lines.map((l) => [l.line, l.provider, l.job, l.problem?.slice(0, 12)])).toEqual([
      [1, 'killatamata', 'image.generate', undefined],
      [3, 'vydra', 'generateVeo3', undefined],
      [4, undefined, undefined, 'not JSON: Un'],
      [5, 'killatamata', 'x', '"input" must'],
    ]);
    expect(lines[0]!.hash).not.toBe(lines[1]!.hash);
  });

  it('hashes what the line runs: the same text under another --provider or --job is another line', () => {
    const text = '{"input":{"text":"hi"}}';
    const hash = (defaults: { provider?: string; job?: string }) =>
      parseBatchLines(text, defaults)[0]!.hash;
    const speak = hash({ provider: 'killatamata', job: 'audio.speak' });
    expect(hash({ provider: 'killatamata', job: 'audio.speak' })).toBe(speak);
    expect(hash({ provider: 'killatamata', job: 'image.generate' })).not.toBe(speak);
    expect(hash({ provider: 'vydra', job: 'audio.speak' })).not.toBe(speak);
  });
});
