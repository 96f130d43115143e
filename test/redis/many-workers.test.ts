import { TimeoutError } from "../../src/core/errors/index.js";
import { type AkeneoClient, createAkeneoClient } from "../../src/index.js";
import {
  createRedisLimiter,
  isRedisUnavailableError,
  type RedisLimiter,
} from "../../src/redis/index.js";
import type { UpsertLineResult } from "../../src/resources/bulk/index.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { startTestRedis, type TestRedis } from "./support/redis-server.js";
import type { WorkerReport } from "./support/worker.js";
import { runCalls, startWorker, stopWorker, type WorkerProcess } from "./support/worker-process.js";

const WORKERS = 8;
const CALLS_PER_WORKER = 250;
const CATEGORY_CALL = { method: "GET", path: "/api/rest/v1/categories/master" };
const SUITE_TIMEOUT_MS = 120_000;

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function countRateLimited(pim: FakePim): number {
  return pim.requestLog.entries().filter((entry) => entry.status === 429).length;
}

function total(reports: WorkerReport[]): { ok: number; failures: Record<string, number> } {
  const failures: Record<string, number> = {};
  for (const report of reports) {
    for (const [name, count] of Object.entries(report.failures)) {
      failures[name] = (failures[name] ?? 0) + count;
    }
  }
  return { ok: reports.reduce((sum, report) => sum + report.ok, 0), failures };
}

