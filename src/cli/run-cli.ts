import { parseArgs } from "node:util";
import { createAkeneoClient } from "../node/index.js";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-errors.js";
import type { CliIo } from "./cli-io.js";
import { CONNECTION_HELP, CONNECTION_OPTIONS, resolveConnection } from "./connection-options.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { describeFailure, exitCodeOf } from "./report-failure.js";

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

const EXIT_CODE_HELP = `Exit codes:
  0  done                               4  authentication refused
  1  unexpected failure (a bug)         5  the PIM refused a request or answered nonsense
  2  bad usage, configuration or file   6  import finished, some items failed
  3  PIM unreachable or too slow        7  typegen --check: the file is out of date`;

/**
 * Runs one `akeneo-pim` command line and returns its exit code; failures are printed to stderr,
 * never thrown.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[],
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    // Without a command the help is the error message: stderr, and a usage exit code.
    (name === undefined ? io.stderr : io.stdout).write(describeCommands(commands));
    return name === undefined ? EXIT_CODES.usage : EXIT_CODES.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  try {
    if (command === undefined) {
      throw new CliUsageError(`unknown command "${name}" (see akeneo-pim --help)`);
    }
    return await runCommand(command, rest, io);
  } catch (error) {
    const hint =
      error instanceof CliUsageError && command ? ` (see akeneo-pim ${name} --help)` : "";
    io.stderr.write(`akeneo-pim: ${describeFailure(error)}${hint}\n`);
    return exitCodeOf(error);
  }
}

async function runCommand(command: CliCommand, args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(command, args);
  if (values.help === true) {
    io.stdout.write(`${command.help}\n\n${CONNECTION_HELP}\n\n${EXIT_CODE_HELP}\n`);
    return EXIT_CODES.ok;
  }
  return command.run({
    io,
    values,
    positionals,
    createClient: () => createAkeneoClient(resolveConnection(values, io.env)),
  });
}

function parseCommandLine(command: CliCommand, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...command.options, ...CONNECTION_OPTIONS, ...HELP_OPTION },
      allowPositionals: true,
      strict: true,
    });
  } catch (cause) {
    // parseArgs throws a plain TypeError; its message names the flag.
    throw new CliUsageError((cause as Error).message, { cause });
  }
}

function describeCommands(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    "Usage: akeneo-pim <command> [options]   (akeneo-pim <command> --help for its options)",
    "",
    "Commands:",
    ...lines,
    "",
    CONNECTION_HELP,
    "",
    EXIT_CODE_HELP,
    "",
  ].join("\n");
}
