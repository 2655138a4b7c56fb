import { describe, expect, it } from 'vitest';
import type { Change } from './change.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { ProviderReport, Report } from './run-spec-diff.ts';

const change = (pointer: string, over: Partial<Change> = {}): Change => ({
  source: 'spec',
  pointer,
  class: 'breaking',
  reason: 'response field removed',
  old: 'string',
  ...over,
});

function provider(changes: Change[], over: Partial<ProviderReport> = {}): ProviderReport {
  const breaking = changes.filter((c) => c.class === 'breaking').length;
  return {
    provider: 'demo',
    package: '@mediagen/demo',
    spec: 'specs/demo/openapi.yaml',
    status: changes.length ? 'changed' : 'unchanged',
    counts: { breaking, review: changes.length - breaking, 'non-breaking': 0 },
    bump: 'none',
    blocking: breaking > 0,
    changes,
    disagreements: [],
    ...over,
  };
}

const report = (providers: ProviderReport[]): Report => ({
  base: { kind: 'commit', commit: 'abc', ref: 'HEAD~1', why: 'no changesets release yet' },
  providers,
  ok: providers.every((p) => !p.blocking),
});

describe('renderMarkdown', () => {
  it('says what a blocking provider needs, with the changeset to write', () => {
    const text = renderMarkdown(
      report([
        provider([
          change('/paths/~1a/get/responses/200/content/application~1json/schema/properties/x'),
        ]),
      ]),
    );
    expect(text).toContain('Base: `HEAD~1` (no changesets release yet), against the working tree.');
    expect(text).toContain(
      '| demo | 1 | 0 | 0 | ✗ breaking: needs a `major` changeset for `@mediagen/demo` |',
    );
    expect(text).toContain(
      '| breaking | response field removed | `openapi.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/properties/x` | `string` | — |',
    );
    expect(text).toContain('"@mediagen/demo": major');
  });

  it('lists a shared schema change once, with how many more places have it', () => {
    const tail = '/responses/400/content/application~1json/schema/required';
    const text = renderMarkdown(
      report([provider([change(`/paths/~1a/get${tail}`), change(`/paths/~1b/get${tail}`)])]),
    );
    expect(text).toContain('and 1 more like it');
    expect(text.match(/^\| breaking \|/gm)).toHaveLength(1);
  });

  it('passes a declared major and an unchanged provider, and escapes table cells', () => {
    const declared = provider([change('/x', { old: 'a|b', new: 'x'.repeat(80) })], {
      bump: 'major',
      blocking: false,
    });
    const text = renderMarkdown(report([declared, provider([], { provider: 'other' })]));
    expect(text).toContain('✓ breaking, declared `major`');
    expect(text).toContain('| other | 0 | 0 | 0 | unchanged |');
    expect(text).toContain('`a\\|b`');
    expect(text).toContain(`\`${'x'.repeat(59)}…\``);
    expect(text).not.toContain('To land these breaking changes');
  });

  it('explains a missing base', () => {
    expect(
      renderMarkdown({ base: { kind: 'unavailable', why: 'shallow' }, providers: [], ok: true }),
    ).toContain('No base to compare against: shallow.');
  });
});
