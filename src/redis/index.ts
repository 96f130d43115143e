// The Redis entry of akeneo-pim-sdk: one budget and one token shared by many workers.

export type {
  RedisConnectionOptions,
  RedisScriptArguments,
  RedisScriptClient,
} from "./redis-connection.js";
export {
  createRedisLimiter,
  type RedisLimiter,
  type RedisLimiterOptions,
} from "./redis-limiter.js";
export {
  createRedisTokenStore,
  type RedisTokenStore,
  type RedisTokenStoreOptions,
} from "./redis-token-store.js";
export { isRedisUnavailableError, RedisUnavailableError } from "./redis-unavailable-error.js";
