/**
 * Import: upsertList of 100,000 products from an async generator at concurrency 4, against a
 * loopback server (child process) that spends 20 ms per batch, vs sending one batch at a time.
 * Targets: ≥ 3.8× faster; RSS flat while the generator is read. Then `client.products.upsertList`
 * through the whole client (Node transport) against a server that answers at once, 10,000
 * products, vs the same hand-written loop: never slower (≤ 1.0×).
 * Run: npx tsx bench/bulk-import.bench.ts
 */
import createClient from "openapi-fetch";
import { AKENEO_COLLECTION_CONTENT_TYPE, serializeRequestBody } from "../src/core/body/index.js";
import { encodeNdjson } from "../src/core/ndjson/index.js";
import { createAkeneoClient } from "../src/node/index.js";
import { type SendBatch, upsertList } from "../src/resources/bulk/index.js";
import { createRssSampler } from "./support-streams/rss-sampler.js";
import { startCatalogServer } from "./support-streams/start-catalog-server.js";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const PATH = "/api/rest/v1/products";
const FAST_PRODUCTS = 10_000;
const FAST_ROUNDS = 5;

interface Product {
  identifier: string;
  family: string;
  values: { name: { locale: string; scope: null; data: string }[] };
}

async function* generateProducts(count: number): AsyncGenerator<Product> {
  for (let index = 0; index < count; index += 1) {
    yield {
      identifier: `sku-${index}`,
      family: "shoes",
      values: {
        name: [{ locale: "en_US", scope: null, data: `Shoe ${index} ${"x".repeat(200)}` }],
      },
    };
  }
}

/** The baseline: what a caller writes by hand, one request of 100 after the other. */
async function oneBatchAtATime(baseUrl: string, count = PRODUCTS): Promise<number> {
  let created = 0;
  let batch: Product[] = [];
  const flush = async (): Promise<void> => {
    const response = await fetch(`${baseUrl}${PATH}`, {
      method: "PATCH",
      headers: { "Content-Type": AKENEO_COLLECTION_CONTENT_TYPE },
      body: encodeNdjson(batch),
    });
    for (const line of (await response.text()).split("\n")) {
      if ((JSON.parse(line) as { status_code: number }).status_code === 201) created += 1;
    }
    batch = [];
  };
  for await (const product of generateProducts(count)) {
    batch.push(product);
    if (batch.length === 100) await flush();
  }
  if (batch.length > 0) await flush();
  return created;
}

async function withEngine(baseUrl: string, sample: () => void): Promise<number> {
  const client = createClient<Record<string, never>>({
    baseUrl,
    bodySerializer: serializeRequestBody,
  });
  const patch = (
    client as unknown as {
      PATCH: (path: string, init: object) => Promise<{ data?: ReadableStream<Uint8Array> }>;
    }
  ).PATCH;
  // The encoded body is sent as is: items are not encoded a second time.
  const sendBatch: SendBatch<Product> = async (_items, signal, encodedBody) => {
    sample();
    const { data } = await patch(PATH, {
      body: encodedBody,
      headers: { "Content-Type": AKENEO_COLLECTION_CONTENT_TYPE },
      parseAs: "stream",
      signal,
    });
    return data;
  };
  const run = upsertList(generateProducts(PRODUCTS), {
    sendBatch,
    answerStyle: "ndjson",
    codeOf: (product) => product.identifier,
    concurrency: 4,
  });
  for await (const _result of run) {
    // Results are consumed as they stream in; nothing is kept.
  }
  return run.summary.created;
}

async function main(): Promise<void> {
  const server = await startCatalogServer({ BATCH_DELAY_MS: "20" });
  try {
    let start = performance.now();
    const baselineCreated = await oneBatchAtATime(server.baseUrl);
    const baselineMs = performance.now() - start;
    globalThis.gc?.();
    const sampler = createRssSampler();
    start = performance.now();
    const engineCreated = await withEngine(server.baseUrl, sampler.sample);
    const engineMs = performance.now() - start;
    sampler.sample();
    if (baselineCreated !== PRODUCTS || engineCreated !== PRODUCTS) {
      throw new Error(`created ${baselineCreated} / ${engineCreated}, expected ${PRODUCTS}`);
    }
    const speedup = baselineMs / engineMs;
    const growth = sampler.peakGrowthMb();
    console.log(`bulk import of ${PRODUCTS} products, 20 ms per batch of 100`);
    console.log(`  one batch at a time   : ${baselineMs.toFixed(0)} ms`);
    console.log(`  upsertList, 4 in flight: ${engineMs.toFixed(0)} ms`);
    console.log(
      `  speed-up              : ${speedup.toFixed(2)}× (target ≥ 3.8×) ${speedup >= 3.8 ? "OK" : "MISSED"}`,
    );
    console.log(
      `  peak RSS growth       : ${growth.toFixed(1)} MB while reading an async generator`,
    );
  } finally {
    await server.stop();
  }
}

/** Whole client vs the hand-written loop against a server that answers each batch at once. */
async function timeInstantServer(): Promise<{ loopMs: number; clientMs: number }> {
  const server = await startCatalogServer({ BATCH_DELAY_MS: "0" });
  const client = createAkeneoClient({
    baseUrl: server.baseUrl,
    auth: { type: "app", token: "bench" },
  });
  const viaClient = async (): Promise<number> => {
    const run = client.products.upsertList(generateProducts(FAST_PRODUCTS));
    for await (const _result of run) {
      // Consumed as they stream in.
    }
    return run.summary.created;
  };
  const loopMs: number[] = [];
  const clientMs: number[] = [];
  const time = async (work: () => Promise<number>, into: number[]): Promise<void> => {
    const start = performance.now();
    const created = await work();
    into.push(performance.now() - start);
    if (created !== FAST_PRODUCTS) throw new Error(`created ${created}, expected ${FAST_PRODUCTS}`);
  };
  try {
    for (let round = 0; round < FAST_ROUNDS; round += 1) {
      const loop = (): Promise<void> =>
        time(() => oneBatchAtATime(server.baseUrl, FAST_PRODUCTS), loopMs);
      const sdk = (): Promise<void> => time(viaClient, clientMs);
      if (round % 2 === 0) await loop().then(sdk);
      else await sdk().then(loop);
    }
  } finally {
    await server.stop();
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return { loopMs: median(loopMs), clientMs: median(clientMs) };
}

async function report(): Promise<void> {
  await main();
  const instant = await timeInstantServer();
  const ratio = instant.clientMs / instant.loopMs;
  console.log(
    `bulk import of ${FAST_PRODUCTS} products, server answering at once (median of ${FAST_ROUNDS})`,
  );
  console.log(`  one batch at a time (fetch)      : ${instant.loopMs.toFixed(0)} ms`);
  console.log(`  client.products.upsertList       : ${instant.clientMs.toFixed(0)} ms`);
  console.log(
    `  ratio                            : ${ratio.toFixed(2)}× (target ≤ 1.0×) ${ratio <= 1 ? "OK" : "MISSED"}`,
  );
}

void report();
