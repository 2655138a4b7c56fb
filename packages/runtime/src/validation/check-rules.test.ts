import { describe, expect, it } from 'vitest';
import { checkRules, type InputRule } from './check-rules.js';

const fourMp: InputRule = { rule: 'product', fields: ['/width', '/height'], maximum: 4_194_304 };
const frames: InputRule = { rule: 'step', field: '/durationFrames', step: 8, offset: 1 };
const tags: InputRule = {
  rule: 'tags',
  field: '/voice',
  separator: ',',
  vocabulary: ['female', 'young adult', 'high pitch'],
};
const audio: InputRule = {
  rule: 'requires',
  when: ['/referenceAudioUrl', '/referenceAudio'],
  requires: ['/startFrameImageUrl', '/overlapFrameImageUrls'],
};
const stated: InputRule = {
  rule: 'sum',
  fields: ['/shots/*/duration'],
  minimum: 3,
  maximum: 15,
  equals: '/duration',
};
const total: InputRule = {
  rule: 'sum',
  fields: ['/shots/*/duration', '/intro'],
  minimum: 3,
  maximum: 15,
};

describe('checkRules', () => {
  it.each<[string, InputRule, unknown, string[]]>([
    ['4 MP exactly', fourMp, { width: 2048, height: 2048 }, []],
    ['over 4 MP', fourMp, { width: 2048, height: 2080 }, ['/width']],
    ['one side missing', fourMp, { width: 4096 }, []],
    ['a non-number side', fourMp, { width: 4096, height: '4096' }, []],
    ['249 frames', frames, { durationFrames: 249 }, []],
    ['257 frames', frames, { durationFrames: 257 }, []],
    ['250 frames', frames, { durationFrames: 250 }, ['/durationFrames']],
    ['no frames', frames, { durationSeconds: 6 }, []],
    ['known tags', tags, { voice: 'female, Young Adult,high pitch' }, []],
    ['a trailing comma', tags, { voice: 'female,' }, []],
    ['an unknown tag', tags, { voice: 'female, robot' }, ['/voice']],
    ['audio with a start frame', audio, { referenceAudioUrl: 'a', startFrameImageUrl: 's' }, []],
    ['audio with overlap frames', audio, { referenceAudio: {}, overlapFrameImageUrls: [] }, []],
    ['audio alone', audio, { referenceAudio: { dataBase64: 'x' } }, ['/referenceAudio']],
    ['no audio', audio, { prompt: 'p' }, []],
    ['sum within', total, { shots: [{ duration: 5 }, { duration: 5 }], intro: 5 }, []],
    ['sum over', total, { shots: [{ duration: 10 }, { duration: 5 }], intro: 1 }, ['/shots']],
    ['sum under', total, { shots: [{ duration: 1 }], intro: 1 }, ['/shots']],
    [
      'a stated total that matches',
      stated,
      { shots: [{ duration: 3 }, { duration: 4 }], duration: 7 },
      [],
    ],
    [
      'a stated total that does not',
      stated,
      { shots: [{ duration: 3 }], duration: 7 },
      ['/duration'],
    ],
    ['no stated total', stated, { shots: [{ duration: 3 }] }, []],
  ])('%s', (_name, rule, value, paths) => {
    expect(checkRules([rule], value).map((i) => i.path)).toEqual(paths);
  });

  it('says how to fix each problem, at the given path', () => {
    expect(checkRules([frames, tags], { durationFrames: 250, voice: 'robot' }, '/input')).toEqual([
      {
        path: '/input/durationFrames',
        message: 'must be 8n + 1 (got 250); the nearest allowed values are 249 and 257',
      },
      {
        path: '/input/voice',
        message: 'has unknown tags "robot"; use only: female, young adult, high pitch',
      },
    ]);
    expect(checkRules([fourMp], { width: 4096, height: 4096 })[0]!.message).toBe(
      'width × height must be at most 4194304 (got 16777216); change one of them',
    );
    expect(checkRules([audio], { referenceAudioUrl: 'a' })[0]!.message).toBe(
      'needs one of startFrameImageUrl, overlapFrameImageUrls as well',
    );
  });

  it('ignores values that are not objects', () => {
    expect(checkRules([fourMp], 'text')).toEqual([]);
    expect(checkRules([fourMp], null)).toEqual([]);
  });
});
