/**
 * `npm run mock [-- provider ...] [-- --port 4010]`: the `mediagen-mock` command of @mediagen/mock,
 * serving this repository's providers (every spec in redocly.yaml by default) until Ctrl-C.
 */
import { runCli } from '@mediagen/mock';
import { listProviders } from './list-providers.ts';

process.exitCode = await runCli(process.argv.slice(2), { providers: listProviders() });
