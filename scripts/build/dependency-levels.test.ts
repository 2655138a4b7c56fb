import { describe, expect, it } from 'vitest';
import { type BuildUnit, dependencyLevels } from './dependency-levels.ts';

const unit = (name: string, ...dependencies: string[]): BuildUnit => ({ name, dependencies });

describe('dependencyLevels', () => {
  it.each<[string, BuildUnit[], string[][]]>([
    ['one package', [unit('runtime', 'openapi-fetch')], [['runtime']]],
    [
      'the workspace shape: runtime, then the providers, then what uses them',
      [
        unit('cli', 'horacle', 'mock', 'runtime', 'commander'),
        unit('horacle', 'runtime'),
        unit('mock', 'runtime'),
        unit('runtime'),
        unit('ai-sdk', 'horacle', 'runtime'),
      ],
      [['runtime'], ['horacle', 'mock'], ['ai-sdk', 'cli']],
    ],
    [
      'a dependency outside the packages built counts as built',
      [unit('kubeez', 'runtime'), unit('vydra', 'runtime')],
      [['kubeez', 'vydra']],
    ],
    ['nothing to build', [], []],
  ])('%s', (_, units, levels) => {
    expect(dependencyLevels(units)).toEqual(levels);
  });

  it('refuses a cycle, naming its packages', () => {
    expect(() => dependencyLevels([unit('a', 'b'), unit('b', 'a'), unit('c')])).toThrow(
      'These packages depend on each other in a cycle: a, b.',
    );
  });
});
