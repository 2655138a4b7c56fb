import { parseArgs, USAGE } from './parse-args.ts';
import { renderMarkdown } from './render-markdown.ts';
import { runSpecDiff } from './run-spec-diff.ts';

/** The command: prints the report through `print`, returns the exit code (0 ok, 1 breaking, 2 usage). */
export async function main(
  argv: string[],
  root: string,
  print: (text: string) => void,
): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    print((error as Error).message);
    return 2;
  }
  if (args.help) {
    print(USAGE);
    return 0;
  }
  try {
    const report = await runSpecDiff({
      root,
      providers: args.providers,
      ...(args.base ? { base: args.base } : {}),
    });
    print(args.json ? JSON.stringify(report, null, 2) : renderMarkdown(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    print(`spec:diff: ${(error as Error).message}`);
    return 2;
  }
}
