import { redactText, redactValue, type TextRedactor } from "../redact/index.js";
import {
  LOG_LEVEL_RANK,
  type LogDetails,
  type Logger,
  type LogLevel,
  type SdkLogger,
} from "./logger.js";

type EntryLevel = Exclude<LogLevel, "silent">;

/**
 * Wraps a logger with a level threshold and a last redaction pass.
 *
 * Entries below `level` are dropped before any formatting. Every message and detail is scanned for
 * secrets once more, so a credential slipped into a message by mistake still never reaches the
 * target; `byValue` removes the client's own secrets (password, tokens) wherever they appear. Pass
 * `undefined` as target for a logger that records nothing.
 */
export function createSdkLogger(
  target: Logger | undefined,
  level: LogLevel,
  byValue?: TextRedactor,
): SdkLogger {
  const threshold = target === undefined ? LOG_LEVEL_RANK.silent : LOG_LEVEL_RANK[level];
  const isEnabled = (entryLevel: EntryLevel): boolean => LOG_LEVEL_RANK[entryLevel] >= threshold;
  const emit =
    (entryLevel: EntryLevel) =>
    (message: string, details?: LogDetails): void => {
      if (!isEnabled(entryLevel) || target === undefined) return;
      const safeMessage = redactText(message, byValue);
      if (details === undefined) target[entryLevel](safeMessage);
      else target[entryLevel](safeMessage, redactValue(details, byValue) as LogDetails);
    };
  return {
    isEnabled,
    debug: emit("debug"),
    info: emit("info"),
    warn: emit("warn"),
    error: emit("error"),
  };
}
