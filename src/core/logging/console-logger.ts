import type { LogDetails, Logger } from "./logger.js";

const PREFIX = "[akeneo-pim-sdk]";

/**
 * Returns a logger that writes to the console (`console.debug`, `.info`, `.warn`, `.error`).
 *
 * Pair it with the client's `logLevel` option to choose how much is written.
 */
export function createConsoleLogger(output: Console = console): Logger {
  const write =
    (method: "debug" | "info" | "warn" | "error") =>
    (message: string, details?: LogDetails): void => {
      if (details === undefined) output[method](`${PREFIX} ${message}`);
      else output[method](`${PREFIX} ${message}`, details);
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
