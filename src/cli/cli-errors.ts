import { AkeneoError } from "../node/index.js";

/** A command line that cannot run: unknown command or flag, missing argument or configuration. */
export class CliUsageError extends AkeneoError {
  override name = "CliUsageError";
}

/** A local file the command needs cannot be read or written. */
export class CliFileError extends AkeneoError {
  override name = "CliFileError";
}
