/**
 * The provider and job a `generate` or `cost` command line names, found before commander parses it
 * (their fields become options): the first two words after the command that are neither options
 * nor the values of options that take one. Pure.
 */
const TAKES_VALUE = new Set([
  '--base-url',
  '--api-key',
  '--poll-ms',
  '--input',
  '--max-cost',
  '--confirm-above',
  '--download',
  '--timeout',
  '--idempotency-key',
]);

export function namedJob(argv: readonly string[], command: string): [string, string] | undefined {
  const at = argv.indexOf(command);
  if (at < 0) return undefined;
  const words: string[] = [];
  for (let i = at + 1; i < argv.length && words.length < 2; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word.startsWith('-')) {
      if (TAKES_VALUE.has(word)) i++;
      continue;
    }
    words.push(word);
  }
  return words.length === 2 ? [words[0]!, words[1]!] : undefined;
}
