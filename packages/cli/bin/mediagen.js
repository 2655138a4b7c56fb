#!/usr/bin/env node
// `mediagen`: the CLI's entry; the logic lives in src/run-cli.ts. It imports its own package by
// name, so in the workspace `node --conditions=@mediagen/source --import tsx` runs the sources.
import { runCli } from '@mediagen/cli';

process.exitCode = await runCli(process.argv.slice(2));
