import { defineRedisScript, type RedisScript } from "./redis-connection.js";

// Time comes from the Redis server (TIME), so that workers on machines whose clocks disagree
// still share one budget. Redis 7 replicates a script's effects, which allows reading TIME.
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * KEYS: slots, rate. ARGV: slot id, lease ms, max slots, ms between starts (0: no rate limit).
 * Drops expired leases; when a slot is free, takes it with its lease and reserves the next start
 * time; returns the ms to wait before sending, or -1 when every slot is taken.
 */
export const ACQUIRE_SLOT: RedisScript = defineRedisScript(`${NOW}
local lease = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return -1
end
local wait = 0
local interval = tonumber(ARGV[4])
if interval > 0 then
  local startAt = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
  wait = math.ceil(startAt - now)
  redis.call('SET', KEYS[2], tostring(startAt + interval), 'PX', wait + math.ceil(interval) + 1000)
end
redis.call('ZADD', KEYS[1], now + wait + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], wait + lease + 60000)
return wait`);

/** KEYS: slots. ARGV: lease ms, slot ids. Extends the leases of the slots still held. */
export const RENEW_SLOTS: RedisScript = defineRedisScript(`${NOW}
local expiry = now + tonumber(ARGV[1])
for i = 2, #ARGV do
  redis.call('ZADD', KEYS[1], 'XX', 'GT', expiry, ARGV[i])
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) + 60000)
return 1`);

/** KEYS: slots. ARGV: slot id. Frees one slot. */
export const RELEASE_SLOT: RedisScript = defineRedisScript(
  "return redis.call('ZREM', KEYS[1], ARGV[1])",
);
