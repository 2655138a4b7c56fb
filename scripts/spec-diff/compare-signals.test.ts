import { describe, expect, it } from 'vitest';
import type { Change } from './change.ts';
import { compareSignals } from './compare-signals.ts';

const change = (over: Partial<Change>): Change => ({
  source: 'spec',
  pointer: '/paths/~1x/post/requestBody',
  class: 'breaking',
  reason: 'r',
  operation: 'op',
  side: 'request',
  ...over,
});
const verdict = (requestCompatible: boolean, responseCompatible: boolean) => ({
  operation: 'op',
  requestCompatible,
  responseCompatible,
});

describe('compareSignals', () => {
  it.each<[string, Change[], boolean, boolean, string[]]>([
    ['both agree nothing broke', [], true, true, []],
    ['both agree the request broke', [change({})], false, true, []],
    [
      'a limit the types cannot see',
      [change({})],
      true,
      true,
      ['request structural breaking, types compatible'],
    ],
    [
      'a type change the diff missed',
      [],
      true,
      false,
      ['response structural compatible, types breaking'],
    ],
    [
      'an error body is not what the checker compares',
      [change({ side: 'response', pointer: '/paths/~1x/post/responses/400/content' })],
      true,
      true,
      [],
    ],
    [
      'a success body is',
      [change({ side: 'response', pointer: '/paths/~1x/post/responses/200/content' })],
      true,
      true,
      ['response structural breaking, types compatible'],
    ],
  ])('%s', (_name, changes, req, res, expected) => {
    const found = compareSignals(changes, [verdict(req, res)]);
    expect(found.map((d) => `${d.side} structural ${d.structural}, types ${d.typescript}`)).toEqual(
      expected,
    );
  });

  it('names the review entry behind a type break', () => {
    const review = change({
      class: 'review',
      side: 'response',
      reason: 'response enum value added',
    });
    expect(compareSignals([review], [verdict(true, false)])[0]?.note).toBe(
      'classed review, not breaking: response enum value added',
    );
  });
});

describe('compareSignals notes', () => {
  it('names the run-time rules behind a structural break the types cannot see', () => {
    const rules = [
      change({ reason: 'request pattern narrowed: "a" no longer matches' }),
      change({ reason: 'request maxLength narrowed' }),
      change({ reason: 'request maxLength narrowed' }),
    ];
    expect(compareSignals(rules, [verdict(true, true)])[0]?.note).toBe(
      'checked at run time, not in the types: request pattern narrowed: "a" no longer matches; request maxLength narrowed',
    );
  });
});
