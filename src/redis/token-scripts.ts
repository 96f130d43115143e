import { defineRedisScript, type RedisScript } from "./redis-connection.js";

/** KEYS: token. Returns the stored pair's JSON, or nil. */
export const LOAD_TOKEN: RedisScript = defineRedisScript("return redis.call('GET', KEYS[1])");

/** KEYS: token. ARGV: the pair's JSON. Replaces the stored pair. */
export const SAVE_TOKEN: RedisScript = defineRedisScript(
  "return redis.call('SET', KEYS[1], ARGV[1])",
);

/** KEYS: lock. ARGV: owner id, lease ms. Takes the lock if free; returns 1 when taken. */
export const TAKE_LOCK: RedisScript = defineRedisScript(
  "if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end return 0",
);

/** KEYS: lock. ARGV: owner id, lease ms. Extends the lease, only for its owner. */
export const RENEW_LOCK: RedisScript = defineRedisScript(
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0",
);

/** KEYS: lock. ARGV: owner id. Frees the lock, only for its owner: a lease taken over stays. */
export const RELEASE_LOCK: RedisScript = defineRedisScript(
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
);
