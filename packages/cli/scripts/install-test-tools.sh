#!/usr/bin/env bash
# The CLI's terminal test (test/cli-tty.test.ts) drives the bin inside tmux, from Debian's packages.
# CI calls this before `npm test`; it installs nothing where tmux is already there.
set -euo pipefail
if ! command -v tmux >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq tmux
fi
