#!/usr/bin/env node
import { performance } from "node:perf_hooks";
import { COMMANDS } from "./commands/index.js";
import { runCli } from "./run-cli.js";

// The `akeneo-pim` executable: the process's streams and environment handed to runCli.
runCli(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    now: () => performance.now(),
  },
  COMMANDS,
).then((code) => {
  process.exitCode = code;
});
