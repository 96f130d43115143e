export { type CallOptions, withCallOptions } from "./call-options.js";
export {
  type ClientOptions,
  DEFAULT_LOG_LEVEL,
  DEFAULT_MAX_ANSWER_BYTES,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  type ExtraHeaders,
  type ResolvedClientOptions,
  type RetryOptions,
  TOKEN_REFRESH_MARGIN_S,
} from "./client-options.js";
export { type CoreClient, createCoreClient } from "./create-core-client.js";
export { resolveAuthOptions } from "./resolve-auth-options.js";
export { resolveClientOptions } from "./resolve-client-options.js";
