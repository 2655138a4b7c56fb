#!/usr/bin/env node
// `mediagen`: the built CLI; the logic lives in src/run-cli.ts.
import { runCli } from '../dist/index.js';

process.exitCode = await runCli(process.argv.slice(2));
