import type { ParseArgsConfig } from "node:util";
import type { AkeneoClient } from "../node/index.js";
import type { CliIo } from "./cli-io.js";
import type { ExitCode } from "./exit-codes.js";

/** The flags of one command, as `node:util` `parseArgs` reads them. */
export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/** What a command gets to run: its flags and arguments, the process's streams, a client. */
export interface CommandContext {
  readonly io: CliIo;
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** Creates the client from the connection flags and AKENEO_* variables. */
  createClient(): AkeneoClient;
}

/** One command of `akeneo-pim`. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The text `--help` prints (without the shared connection flags). */
  readonly help: string;
  readonly options: CommandOptions;
  run(context: CommandContext): Promise<ExitCode>;
}

/** Reads a string flag, or `undefined` when it was not given. */
export function stringFlag(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === "string" ? value : undefined;
}