describe("many worker processes sharing one PIM connection through Redis", () => {
  let redis: TestRedis;
  let pim: FakePim;
  let workers: WorkerProcess[] = [];
  const limiters: RedisLimiter[] = [];

  const runAll = (redisUrl: string | undefined, key: string): Promise<WorkerReport[]> =>
    Promise.all(
      workers.map((worker) =>
        runCalls(worker, {
          mode: "calls",
          pimUrl: pim.url,
          credentials: pim.credentials,
          redisUrl,
          key,
          calls: CALLS_PER_WORKER,
          parallel: 8,
        }),
      ),
    );
  const sharedClient = (key: string, timeoutMs?: number): AkeneoClient => {
    const limiter = createRedisLimiter({ url: redis.url, key });
    limiters.push(limiter);
    return createAkeneoClient({
      baseUrl: pim.url,
      auth: { type: "password", ...pim.credentials },
      limiter,
      logLevel: "silent",
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
  };

  beforeAll(async () => {
    workers = Array.from({ length: WORKERS }, () => startWorker());
    [redis, pim] = await Promise.all([startTestRedis(), startFakePim({ sampleCatalog: true })]);
    await Promise.all(workers.map((worker) => worker.ready));
  }, SUITE_TIMEOUT_MS);
  afterEach(async () => {
    await Promise.all(limiters.splice(0).map((limiter) => limiter.close()));
    pim.faults.clear();
    pim.requestLog.clear();
  });
  afterAll(async () => {
    await Promise.all(workers.map(stopWorker));
    await Promise.all([redis?.close(), pim?.close()]);
  });

  it(
    "8 × 250 calls get no 429 under the shared limiter, where workers alone storm; a token expiry mid-run costs 1 token request",
    async () => {
      pim.faults.limitConcurrency(4);
      // Calls that last a few ms overlap, as real ones do; instant ones would rarely meet the cap.
      pim.faults.setLatency(5);
      const tokensAtStart = pim.auth.tokenRequestCount();
      const sharedRun = runAll(redis.url, "many-workers");
      await waitUntil(() => pim.requestLog.count(CATEGORY_CALL) >= 800, 60_000);
      const tokensBeforeExpiry = pim.auth.tokenRequestCount() - tokensAtStart;
      pim.expireAllTokens();
      const withLimiter = total(await sharedRun);
      const tokensAfterExpiry = pim.auth.tokenRequestCount() - tokensAtStart;
      const answered429WithLimiter = countRateLimited(pim);

      const alone = total(await runAll(undefined, ""));

      expect({ withLimiter, answered429WithLimiter }).toEqual({
        withLimiter: { ok: WORKERS * CALLS_PER_WORKER, failures: {} },
        answered429WithLimiter: 0,
      });
      expect({ tokensBeforeExpiry, tokensAfterExpiry }).toEqual({
        tokensBeforeExpiry: 1,
        tokensAfterExpiry: 2,
      });
      expect(alone.failures["RateLimitError 429"]).toBeGreaterThan(100);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    "an upsertList rides out a Redis restart: every item gets one result and is written once",
    async () => {
      pim.faults.setBulkBatchDelay(5);
      const client = sharedClient("restart");
      const items = Array.from({ length: 400 }, (_, index) => ({ identifier: `restart-${index}` }));
      const results: UpsertLineResult<unknown>[] = [];
      const run = (async () => {
        for await (const result of client.products.upsertList(items, { batchSize: 10 })) {
          results.push(result);
        }
      })();
      await waitUntil(() => pim.requestLog.count({ method: "PATCH" }) >= 10, 30_000);
      await redis.stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await redis.start();
      await run;
      expect(results.map((result) => result.index).sort((a, b) => a - b)).toEqual([
        ...items.keys(),
      ]);
      expect(results.every((result) => result.status === "created")).toBe(true);
      expect(pim.data.productCount()).toBeGreaterThanOrEqual(400);
      expect(items.every((item) => pim.data.product(item.identifier) !== undefined)).toBe(true);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    "an upsertList gives RedisUnavailableError to the batches sent while Redis stays down, each item answered once, none written twice",
    async () => {
      pim.faults.setBulkBatchDelay(5);
      // Long enough that no PATCH times out on a busy machine (a timed-out batch is re-sent and
      // answers "updated"), short enough that the outage shows within the test.
      const client = sharedClient("outage", 2_000);
      const items = Array.from({ length: 400 }, (_, index) => ({ identifier: `outage-${index}` }));
      const results: UpsertLineResult<unknown>[] = [];
      const countBefore = pim.data.productCount();
      const run = (async () => {
        for await (const result of client.products.upsertList(items, { batchSize: 20 })) {
          results.push(result);
        }
      })();
      await waitUntil(() => pim.requestLog.count({ method: "PATCH" }) >= 5, 30_000);
      await redis.stop();
      await run;
      await redis.start();
      expect(results.map((result) => result.index).sort((a, b) => a - b)).toEqual([
        ...items.keys(),
      ]);
      const created = results.filter((result) => result.status === "created");
      const failed = results.filter((result) => result.status === "failed");
      expect(failed.length).toBeGreaterThan(0);
      expect(created.length + failed.length).toBe(items.length);
      expect(failed.every((result) => isRedisUnavailableError(result.error))).toBe(true);
      expect(pim.data.productCount() - countBefore).toBe(created.length);
      expect(
        failed.every((result) => pim.data.product(`outage-${result.index}`) === undefined),
      ).toBe(true);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    "a worker killed with SIGKILL while holding every slot gives them back within the lease",
    async () => {
      const hog = workers[WORKERS - 1] as WorkerProcess;
      const leaseMs = 1_000;
      await expect(
        hog.run({ mode: "hold-slots", redisUrl: redis.url, key: "killed", slots: 4, leaseMs }),
      ).resolves.toBe("held");
      const limiter = createRedisLimiter({ url: redis.url, key: "killed", leaseMs });
      limiters.push(limiter);
      const request = (timeoutMs: number) => ({
        signal: new AbortController().signal,
        timeoutMs,
        priority: false,
        method: "GET",
        url: "x",
      });
      // Alive, the holder renews its leases: no slot for longer than a lease.
      await expect(limiter.acquire(request(1_500))).rejects.toBeInstanceOf(TimeoutError);
      await stopWorker(hog);
      const killedAt = Date.now();
      const releases = await Promise.all([1, 2, 3, 4].map(() => limiter.acquire(request(5_000))));
      expect(Date.now() - killedAt).toBeLessThan(leaseMs + 500);
      for (const release of releases) release();
    },
    SUITE_TIMEOUT_MS,
  );
});
