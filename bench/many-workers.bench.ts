/**
 * Many workers, one connection: 8 processes import 100,000 products between them through one
 * connection (the emulator allows 4 calls at once and spends 20 ms per batch of 100), sharing a Redis
 * limiter, vs one process alone with its own gate of 4. Also: what one Redis round trip adds to a
 * call (GET through the Redis limiter vs the local gate, median of 7 interleaved rounds of 400). Run: npx tsx bench/many-workers.bench.ts
 * (needs redis-server on PATH; BENCH_PRODUCTS scales the import).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createAkeneoClient } from "../src/node/index.js";
import { createRedisLimiter, type RedisLimiter } from "../src/redis/index.js";
import { type FakePim, startFakePim } from "../src/testing/index.js";
import { startTestRedis } from "../test/redis/support/redis-server.js";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const WORKERS = 8;
const ROUND_TRIPS = 400;
const ROUNDS = 7;
const WORKER = join(import.meta.dirname, "support/import-worker.ts");

interface ImportReport {
  total: number;
  created: number;
  updated: number;
  failed: number;
  ms: number;
}

interface Worker {
  ready: Promise<void>;
  go(): void;
  report: Promise<ImportReport>;
}

function startImporter(
  pim: FakePim,
  redisUrl: string | undefined,
  first: number,
  count: number,
): Worker {
  const settings = { pimUrl: pim.url, credentials: pim.credentials, redisUrl, first, count };
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
    env: { ...process.env, IMPORT_SETTINGS: JSON.stringify(settings) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith("ready\n")) markReady();
  });
  const report = new Promise<ImportReport>((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`importer exited with ${code}`));
      else resolve(JSON.parse(output.split("\n")[1] ?? "{}") as ImportReport);
    });
  });
  return { ready, go: () => child.stdin.end("go\n"), report };
}

async function importWith(pim: FakePim, redisUrl: string | undefined, processes: number) {
  const share = PRODUCTS / processes;
  const importers = Array.from({ length: processes }, (_, index) =>
    startImporter(pim, redisUrl, index * share, share),
  );
  await Promise.all(importers.map((importer) => importer.ready));
  pim.requestLog.clear();
  const startedAt = performance.now();
  for (const importer of importers) importer.go();
  const reports = await Promise.all(importers.map((importer) => importer.report));
  const ms = performance.now() - startedAt;
  const created = reports.reduce((sum, report) => sum + report.created, 0);
  const answered429 = pim.requestLog.entries().filter((entry) => entry.status === 429).length;
  return { ms, created, itemsPerSecond: (created / ms) * 1000, answered429 };
}

function clientFor(pim: FakePim, limiter: RedisLimiter | undefined) {
  return createAkeneoClient({
    baseUrl: pim.url,
    auth: { type: "password", ...pim.credentials },
    ...(limiter ? { limiter } : {}),
    logLevel: "silent",
  });
}

async function roundMs(client: ReturnType<typeof clientFor>): Promise<number> {
  const startedAt = performance.now();
  for (let call = 0; call < ROUND_TRIPS; call++) await client.categories.get("master");
  return (performance.now() - startedAt) / ROUND_TRIPS;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median, over interleaved rounds, of the ms per GET with the local gate and with the Redis limiter. */
async function perCallMs(
  pim: FakePim,
  redisUrl: string,
): Promise<{ local: number; shared: number }> {
  const limiter = createRedisLimiter({ url: redisUrl, key: "round-trips" });
  const local = clientFor(pim, undefined);
  const shared = clientFor(pim, limiter);
  await local.categories.get("master");
  await shared.categories.get("master");
  const rounds = { local: [] as number[], shared: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.local.push(await roundMs(local));
    rounds.shared.push(await roundMs(shared));
  }
  await limiter.close();
  return { local: median(rounds.local), shared: median(rounds.shared) };
}

async function main(): Promise<void> {
  const redis = await startTestRedis();
  const pim = await startFakePim({ sampleCatalog: true });
  try {
    const { local: localMs, shared: sharedMs } = await perCallMs(pim, redis.url);
    console.log(
      `GET through the Redis limiter: ${(sharedMs * 1000).toFixed(0)} µs per call vs ${(localMs * 1000).toFixed(0)} µs with the local gate: +${((sharedMs - localMs) * 1000).toFixed(0)} µs (acquire + release, two scripts)`,
    );

    pim.faults.limitConcurrency(4);
    pim.faults.setBulkBatchDelay(20);
    const alone = await importWith(pim, undefined, 1);
    await pim.close();
    const fresh = await startFakePim({ sampleCatalog: true });
    fresh.faults.limitConcurrency(4);
    fresh.faults.setBulkBatchDelay(20);
    try {
      const many = await importWith(fresh, redis.url, WORKERS);
      console.log(
        `one process alone: ${alone.created} products in ${alone.ms.toFixed(0)} ms, ${alone.itemsPerSecond.toFixed(0)} items/s, ${alone.answered429} answers 429`,
      );
      console.log(
        `${WORKERS} processes, shared Redis limiter: ${many.created} products in ${many.ms.toFixed(0)} ms, ${many.itemsPerSecond.toFixed(0)} items/s, ${many.answered429} answers 429`,
      );
      console.log(
        `ratio: ${(many.itemsPerSecond / alone.itemsPerSecond).toFixed(2)}× the items/s of one process (the connection's 4 slots are the limit either way)`,
      );
    } finally {
      await fresh.close();
    }
  } finally {
    await pim.close().catch(() => undefined);
    await redis.close();
  }
}

await main();
