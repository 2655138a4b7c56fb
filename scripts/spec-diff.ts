/**
 * `npm run spec:diff`: the breaking-change report. Markdown by default, `--json` for tools; exits 1
 * on a breaking change that no major changeset declares, 2 on bad arguments.
 */
import { resolve } from 'node:path';
import { main } from './spec-diff/cli.ts';

const root = resolve(import.meta.dirname, '..');

process.exitCode = await main(process.argv.slice(2), root, (text) => console.log(text));
