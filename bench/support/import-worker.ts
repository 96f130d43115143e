// One importing process of bench/many-workers.bench.ts, run with `node --import tsx`: imports its
// share of the products (settings in IMPORT_SETTINGS) and prints one JSON line.
import { createAkeneoClient } from "../../src/node/index.js";
import { createRedisLimiter, createRedisTokenStore } from "../../src/redis/index.js";

interface ImportSettings {
  pimUrl: string;
  credentials: { clientId: string; secret: string; username: string; password: string };
  redisUrl: string | undefined;
  first: number;
  count: number;
}

const settings = JSON.parse(process.env.IMPORT_SETTINGS ?? "{}") as ImportSettings;

async function* products(): AsyncGenerator<{ identifier: string; family: string }> {
  for (let index = settings.first; index < settings.first + settings.count; index++) {
    yield { identifier: `sku-${index}`, family: "shoes" };
  }
}

async function main(): Promise<void> {
  const redis =
    settings.redisUrl === undefined ? undefined : { url: settings.redisUrl, key: "bench" };
  const limiter = redis ? createRedisLimiter(redis) : undefined;
  const tokenStore = redis ? createRedisTokenStore(redis) : undefined;
  const client = createAkeneoClient({
    baseUrl: settings.pimUrl,
    auth: { type: "password", ...settings.credentials, ...(tokenStore ? { tokenStore } : {}) },
    ...(limiter ? { limiter } : {}),
    logLevel: "silent",
  });
  await client.authenticate();
  process.stdout.write("ready\n");
  // Every process starts together, once the parent says so.
  await new Promise((resolve) => process.stdin.once("data", resolve));
  const startedAt = performance.now();
  const { summary } = await client.products.upsertList(products()).collect();
  const ms = performance.now() - startedAt;
  await limiter?.close();
  await tokenStore?.close();
  process.stdout.write(`${JSON.stringify({ ...summary, ms })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
