import { randomUUID } from "node:crypto";
import { isTokenPair, type TokenPair } from "../core/auth/token-pair.js";
import type { TokenStore } from "../core/auth/token-store.js";
import { rejectOption, rejectUnknownKeys, requireInteger } from "../core/client/option-checks.js";
import { CorruptTokenStoreError, TokenStoreError } from "../core/errors/index.js";
import { isPlainRecord } from "../core/values/index.js";
import {
  createRedisConnection,
  type RedisConnection,
  type RedisConnectionOptions,
} from "./redis-connection.js";
import { deriveRedisKeys } from "./redis-keys.js";
import { LOAD_TOKEN, RELEASE_LOCK, RENEW_LOCK, SAVE_TOKEN, TAKE_LOCK } from "./token-scripts.js";

/** Options of `createRedisTokenStore`. */
export interface RedisTokenStoreOptions extends RedisConnectionOptions {
  /** Names one PIM connection and user; every worker sharing the token uses the same. */
  key: string;
  /**
   * How long the renewal lock outlives its holder's last sign of life: when a worker dies while
   * renewing, another takes over after this. The holder renews it every third. @default 10000
   */
  lockLeaseMs?: number;
  /** Give up waiting for the renewal lock after this long. @default 60000 */
  lockTimeoutMs?: number;
  /** Longest wait for Redis on one load, save or lock step. @default 10000 */
  commandTimeoutMs?: number;
}

/** A token store on Redis; `close()` closes the connection it opened (not a given client). */
export interface RedisTokenStore extends TokenStore {
  /** Runs `task` while holding the renewal lock shared by every store with the same key. */
  withLock<T>(task: () => Promise<T>): Promise<T>;
  /** Closes the connection the store opened from `url`. */
  close(): Promise<void>;
}

const OPTION_KEYS = ["url", "client", "key", "lockLeaseMs", "lockTimeoutMs", "commandTimeoutMs"];
const LOCK_POLL_MIN_MS = 10;
const LOCK_POLL_MAX_MS = 100;

function parsePair(text: unknown, key: string): TokenPair | undefined {
  if (text === null || text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text));
  } catch {
    // No cause: JSON.parse quotes the text it failed on, which may hold a token.
    throw new CorruptTokenStoreError(`Redis key ${key} does not hold valid JSON`);
  }
  if (!isTokenPair(parsed)) {
    throw new CorruptTokenStoreError(`Redis key ${key} does not hold a token pair`);
  }
  return parsed;
}

async function holdLock(
  connection: RedisConnection,
  lockKey: string,
  owner: string,
  options: { lockLeaseMs: number; lockTimeoutMs: number; commandTimeoutMs: number },
): Promise<void> {
  const giveUpAt = Date.now() + options.lockTimeoutMs;
  let pollMs = LOCK_POLL_MIN_MS;
  for (;;) {
    const taken = await connection.run(TAKE_LOCK, [lockKey], [owner, String(options.lockLeaseMs)], {
      untilMs: Math.min(giveUpAt, Date.now() + options.commandTimeoutMs),
    });
    if (Number(taken) === 1) return;
    if (Date.now() + pollMs > giveUpAt) {
      throw new TokenStoreError(
        `Could not take the token renewal lock ${lockKey} within ${options.lockTimeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs * (0.5 + Math.random())));
    pollMs = Math.min(pollMs * 2, LOCK_POLL_MAX_MS);
  }
}

/**
 * Returns a token store that keeps the pair in Redis, shared by every process (on any machine)
 * created with the same Redis and `key`.
 *
 * `withLock` takes a lock with a lease (`SET NX PX`) holding a random owner id, renews the lease
 * while the renewal runs, and frees it with a script that deletes it only for its owner; a dead
 * holder's lock expires after `lockLeaseMs`. So any number of workers renew once and all adopt
 * the rotated refresh token. The pair is stored as plain JSON: protect Redis like the tokens.
 *
 * @throws {InvalidOptionError} naming the faulty option.
 * @example
 * const tokenStore = createRedisTokenStore({ url: "redis://127.0.0.1:6379/0", key: "pim.example.com/erp" });
 * const client = createAkeneoClient({ baseUrl, auth: { type: "password", …, tokenStore } });
 */
export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  if (!isPlainRecord(options)) {
    rejectOption("options", options, "an object with url or client, and key");
  }
  rejectUnknownKeys("", options as unknown as Record<string, unknown>, OPTION_KEYS);
  const keys = deriveRedisKeys(options.key);
  const settings = {
    lockLeaseMs:
      options.lockLeaseMs === undefined
        ? 10_000
        : requireInteger("lockLeaseMs", options.lockLeaseMs, 100, 600_000),
    lockTimeoutMs:
      options.lockTimeoutMs === undefined
        ? 60_000
        : requireInteger("lockTimeoutMs", options.lockTimeoutMs, 1, 3_600_000),
    commandTimeoutMs:
      options.commandTimeoutMs === undefined
        ? 10_000
        : requireInteger("commandTimeoutMs", options.commandTimeoutMs, 1, 600_000),
  };
  const connection = createRedisConnection(options);
  const within = () => ({ untilMs: Date.now() + settings.commandTimeoutMs });
  return {
    load: async () =>
      parsePair(await connection.run(LOAD_TOKEN, [keys.token], [], within()), keys.token),
    save: async (pair) => {
      await connection.run(SAVE_TOKEN, [keys.token], [JSON.stringify(pair)], within());
    },
    withLock: async (task) => {
      const owner = randomUUID();
      await holdLock(connection, keys.tokenLock, owner, settings);
      const renewal = setInterval(
        () => {
          connection
            .run(RENEW_LOCK, [keys.tokenLock], [owner, String(settings.lockLeaseMs)], within())
            .catch(() => undefined);
        },
        Math.max(50, Math.floor(settings.lockLeaseMs / 3)),
      );
      renewal.unref();
      try {
        return await task();
      } finally {
        clearInterval(renewal);
        await connection
          .run(RELEASE_LOCK, [keys.tokenLock], [owner], within())
          .catch(() => undefined);
      }
    },
    close: () => connection.close(),
  };
}
