import { hasControlCharacter } from "../core/client/header-syntax.js";
import { rejectOption } from "../core/client/option-checks.js";

/** The Redis keys of one PIM connection, all in one Cluster slot. */
export interface RedisKeys {
  /** Sorted set of held budget slots, scored by lease expiry. */
  readonly slots: string;
  /** Earliest start time of the next request (the rate budget). */
  readonly rate: string;
  /** The shared token pair, as JSON. */
  readonly token: string;
  /** The renewal lock: the holder's id, with a lease. */
  readonly tokenLock: string;
}

const MAX_KEY_LENGTH = 200;

/**
 * Checks the user's key and derives the Redis keys from it.
 *
 * The key is wrapped in a hash tag (`{…}`), so every key of one connection lands in the same
 * Cluster slot, as Lua scripts touching several keys require; braces inside it would move the tag.
 *
 * @throws {InvalidOptionError} naming `key`.
 */
export function deriveRedisKeys(key: unknown): RedisKeys {
  if (
    typeof key !== "string" ||
    key === "" ||
    key.length > MAX_KEY_LENGTH ||
    /[{}]/.test(key) ||
    hasControlCharacter(key)
  ) {
    rejectOption(
      "key",
      key,
      `a string of 1 to ${MAX_KEY_LENGTH} characters without braces or control characters, naming one PIM and connection`,
    );
  }
  const base = `akeneo-pim-sdk:{${key}}`;
  return {
    slots: `${base}:slots`,
    rate: `${base}:rate`,
    token: `${base}:token`,
    tokenLock: `${base}:token-lock`,
  };
}
