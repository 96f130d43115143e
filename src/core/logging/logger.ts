/** Severity of a log entry, from the most to the least verbose; `silent` turns logging off. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** Extra structured fields of a log entry (already free of secrets). */
export type LogDetails = Readonly<Record<string, unknown>>;

/**
 * Receives the SDK's log entries; console, pino and winston loggers fit this shape.
 *
 * Messages and details handed to a logger never contain credentials, tokens or passwords.
 */
export interface Logger {
  /** Every request and answer (method, redacted URL, status, duration). */
  debug(message: string, details?: LogDetails): void;
  /** Retries and token renewals. */
  info(message: string, details?: LogDetails): void;
  /** Conditions worth attention: plain-http passwords, refused redirects, failed attempts. */
  warn(message: string, details?: LogDetails): void;
  /** Failures the SDK cannot recover from. */
  error(message: string, details?: LogDetails): void;
}

/** The logger the SDK uses internally: a `Logger` that can tell whether a level is on. */
export interface SdkLogger extends Logger {
  /** Tells whether entries at this level reach the target logger (lets callers skip work). */
  isEnabled(level: Exclude<LogLevel, "silent">): boolean;
}

/** Numeric rank of each level; an entry is kept when its rank is at least the threshold's. */
export const LOG_LEVEL_RANK: Readonly<Record<LogLevel, number>> = /* @__PURE__ */ Object.freeze({
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
});
