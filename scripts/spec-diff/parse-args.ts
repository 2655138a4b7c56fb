export interface Args {
  providers: string[];
  base?: string;
  json: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run spec:diff [-- <provider…>] [--base <git-ref>] [--json]

Compares each spec (and the metadata generated from it) at the base against the working tree.
The base defaults to the latest changesets release, else HEAD~1. Exits 1 on a breaking change
unless a changeset in .changeset/ declares a major bump for that package.`;

/** `[provider…] [--base <ref> | --base=<ref>] [--json] [--help]`; anything else is a usage error. */
export function parseArgs(argv: string[]): Args {
  const args: Args = { providers: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--base') {
      const ref = argv[++i];
      if (!ref || ref.startsWith('--')) throw new Error(`--base needs a git ref\n\n${USAGE}`);
      args.base = ref;
    } else if (arg.startsWith('--base=')) args.base = arg.slice('--base='.length);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n\n${USAGE}`);
    else args.providers.push(arg);
  }
  return args;
}
