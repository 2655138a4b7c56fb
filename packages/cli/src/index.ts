export { CliError, EXIT, type ExitCode, exitCodeOf } from './exit-codes.js';
export { decodeHandle, encodeHandle } from './handle-token.js';
export { type CliIo, runCli } from './run-cli.js';
