import {
  isAkeneoApiError,
  isAkeneoError,
  isAuthenticationError,
  isConnectionError,
  isInvalidResponseError,
  isTimeoutError,
} from "../node/index.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";

const USAGE_ERRORS: ReadonlySet<string> = new Set([
  "CliUsageError",
  "CliFileError",
  "InvalidArgumentError",
  "InvalidOptionError",
  "InvalidValueError",
]);

/** Chooses the exit code that tells a script what kind of failure stopped the command. */
export function exitCodeOf(error: unknown): ExitCode {
  if (isConnectionError(error) || isTimeoutError(error)) return EXIT_CODES.unreachable;
  if (isAuthenticationError(error)) return EXIT_CODES.authentication;
  if (isAkeneoApiError(error) || isInvalidResponseError(error)) return EXIT_CODES.refused;
  if (isAkeneoError(error)) {
    return USAGE_ERRORS.has(error.name) ? EXIT_CODES.usage : EXIT_CODES.refused;
  }
  return EXIT_CODES.unexpected;
}

/**
 * Formats the line printed for a failure: the error's class and message (SDK messages are
 * already free of secrets), or a note that it is a bug for anything the SDK did not expect.
 */
export function describeFailure(error: unknown): string {
  if (isAkeneoError(error)) return `${error.name}: ${error.message}`;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `unexpected failure (please report it): ${text}`;
}
