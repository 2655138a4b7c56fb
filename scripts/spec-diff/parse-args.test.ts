import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args.ts';

describe('parseArgs', () => {
  it.each([
    [[], { providers: [], json: false, help: false }],
    [['kubeez', 'vydra'], { providers: ['kubeez', 'vydra'], json: false, help: false }],
    [['--base', 'main', '--json'], { providers: [], base: 'main', json: true, help: false }],
    [
      ['--base=v1.0.0', 'kubeez'],
      { providers: ['kubeez'], base: 'v1.0.0', json: false, help: false },
    ],
    [['-h'], { providers: [], json: false, help: true }],
  ])('%j', (argv, args) => {
    expect(parseArgs(argv)).toEqual(args);
  });

  it.each([
    [['--base'], /--base needs a git ref/],
    [['--base', '--json'], /--base needs a git ref/],
    [['--verbose'], /unknown option --verbose[\s\S]*Usage/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
