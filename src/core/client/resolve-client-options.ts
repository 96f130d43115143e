// The one place a default transport is chosen; Node gets undici (src/node), other runtimes fetch.
import { encodeBasicCredentials, type ResolvedAuthOptions } from "../auth/index.js";
import { InvalidOptionError } from "../errors/index.js";
import {
  createConsoleLogger,
  createSdkLogger,
  LOG_LEVEL_RANK,
  type Logger,
  type LogLevel,
  type SdkLogger,
} from "../logging/index.js";
import { createGlobalFetch, type Platform, WEB_PLATFORM } from "../platform/index.js";
import { createKnownSecrets, type KnownSecrets } from "../redact/index.js";
import {
  type Clock,
  createSystemClock,
  type FetchLike,
  type RetryPolicy,
} from "../transport/index.js";
import { isPlainRecord } from "../values/index.js";
import { ANSWER_LIMIT_KEYS, resolveAnswerLimits } from "./answer-limit-options.js";
import {
  type ClientOptions,
  DEFAULT_LOG_LEVEL,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  type ResolvedClientOptions,
} from "./client-options.js";
import { hasControlCharacter } from "./header-syntax.js";
import { resolveLimiterOption } from "./limiter-option.js";
import {
  rejectOption,
  rejectUnknownKeys,
  requireFunction,
  requireInteger,
  requireNumber,
  requireString,
} from "./option-checks.js";
import { resolveAuthOptions } from "./resolve-auth-options.js";
import { resolveHeaders } from "./resolve-headers.js";

const CLIENT_KEYS: readonly (keyof ClientOptions)[] = [
  "baseUrl",
  "auth",
  "fetch",
  "retry",
  "timeoutMs",
  "maxConcurrency",
  "requestsPerSecond",
  "limiter",
  "userAgent",
  "headers",
  "logger",
  "logLevel",
  "clock",
  "random",
  ...ANSWER_LIMIT_KEYS,
];
const RETRY_KEYS: readonly string[] = [
  "maxRetries",
  "baseDelayMs",
  "maxDelayMs",
  "maxRetryAfterMs",
];
const MAX_DELAY_MS = 3_600_000;

