/**
 * `mediagen`: the command tree (commander), the run's stop signal, and the one place errors become
 * messages and exit codes. `generate` and `cost` read the named job's fields from the spec before
 * parsing, so `mediagen generate happyhorse createTask --help` lists them.
 */

import { isJobHandle } from '@mediagen/runtime';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';
import { runBatch } from './commands/batch.js';
import { runBalance, runModels } from './commands/catalog-commands.js';
import { runCost } from './commands/cost.js';
import { type GenerateFlags, runGenerate } from './commands/generate.js';
import { runCancel, runStatus, runWait } from './commands/handle-commands.js';
import { runLogin } from './commands/login.js';
import { runMock } from './commands/mock.js';
import { EXIT, exitCodeOf } from './exit-codes.js';
import { addFieldOptions } from './field-options.js';
import { findTarget } from './find-target.js';
import type { GlobalOptions } from './global-options.js';
import { encodeHandle } from './handle-token.js';
import { hideOptionValues } from './hide-option-values.js';
import { describeError } from './job-outcome.js';
import { namedJob } from './named-job.js';
import { Printer } from './printer.js';
import { loadProvider, PROVIDERS } from './providers/registry.js';
import type { RunContext } from './run-context.js';

export interface CliIo {
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

const number = (name: string) => (text: string) => {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || text.trim() === '')
    throw new InvalidArgumentError(`${name} takes a number of 0 or more.`);
  return n;
};

function example(command: Command, lines: string): Command {
  return command.addHelpText(
    'after',
    `\nExample:\n${lines
      .split('\n')
      .map((l) => `  $ ${l}`)
      .join('\n')}\n`,
  );
}

function paidJobOptions(command: Command): Command {
  return command
    .option(
      '--input <file>',
      'a JSON object of fields, from a file or - for stdin (flags override it)',
    )
    .option('-y, --yes', 'submit without asking, whatever the estimate')
    .addOption(
      new Option(
        '--max-cost <amount>',
        'refuse if the estimate may exceed this (credits or USD, as the provider prices); below it, no question',
      ).argParser(number('--max-cost')),
    )
    .addOption(
      new Option('--confirm-above <amount>', 'ask only when the estimate may exceed this')
        .argParser(number('--confirm-above'))
        .default(0),
    )
    .option(
      '--download <dir>',
      'stream every output into <dir> (<job id>-<n>.<ext>, never overwriting)',
    )
    .option('--force', 'with --download: replace files that exist')
    .addOption(
      new Option(
        '--timeout <seconds>',
        "stop waiting after this long (the job goes on); default: the spec's",
      ).argParser(number('--timeout')),
    );
}

async function fieldReader(argv: readonly string[], name: string, command: Command) {
  const named = namedJob(argv, name);
  if (!named || !PROVIDERS.includes(named[0].toLowerCase())) return () => ({});
  try {
    return addFieldOptions(command, findTarget(await loadProvider(named[0]), named[1]));
  } catch {
    return () => ({}); // an unknown job: the action says which ones there are
  }
}

