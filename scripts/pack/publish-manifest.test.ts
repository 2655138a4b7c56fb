import { describe, expect, it } from 'vitest';
import { manifestProblems, publishManifest } from './publish-manifest.ts';

const workspace = {
  name: '@mediagen/kubeez',
  version: '0.1.0',
  repository: { type: 'git', url: 'git+https://example.test/r.git', directory: 'packages/kubeez' },
  homepage: 'https://example.test/r/tree/main/packages/kubeez#readme',
  exports: {
    '.': {
      '@mediagen/source': './src/index.ts',
      types: './dist/index.d.ts',
      default: './dist/index.js',
    },
    './package.json': './package.json',
  },
  scripts: { build: 'tsx ../../scripts/build/build-package.ts' },
  dependencies: { '@mediagen/runtime': '^0.1.0' },
};

describe('publishManifest', () => {
  it('drops the source condition and the scripts, and keeps the rest', () => {
    expect(publishManifest(workspace)).toEqual({
      name: '@mediagen/kubeez',
      version: '0.1.0',
      repository: workspace.repository,
      homepage: workspace.homepage,
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './package.json': './package.json',
      },
      dependencies: { '@mediagen/runtime': '^0.1.0' },
    });
  });
});

describe('manifestProblems', () => {
  it.each([
    ['a correct manifest', workspace, 'packages/kubeez', []],
    [
      'a copy that kept its origin’s repository and homepage',
      workspace,
      'packages/horacle',
      [
        'repository.directory is packages/kubeez: set it to "packages/horacle".',
        `homepage is ${workspace.homepage}: point it at packages/horacle's README.`,
      ],
    ],
    [
      'an exact pin on a sibling package',
      { ...workspace, dependencies: { '@mediagen/runtime': '0.1.0', 'openapi-fetch': '0.17.0' } },
      'packages/kubeez',
      [
        'dependency @mediagen/runtime is pinned to 0.1.0: use a range ("^0.1.0") so one tarball installs alone.',
      ],
    ],
  ])('%s', (_, manifest, dir, problems) => {
    expect(manifestProblems(manifest, dir)).toEqual(problems);
  });
});