function resolveBaseUrl(value: unknown): string {
  const text = requireString("baseUrl", value);
  // The URL parser drops tabs and newlines and trims controls: the requests would go elsewhere.
  if (hasControlCharacter(text)) {
    rejectOption("baseUrl", value, "a URL without control characters (CR, LF, tab, NUL…)");
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return rejectOption("baseUrl", value, "an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    rejectOption("baseUrl", value, "an absolute http(s) URL");
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    rejectOption("baseUrl", value, "a URL without credentials, query or fragment");
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

function resolveRetry(value: unknown): RetryPolicy {
  const defaults: RetryPolicy = {
    maxRetries: DEFAULT_MAX_RETRIES,
    baseDelayMs: DEFAULT_RETRY_BASE_DELAY_MS,
    maxDelayMs: DEFAULT_RETRY_MAX_DELAY_MS,
    maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS,
  };
  if (value === undefined) return defaults;
  if (value === false) return { ...defaults, maxRetries: 0 };
  if (typeof value === "number")
    return { ...defaults, maxRetries: requireInteger("retry", value, 0, 20) };
  if (!isPlainRecord(value))
    return rejectOption(
      "retry",
      value,
      "a number, false or { maxRetries, baseDelayMs, maxDelayMs, maxRetryAfterMs }",
    );
  rejectUnknownKeys("retry", value, RETRY_KEYS);
  const pick = (key: keyof RetryPolicy, check: (field: string, v: unknown) => number): number =>
    value[key] === undefined ? defaults[key] : check(`retry.${key}`, value[key]);
  return {
    maxRetries: pick("maxRetries", (f, v) => requireInteger(f, v, 0, 20)),
    baseDelayMs: pick("baseDelayMs", (f, v) => requireNumber(f, v, 0, MAX_DELAY_MS)),
    maxDelayMs: pick("maxDelayMs", (f, v) => requireNumber(f, v, 0, MAX_DELAY_MS)),
    maxRetryAfterMs: pick("maxRetryAfterMs", (f, v) => requireNumber(f, v, 0, MAX_DELAY_MS)),
  };
}

function resolveTimeout(value: unknown): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  if (value === false) return 0;
  return requireNumber("timeoutMs", value, 0, MAX_DELAY_MS);
}

const LOGGER_METHODS = ["debug", "info", "warn", "error"] as const;

// Every secret the options hold, so that an echo of one in a server's prose is removed too.
function collectSecrets(auth: ResolvedAuthOptions): KnownSecrets {
  if (auth.type === "app") {
    const secrets = createKnownSecrets([]);
    secrets.rememberToken(auth.token);
    return secrets;
  }
  const secrets = createKnownSecrets([
    auth.type === "password" ? auth.password : undefined,
    auth.secret,
    `${auth.clientId}:${auth.secret}`,
    encodeBasicCredentials(auth.clientId, auth.secret),
  ]);
  if (auth.type === "token") {
    secrets.rememberToken(auth.refreshToken);
    secrets.rememberToken(auth.token);
  }
  return secrets;
}

function resolveLogger(logger: unknown, level: unknown, secrets: KnownSecrets): SdkLogger {
  const threshold = level === undefined ? DEFAULT_LOG_LEVEL : level;
  if (typeof threshold !== "string" || !Object.hasOwn(LOG_LEVEL_RANK, threshold)) {
    rejectOption("logLevel", level, '"debug", "info", "warn", "error" or "silent"');
  }
  if (logger === undefined) {
    return createSdkLogger(createConsoleLogger(), threshold as LogLevel, secrets.redact);
  }
  // Class instances (pino, winston) are accepted: only the four methods matter.
  if (
    typeof logger !== "object" ||
    logger === null ||
    LOGGER_METHODS.some(
      (method) => typeof (logger as Record<string, unknown>)[method] !== "function",
    )
  ) {
    rejectOption("logger", logger, "an object with debug, info, warn and error methods");
  }
  return createSdkLogger(logger as Logger, threshold as LogLevel, secrets.redact);
}

function resolveClock(value: unknown): Clock {
  if (value === undefined) return createSystemClock();
  if (
    !isPlainRecord(value) ||
    typeof value.now !== "function" ||
    typeof value.sleep !== "function"
  ) {
    return rejectOption("clock", value, "an object with now() and sleep(ms, signal)");
  }
  return value as unknown as Clock;
}

/**
 * Checks the client options once and returns their complete, frozen form.
 *
 * Shorthands are accepted only here: `retry: 3` (three retries), `retry: false` (none),
 * `timeoutMs: false` (no timeout). Unknown option names are refused, so a typo cannot be ignored.
 *
 * @param platform What the runtime adds (the Node entry's default fetch); the web build's by default.
 * @throws {InvalidOptionError} naming the field, the type received and what is accepted.
 */
export function resolveClientOptions(
  options: ClientOptions,
  platform: Platform = WEB_PLATFORM,
): ResolvedClientOptions {
  if (!isPlainRecord(options)) {
    throw new InvalidOptionError({
      field: "options",
      received: typeof options,
      accepted: "an object with baseUrl and auth",
    });
  }
  rejectUnknownKeys("", options as unknown as Record<string, unknown>, CLIENT_KEYS);
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const auth = resolveAuthOptions(options.auth);
  const secrets = collectSecrets(auth);
  const maxConcurrency =
    options.maxConcurrency === undefined
      ? DEFAULT_MAX_CONCURRENCY
      : requireInteger("maxConcurrency", options.maxConcurrency, 1, 1000);
  const { limiter } = resolveLimiterOption(options);
  return Object.freeze({
    baseUrl,
    auth,
    secrets,
    fetch:
      options.fetch === undefined
        ? // The one place the default fetch is chosen: the platform's (Node's undici) or the global one.
          (platform.createDefaultFetch ?? createGlobalFetch)({
            connections: limiter === undefined ? maxConcurrency : undefined,
          })
        : requireFunction<FetchLike>("fetch", options.fetch),
    retry: Object.freeze(resolveRetry(options.retry)),
    timeoutMs: resolveTimeout(options.timeoutMs),
    maxConcurrency,
    ...resolveAnswerLimits(options),
    requestsPerSecond:
      options.requestsPerSecond === undefined
        ? undefined
        : requireNumber("requestsPerSecond", options.requestsPerSecond, 0.001, 10_000),
    limiter,
    headers: resolveHeaders(options.headers, options.userAgent),
    logger: resolveLogger(options.logger, options.logLevel, secrets),
    clock: resolveClock(options.clock),
    random:
      options.random === undefined
        ? Math.random
        : requireFunction<() => number>("random", options.random),
  });
}
