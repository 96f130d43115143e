import { createClient } from "redis";
import {
  CorruptTokenStoreError,
  InvalidOptionError,
  TokenStoreError,
} from "../../src/core/errors/index.js";
import {
  createRedisTokenStore,
  type RedisTokenStore,
  RedisUnavailableError,
} from "../../src/redis/index.js";
import { findFreePort } from "../support/find-free-port.js";
import { startTestRedis, type TestRedis } from "./support/redis-server.js";

const PAIR = { accessToken: "access-1", refreshToken: "refresh-1", expiresAt: 1_900_000_000_000 };

describe("createRedisTokenStore", () => {
  let redis: TestRedis;
  let raw: ReturnType<typeof createClient>;
  const opened: RedisTokenStore[] = [];
  let keyNumber = 0;
  const store = (options: Partial<Parameters<typeof createRedisTokenStore>[0]> = {}) => {
    const created = createRedisTokenStore({
      url: redis.url,
      key: `tokens-${keyNumber}`,
      ...options,
    });
    opened.push(created);
    return created;
  };
  const lockKey = () => `akeneo-pim-sdk:{tokens-${keyNumber}}:token-lock`;

  beforeAll(async () => {
    redis = await startTestRedis();
    raw = createClient({ url: redis.url });
    await raw.connect();
  });
  beforeEach(() => {
    keyNumber++;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((item) => item.close()));
  });
  afterAll(async () => {
    await raw.close();
    await redis.close();
  });

  it("loads nothing from an empty key, then the pair another store saved", async () => {
    const writer = store();
    const reader = store();
    await expect(reader.load()).resolves.toBeUndefined();
    await writer.save(PAIR);
    await expect(reader.load()).resolves.toEqual(PAIR);
  });

  it("reads a key that holds no pair as corrupt, without quoting it", async () => {
    const reader = store();
    await raw.set(`akeneo-pim-sdk:{tokens-${keyNumber}}:token`, '{"accessToken": "leaked-secret"');
    const failure = await reader.load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CorruptTokenStoreError);
    expect(String((failure as Error).message)).not.toContain("leaked-secret");
    await raw.set(`akeneo-pim-sdk:{tokens-${keyNumber}}:token`, '{"refreshToken": "r"}');
    await expect(reader.load()).rejects.toThrow(CorruptTokenStoreError);
  });

  it("runs one locked task at a time across stores", async () => {
    let inside = 0;
    let most = 0;
    const task = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 100));
      inside--;
    };
    await Promise.all([store().withLock(task), store().withLock(task), store().withLock(task)]);
    expect(most).toBe(1);
  });

  it("keeps the lock while a long renewal runs, past the lease", async () => {
    const holder = store({ lockLeaseMs: 200 });
    await holder.withLock(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await raw.exists(lockKey())).toBe(1);
    });
    expect(await raw.exists(lockKey())).toBe(0);
  });

  it("takes over a lock whose holder died once its lease runs out", async () => {
    await raw.set(lockKey(), "dead-worker", { PX: 300 });
    const startedAt = Date.now();
    await store().withLock(async () => undefined);
    const waited = Date.now() - startedAt;
    expect(waited).toBeGreaterThanOrEqual(200);
    expect(waited).toBeLessThan(1_500);
  });

  it("frees only its own lock: one taken over meanwhile stays", async () => {
    await store({ lockLeaseMs: 5_000 }).withLock(async () => {
      await raw.set(lockKey(), "another-worker", { PX: 5_000 });
    });
    expect(await raw.get(lockKey())).toBe("another-worker");
  });

  it("gives up waiting for the lock with TokenStoreError after lockTimeoutMs", async () => {
    await raw.set(lockKey(), "busy-worker", { PX: 10_000 });
    await expect(store({ lockTimeoutMs: 200 }).withLock(async () => undefined)).rejects.toThrow(
      TokenStoreError,
    );
  });

  it("fails with RedisUnavailableError within commandTimeoutMs when Redis is down", async () => {
    const port = await findFreePort();
    const down = store({ url: `redis://:p4ssw0rd@127.0.0.1:${port}`, commandTimeoutMs: 300 });
    const startedAt = Date.now();
    const failure = await down.load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RedisUnavailableError);
    expect((failure as Error).message).not.toContain("p4ssw0rd");
    expect(Date.now() - startedAt).toBeLessThan(1_200);
  });

  it.each([
    ["key", { key: "{x}" }],
    ["lockLeaseMs", { lockLeaseMs: 1 }],
    ["client", { url: "redis://127.0.0.1:1", client: createClient() }],
    ["lockTimeout", { lockTimeout: 5 }],
  ])("refuses a bad %s with InvalidOptionError naming it", (field, bad) => {
    const create = () =>
      createRedisTokenStore({ url: "redis://127.0.0.1:1/0", key: "k", ...(bad as object) });
    expect(create).toThrow(InvalidOptionError);
    expect(create).toThrow(`Invalid option "${field}"`);
  });
});
