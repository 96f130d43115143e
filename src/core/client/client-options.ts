import type { AuthOptions, ResolvedAuthOptions } from "../auth/index.js";
import type { Logger, LogLevel, SdkLogger } from "../logging/index.js";
import type { KnownSecrets } from "../redact/index.js";
import type { Clock, FetchLike, Limiter, RetryPolicy } from "../transport/index.js";

/**
 * Retries after the first attempt. Akeneo advises retrying 5 to 8 times with backoff; 5 keeps
 * the worst-case wait of a call under a minute with the default delays.
 */
export const DEFAULT_MAX_RETRIES = 5;
/** First backoff ceiling (full jitter: the wait is random between 0 and this). */
export const DEFAULT_RETRY_BASE_DELAY_MS = 1_000;
/** Largest computed backoff. */
export const DEFAULT_RETRY_MAX_DELAY_MS = 30_000;
/** Longest `Retry-After` the client waits for before giving the 429/503 to the caller. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;
/** Deadline of one attempt, including each read of the body. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Largest answer read whole (64 MiB): Akeneo's largest JSON answers (a page of 100 products with
 * every value) weigh a few megabytes; past this a hostile or broken server would fill memory.
 */
export const DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** Attempts in flight per client: Akeneo's limit per connection. */
export const DEFAULT_MAX_CONCURRENCY = 4;
/** Renew a token this long before it expires. */
export const TOKEN_REFRESH_MARGIN_S = 60;
/** Log threshold of the default console logger. */
export const DEFAULT_LOG_LEVEL: LogLevel = "warn";

/** Retry settings; every field is optional. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 disables retrying. @default 5 */
  maxRetries?: number;
  /** First backoff ceiling, doubled at each retry. @default 1000 */
  baseDelayMs?: number;
  /** Cap of the computed backoff. @default 30000 */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one surfaces at once. @default 120000 */
  maxRetryAfterMs?: number;
}

/**
 * Extra headers in any form `fetch` takes, or a `Map`; spelled out so that declarations need no DOM lib.
 */
export type ExtraHeaders =
  | Headers
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string>>
  | ReadonlyMap<string, string>;

/** Options of the client; only `baseUrl` and `auth` are required. */
export interface ClientOptions {
  /** PIM URL, e.g. `https://pim.example.com` or `https://proxy.example.com/pim` (path prefix kept). */
  baseUrl: string;
  /** Authentication mode: `password`, `token` or `app`. */
  auth: AuthOptions;
  /** `fetch` implementation. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Retry settings; a number sets `maxRetries`, `false` disables retries. @default { maxRetries: 5 } */
  retry?: number | false | RetryOptions;
  /** Deadline of one attempt in ms (a call can override it); `false` or 0 disables it. @default 30000 */
  timeoutMs?: number | false;
  /** Attempts in flight at once. @default 4 */
  maxConcurrency?: number;
  /**
   * Largest answer body the client reads whole (a JSON answer, an error page), in bytes; a larger
   * one fails with `InvalidResponseError` (`too-large`). Downloads are not bound by it.
   * @default 67108864 (64 MiB)
   */
  maxAnswerBytes?: number;
  /**
   * Longest line of an NDJSON answer (bulk upsert results), in bytes; a longer one fails the
   * batch's decoding. @default 8388608 (8 MiB)
   */
  maxNdjsonLineBytes?: number;
  /** Most request starts per second (Akeneo allows 100 per instance). @default no limit */
  requestsPerSecond?: number;
  /**
   * A budget shared with other clients or processes (e.g. `createRedisLimiter` from
   * `akeneo-pim-sdk/redis`), used instead of `maxConcurrency` and `requestsPerSecond`.
   * @default a gate of `maxConcurrency` slots in this client
   */
  limiter?: Limiter;
  /** Appended to `User-Agent: akeneo-pim-sdk/<version>`, e.g. `my-connector/2.1` (Latin-1, no CR/LF/NUL). */
  userAgent?: string;
  /**
   * Extra headers for every call: a record, `Headers`, `[name, value]` pairs or a `Map`. They cannot set
   * Authorization, Content-Type, User-Agent, nor a connection or framing header (Host,
   * Content-Length, Transfer-Encoding, Connection…).
   */
  headers?: ExtraHeaders;
  /** Where log entries go. @default a console logger */
  logger?: Logger;
  /** Least severe level logged. @default "warn" */
  logLevel?: LogLevel;
  /** Time source for backoff, rate limit and token expiry (for tests). @default the system clock */
  clock?: Clock;
  /** Jitter source returning numbers in [0, 1) (for tests). @default Math.random */
  random?: () => number;
}

/** The complete, frozen form of `ClientOptions` produced by `resolveClientOptions`. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly auth: ResolvedAuthOptions;
  /** The client's credentials and tokens, removed by value from errors and log lines. */
  readonly secrets: KnownSecrets;
  readonly fetch: FetchLike;
  readonly retry: Readonly<RetryPolicy>;
  readonly timeoutMs: number;
  readonly maxConcurrency: number;
  readonly maxAnswerBytes: number;
  readonly maxNdjsonLineBytes: number;
  readonly requestsPerSecond: number | undefined;
  /** The shared limiter, or `undefined` for the client's own gate. */
  readonly limiter: Limiter | undefined;
  /** Default headers of every call, `user-agent` included. */
  readonly headers: Readonly<Record<string, string>>;
  readonly logger: SdkLogger;
  readonly clock: Clock;
  readonly random: () => number;
}
