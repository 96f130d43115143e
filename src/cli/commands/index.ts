import type { CliCommand } from "../cli-command.js";
import { exportCommand } from "./export-command.js";
import { importCommand } from "./import-command.js";
import { typegenCommand } from "./typegen-command.js";
import { checkCommand, whoamiCommand } from "./whoami-command.js";

/** Every command of `akeneo-pim`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  exportCommand,
  importCommand,
  typegenCommand,
  whoamiCommand,
  checkCommand,
];
