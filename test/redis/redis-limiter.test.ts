import { getEventListeners } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createClient } from "redis";
import { InvalidOptionError, TimeoutError } from "../../src/core/errors/index.js";
import type { LimiterRequest } from "../../src/core/transport/index.js";
import {
  createRedisLimiter,
  type RedisLimiter,
  RedisUnavailableError,
} from "../../src/redis/index.js";
import { findFreePort } from "../support/find-free-port.js";
import { startTestRedis, type TestRedis } from "./support/redis-server.js";

function slotRequest(timeoutMs: number | undefined = 2_000, signal?: AbortSignal): LimiterRequest {
  return {
    signal: signal ?? new AbortController().signal,
    timeoutMs,
    priority: false,
    method: "GET",
    url: "https://pim.example.com/api/rest/v1/products",
  };
}

// Node records the signals that AbortSignal.any() derives from a signal in a Set under a symbol.
function derivedSignalCount(signal: AbortSignal): number {
  return Object.getOwnPropertySymbols(signal)
    .map((key) => (signal as unknown as Record<symbol, unknown>)[key])
    .filter((value): value is Set<unknown> => typeof (value as Set<unknown>)?.add === "function")
    .reduce((count, set) => count + set.size, 0);
}

describe("createRedisLimiter", () => {
  let redis: TestRedis;
  const opened: RedisLimiter[] = [];
  let keyNumber = 0;
  const limiter = (options: Partial<Parameters<typeof createRedisLimiter>[0]> = {}) => {
    const created = createRedisLimiter({ url: redis.url, key: `test-${keyNumber}`, ...options });
    opened.push(created);
    return created;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  beforeEach(() => {
    keyNumber++;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((item) => item.close()));
  });
  afterAll(async () => {
    await redis.close();
  });

  it("shares maxConcurrency between limiters on separate connections", async () => {
    const first = limiter({ maxConcurrency: 3 });
    const second = limiter({ maxConcurrency: 3 });
    const held = [
      await first.acquire(slotRequest()),
      await second.acquire(slotRequest()),
      await first.acquire(slotRequest()),
    ];
    let fourthGranted = false;
    const fourth = second.acquire(slotRequest()).then((release) => {
      fourthGranted = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fourthGranted).toBe(false);
    held[0]?.();
    (await fourth)();
    expect(fourthGranted).toBe(true);
    for (const release of held) release();
  });

  it("gives up with TimeoutError when no slot frees up within the call's timeout", async () => {
    const first = limiter({ maxConcurrency: 1 });
    const second = limiter({ maxConcurrency: 1 });
    // Connected first: on a loaded machine, connecting could itself outlast the 300 ms below.
    (await second.acquire(slotRequest()))();
    const release = await first.acquire(slotRequest());
    const startedAt = Date.now();
    const failure = await second.acquire(slotRequest(300)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(Date.now() - startedAt).toBeLessThan(1_500);
    release();
  });

  it("times out on schedule while the garbage collector runs during the wait", async () => {
    // Node may collect an AbortSignal.timeout() held only by AbortSignal.any(): the wait must not
    // depend on one (nodejs/node#57736).
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    const first = limiter({ maxConcurrency: 1 });
    const second = limiter({ maxConcurrency: 1 });
    (await second.acquire(slotRequest()))();
    const release = await first.acquire(slotRequest());
    const collecting = setInterval(collect, 5);
    try {
      const startedAt = Date.now();
      const failure = await second.acquire(slotRequest(200)).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TimeoutError);
      expect(Date.now() - startedAt).toBeLessThan(1_500);
    } finally {
      clearInterval(collecting);
      release();
    }
  });

  it("spaces request starts across limiters by requestsPerSecond", async () => {
    const first = limiter({ requestsPerSecond: 20 });
    const second = limiter({ requestsPerSecond: 20 });
    const startedAt = Date.now();
    const grants: number[] = [];
    await Promise.all(
      [first, second, first, second, first, second].map(async (item) => {
        const release = await item.acquire(slotRequest());
        grants.push(Date.now() - startedAt);
        release();
      }),
    );
    // Six starts at 50 ms apart: the last one no sooner than 250 ms after the first.
    expect(Math.max(...grants) - Math.min(...grants)).toBeGreaterThanOrEqual(240);
  });

  it("keeps a slot whose holder lives past the lease, and frees a dead holder's within it", async () => {
    const leaseMs = 600;
    const holder = limiter({ maxConcurrency: 1, leaseMs });
    const other = limiter({ maxConcurrency: 1, leaseMs });
    const release = await holder.acquire(slotRequest());
    // Alive, the holder renews its lease: two and a half leases later the slot is still taken.
    await expect(other.acquire(slotRequest(1_500))).rejects.toBeInstanceOf(TimeoutError);
    release();
    await holder.acquire(slotRequest());
    // The holder stops renewing without releasing, as a killed process would.
    await holder.close();
    const startedAt = Date.now();
    (await other.acquire(slotRequest(5_000)))();
    expect(Date.now() - startedAt).toBeLessThan(leaseMs + 900);
  });

  it("stops waiting when the call is aborted", async () => {
    const first = limiter({ maxConcurrency: 1 });
    const release = await first.acquire(slotRequest());
    const controller = new AbortController();
    const waiting = first.acquire(slotRequest(5_000, controller.signal));
    controller.abort(new Error("caller gave up"));
    await expect(waiting).rejects.toThrow("caller gave up");
    release();
  });

  it("leaves nothing on a signal shared by every call once each wait is over", async () => {
    const first = limiter({ maxConcurrency: 1 });
    const shared = new AbortController().signal;
    for (let i = 0; i < 3; i++) (await first.acquire(slotRequest(2_000, shared)))();
    const held = await first.acquire(slotRequest(2_000, shared));
    await expect(first.acquire(slotRequest(100, shared))).rejects.toBeInstanceOf(TimeoutError);
    held();
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
    // Nor a signal derived from it with AbortSignal.any(), which Node keeps in a set on it.
    expect(derivedSignalCount(shared)).toBe(0);
  });

  it("keeps its keys under one hash tag, so a Cluster puts them in one slot", async () => {
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const shared = createRedisLimiter({
        client,
        key: "pim.example.com/erp",
        requestsPerSecond: 5,
      });
      const release = await shared.acquire(slotRequest());
      const keys = (await client.keys("akeneo-pim-sdk:{pim.example.com/erp}:*")).sort();
      expect(keys).toEqual([
        "akeneo-pim-sdk:{pim.example.com/erp}:rate",
        "akeneo-pim-sdk:{pim.example.com/erp}:slots",
      ]);
      release();
      await shared.close();
      expect(client.isOpen).toBe(true);
    } finally {
      await client.close();
    }
  });

  it("fails with RedisUnavailableError within the call's timeout when Redis is down, naming host and port only", async () => {
    const port = await findFreePort();
    const down = limiter({ url: `redis://user:hunter2-pass@127.0.0.1:${port}/0` });
    const startedAt = Date.now();
    const failure = await down.acquire(slotRequest(400)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RedisUnavailableError);
    expect((failure as Error).message).toMatch(
      new RegExp(
        `^Redis at 127\\.0\\.0\\.1:${port} did not answer within \\d+ ms \\(ECONNREFUSED\\); nothing was sent to the PIM$`,
      ),
    );
    expect(JSON.stringify((failure as Error).stack)).not.toContain("hunter2");
    expect(Date.now() - startedAt).toBeLessThan(1_200);
  });

  it("gives RedisUnavailableError, not TimeoutError, to calls that waited behind one that found Redis down", async () => {
    const port = await findFreePort();
    const down = limiter({ url: `redis://127.0.0.1:${port}/0` });
    const failures = await Promise.all(
      [1, 2, 3].map(() => down.acquire(slotRequest(400)).catch((error: unknown) => error)),
    );
    expect(failures.map((failure) => (failure as Error).name)).toEqual([
      "RedisUnavailableError",
      "RedisUnavailableError",
      "RedisUnavailableError",
    ]);
  });

  it("rides out a Redis restart shorter than the call's timeout", async () => {
    const survivor = limiter();
    (await survivor.acquire(slotRequest()))();
    await redis.stop();
    const restarted = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await redis.start();
    })();
    const release = await survivor.acquire(slotRequest(5_000));
    release();
    await restarted;
  });

  it.each([
    ["key", { key: "" }],
    ["key", { key: "a{b}" }],
    ["key", { key: "line\nbreak" }],
    ["maxConcurrency", { maxConcurrency: 0 }],
    ["requestsPerSecond", { requestsPerSecond: -1 }],
    ["leaseMs", { leaseMs: 10 }],
    ["url", { url: "http://127.0.0.1:6379" }],
    ["client", { client: { eval: () => undefined } }],
    ["url", { url: undefined }],
    ["maxConcurency", { maxConcurency: 4 }],
  ])("refuses a bad %s with InvalidOptionError naming it", (field, bad) => {
    const create = () =>
      createRedisLimiter({ url: "redis://127.0.0.1:1/0", key: "k", ...(bad as object) });
    expect(create).toThrow(InvalidOptionError);
    expect(create).toThrow(`Invalid option "${field}"`);
  });
});
