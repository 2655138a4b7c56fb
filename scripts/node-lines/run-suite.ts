/** Runs one test command on a given `node` binary, echoing its output, with a deadline. */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { closingCounts, failureLines, type RunResult } from './run-summary.ts';

export interface Suite {
  name: string;
  args: string[];
  env?: Record<string, string>;
}

export function runSuite(
  node: string,
  suite: Suite,
  cwd: string,
  timeoutMs: number,
): Promise<RunResult> {
  const started = Date.now();
  // `node`, `npm` and `npx` started by the tests resolve to this line's binary too.
  const env = { ...process.env, ...suite.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` };
  const child = spawn(node, suite.args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output += chunk;
      (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
    });
  }
  return new Promise((done) => {
    child.on('error', (error) => {
      output += `\n${error.message}`;
    });
    child.on('close', (code) => {
      done({
        suite: suite.name,
        exitCode: code,
        counts: closingCounts(output),
        failures: failureLines(output),
        ms: Date.now() - started,
      });
    });
  });
}