export async function runCli(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const json = argv.includes('--json');
  const printer = new Printer(io.stdout ?? process.stdout, io.stderr ?? process.stderr, json);
  const controller = new AbortController();
  let exitCode: number = EXIT.ok;
  // `mediagen models kubeez | head`: a reader that goes away ends the run quietly, not with a stack.
  printer.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCode);
    throw error;
  });
  const context = (command: Command): RunContext => ({
    printer,
    global: command.optsWithGlobals() as GlobalOptions,
    signal: controller.signal,
  });
  const run =
    (work: (command: Command) => Promise<number>) =>
    async (...args: unknown[]) => {
      exitCode = await work(args[args.length - 1] as Command);
    };

  const program = new Command('mediagen')
    .description(
      'Generate media with the mediagen provider clients: submit, follow, download and batch paid jobs.',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => printer.stdout.write(text),
      writeErr: (text) => printer.stderr.write(printer.redact(hideOptionValues(text))),
    })
    .option('--json', 'print one JSON document on stdout and no progress')
    .option('--mock', 'run against an embedded @mediagen/mock: no key, nothing paid')
    .option(
      '--base-url <url>',
      "the provider's base URL (a mock, a proxy); default: the spec's server",
    )
    .option(
      '--api-key <key>',
      "the key (default: the provider's env var, then the config file `mediagen login` writes)",
    )
    .addOption(
      new Option(
        '--poll-ms <ms>',
        'poll every <ms> instead of the documented schedule (a mock on loopback only)',
      ).argParser(number('--poll-ms')),
    )
    .showHelpAfterError('(run with --help for usage)');
  example(
    program,
    'mediagen generate happyhorse createTask --prompt "A red fox in fresh snow" --mock\nmediagen generate killatamata image.generate --prompt "A fox" --width 1024 --height 1024 --max-cost 0.10 --download ./out',
  );

  const generate = paidJobOptions(
    program
      .command('generate')
      .description(
        "submit one job and follow it to its outputs; the job's fields are flags, typed from the spec",
      )
      .argument('<provider>', PROVIDERS.join(' | '))
      .argument('<job>', 'an operation id, or a Killa Tamata task (`mediagen models killatamata`)'),
  )
    .option('--no-wait', 'print the job handle and stop (follow it later with `mediagen wait`)')
    .option('--open', 'open the first downloaded file')
    .option(
      '--idempotency-key <key>',
      'where the provider takes one: reuse a key to get the same job back',
    )
    .option('--dry-run', 'check the input and show the estimate; submit nothing');
  const generateFields = await fieldReader(argv, 'generate', generate);
  example(
    generate,
    'mediagen generate happyhorse createTask --prompt "Mountains at sunrise" --duration 5 --sound --mock --download ./out\nmediagen generate vydra generateVeo3 --input job.json --max-cost 400 --no-wait\nmediagen generate happyhorse createTask --help   # lists the fields',
  );
  generate.action(
    run((command) => {
      const [provider, job] = command.args as [string, string];
      return runGenerate(
        context(command),
        provider,
        job,
        generateFields(command),
        command.opts() as GenerateFlags,
      );
    }),
  );

  const wait = program
    .command('wait')
    .description('follow a job from its handle until it ends, and download its outputs')
    .argument('<handle>', 'the mgh1.… word `generate --no-wait` printed, its JSON, or - for stdin')
    .option('--download <dir>', 'stream every output into <dir>')
    .option('--force', 'with --download: replace files that exist')
    .addOption(
      new Option('--timeout <seconds>', 'stop waiting after this long').argParser(
        number('--timeout'),
      ),
    );
  example(wait, 'mediagen wait mgh1.eyJwcm92aWRlciI6… --download ./out');
  wait.action(run((command) => runWait(context(command), command.args[0]!, command.opts())));

  example(
    program
      .command('status')
      .description('one status request for a job: its state now')
      .argument('<handle>', 'the job handle'),
    'mediagen status mgh1.eyJwcm92aWRlciI6…',
  ).action(run((command) => runStatus(context(command), command.args[0]!)));

  example(
    program
      .command('cancel')
      .description('cancel a job, where the provider documents a cancel')
      .argument('<handle>', 'the job handle'),
    'mediagen cancel mgh1.eyJwcm92aWRlciI6…',
  ).action(run((command) => runCancel(context(command), command.args[0]!)));

  const batch = paidJobOptions(
    program
      .command('batch')
      .description(
        'run a JSONL file of jobs, resumably: killed and run again, it never pays for a line twice',
      )
      .argument('<jobs>', 'a .jsonl file: one {"provider", "job", "input"} object per line'),
  )
    .option(
      '--out <file>',
      'the results, one JSON line per job as it settles (default: <jobs>.results.jsonl)',
    )
    .option('--journal <file>', 'the resume journal (default: <jobs>.journal)')
    .addOption(
      new Option('--concurrency <n>', 'jobs in flight at once')
        .argParser(number('--concurrency'))
        .default(4),
    )
    .option('--provider <provider>', 'for lines that name none')
    .option('--job <job>', 'for lines that name none');
  example(
    batch,
    'mediagen batch prompts.jsonl --provider killatamata --job image.generate --concurrency 8 --max-cost 5\nmediagen batch prompts.jsonl   # run again after a crash or Ctrl-C: resumes',
  );
  batch.action(run((command) => runBatch(context(command), command.args[0]!, command.opts())));

  const cost = program
    .command('cost')
    .description("the estimate for one job from the provider's documented prices; nothing is sent")
    .argument('<provider>', PROVIDERS.join(' | '))
    .argument('<job>', 'an operation id or task')
    .option('--input <file>', 'a JSON object of fields, from a file or - for stdin');
  const costFields = await fieldReader(argv, 'cost', cost);
  example(
    cost,
    'mediagen cost horacle generateVideo --model kling-2.6 --prompt "A fox" --duration 5',
  );
  cost.action(
    run((command) => {
      const [provider, job] = command.args as [string, string];
      return runCost(context(command), provider, job, costFields(command), command.opts());
    }),
  );

  example(
    program
      .command('models')
      .description('the models (or tasks) a provider offers, from its catalog where it has one')
      .argument('<provider>', PROVIDERS.join(' | ')),
    'mediagen models vydra --json',
  ).action(run((command) => runModels(context(command), command.args[0]!)));

  example(
    program
      .command('balance')
      .description('the account balance, where the provider documents it')
      .argument('<provider>', PROVIDERS.join(' | ')),
    'mediagen balance killatamata',
  ).action(run((command) => runBalance(context(command), command.args[0]!)));

  example(
    program
      .command('login')
      .description(
        "save a key in the config file (mode 0600): Killa Tamata's device link, or a key typed at a prompt",
      )
      .argument('<provider>', PROVIDERS.join(' | '))
      .option('--label <label>', 'the name of the key Killa Tamata creates', 'mediagen CLI'),
    'mediagen login killatamata',
  ).action(run((command) => runLogin(context(command), command.args[0]!, command.opts())));

  example(
    program
      .command('mock')
      .description('serve @mediagen/mock for the named providers (default: all) until Ctrl-C')
      .argument('[providers...]', PROVIDERS.join(' | '))
      .addOption(
        new Option('--port <port>', 'the first port').argParser(number('--port')).default(4010),
      ),
    'mediagen mock happyhorse kubeez --port 5000',
  ).action(run((command) => runMock(context(command), command.args, command.opts())));

  let interrupts = 0;
  const interrupt = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(EXIT.interrupted);
    printer.note(
      'Stopping: jobs already submitted go on; their handles are printed. Ctrl-C again to quit at once.',
    );
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
      )
        return EXIT.ok;
      // Commander has written its message to stderr; `--json` still owes stdout its one document.
      if (printer.json && !printer.printedResult)
        printer.result({
          error: {
            ...describeError(error),
            message: hideOptionValues(error.message),
            exitCode: EXIT.invalidInput,
          },
        });
      return EXIT.invalidInput;
    }
    return report(printer, error);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

function report(printer: Printer, error: unknown): number {
  const code = exitCodeOf(error);
  const handle = (error as { handle?: unknown }).handle;
  const token = isJobHandle(handle) ? encodeHandle(handle) : undefined;
  if (printer.json) {
    if (!printer.printedResult)
      printer.result({ error: describeError(error), ...(token ? { token, handle } : {}) });
  } else {
    printer.note(pc.red(`✖ ${(error as Error)?.message ?? String(error)}`));
    if (token) printer.note(`The job goes on. Resume with: mediagen wait ${token}`);
    if (process.env.MEDIAGEN_DEBUG) printer.note(String((error as Error)?.stack ?? ''));
  }
  return code;
}
