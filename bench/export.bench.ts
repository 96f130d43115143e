/**
 * Export: iterate 100,000 products (search_after pages of 100) through the SDK's
 * `client.products.all()` (auth, transport, pagination engine) vs a plain fetch loop over the same
 * pages, against a loopback server in a child process. Two bare undici `Pool` loops run in the
 * same rounds as floors of the platform, undici's own call and `JSON.parse` of each page and
 * nothing else: one page after the other, and with each next page asked for before the current
 * one is parsed, as `all()` does on Node. Each loop takes each place in the order in turn, after
 * one warm-up run of each (JIT, keep-alive connection).
 * Goals: time ≤ 0.80× the plain loop and ≥ 40,000 items/s; RSS growth < 64 MB over 1,000,000
 * products (one more run, `all()` alone). Then the same over 3,000 products with a server that
 * takes 10 ms per page and a loop that spends 10 ms on each page's items (a database write),
 * where `all()` asks for the next page while the loop works.
 * Run: npx tsx bench/export.bench.ts
 */
import { Pool } from "undici";
import { createAkeneoClient } from "../src/node/index.js";
import type { PageBody } from "../src/resources/pagination/index.js";
import { createRssSampler } from "./support-streams/rss-sampler.js";
import { startCatalogServer } from "./support-streams/start-catalog-server.js";

const PRODUCTS = 100_000;
const MILLION = 1_000_000;
const GOAL_RATIO = 0.8;
const GOAL_ITEMS_PER_SECOND = 40_000;
const GOAL_RSS_GROWTH_MB = 64;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PATH = "/api/rest/v1/products";

interface Product {
  identifier: string;
}

const SLOW_PRODUCTS = 3_000;
const SLOW_PAGE_MS = 10;
const WORK_PER_PAGE_MS = 10;

const noWork = async (): Promise<void> => undefined;
const pageOfWork = (): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, WORK_PER_PAGE_MS));

async function plainFetchLoop(baseUrl: string, work = noWork): Promise<number> {
  let count = 0;
  let url: string | undefined = `${baseUrl}${PATH}?pagination_type=search_after&limit=100`;
  while (url !== undefined) {
    const response = await fetch(url);
    const body = (await response.json()) as PageBody<Product>;
    for (const item of body._embedded?.items ?? []) if (item.identifier) count += 1;
    await work();
    // The server writes its internal host into links: keep only the query, as the engine does.
    const next = body._links?.next?.href;
    url = next === undefined ? undefined : `${baseUrl}${PATH}${new URL(next).search}`;
  }
  return count;
}

async function bareUndiciLoop(pool: Pool): Promise<number> {
  let count = 0;
  let path: string | undefined = `${PATH}?pagination_type=search_after&limit=100`;
  while (path !== undefined) {
    const response = await pool.request({ path, method: "GET" });
    const body = JSON.parse(await response.body.text()) as PageBody<Product>;
    for (const item of body._embedded?.items ?? []) if (item.identifier) count += 1;
    const next = body._links?.next?.href;
    path = next === undefined ? undefined : `${PATH}${new URL(next).search}`;
  }
  return count;
}

// The next link as `all()` reads it before the parse: off the `_links` member opening the body.
const OPENING_NEXT_LINK = /^\{"_links":\{[^{}]*(?:\{[^{}]*\}[^{}]*)*?"next":\{"href":"([^"]+)"/;

async function bareUndiciAheadLoop(pool: Pool): Promise<number> {
  let count = 0;
  const ask = (path: string) => pool.request({ path, method: "GET" });
  let pending: ReturnType<typeof ask> | undefined = ask(
    `${PATH}?pagination_type=search_after&limit=100`,
  );
  while (pending !== undefined) {
    const text: string = await (await pending).body.text();
    const next: string | undefined = OPENING_NEXT_LINK.exec(text)?.[1];
    pending = next === undefined ? undefined : ask(`${PATH}${new URL(next).search}`);
    // undici writes on a kept-alive connection a turn of the event loop after the last answer.
    if (pending !== undefined) {
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const body = JSON.parse(text) as PageBody<Product>;
    for (const item of body._embedded?.items ?? []) if (item.identifier) count += 1;
  }
  return count;
}

async function sdkLoop(baseUrl: string, sample: () => void, work = noWork): Promise<number> {
  // An app token: the bench server does not check it, and no token request is timed.
  const client = createAkeneoClient({ baseUrl, auth: { type: "app", token: "bench" } });
  let count = 0;
  for await (const product of client.products.all()) {
    if (product.identifier) count += 1;
    if (count % 100 === 0) {
      sample();
      await work();
    }
  }
  return count;
}

/** Medians of the plain loop and `all()`, with page work, against a server slow to answer. */
async function timeSlowServer(): Promise<{ plainMs: number; sdkMs: number }> {
  const server = await startCatalogServer({
    CATALOG_SIZE: String(SLOW_PRODUCTS),
    PAGE_DELAY_MS: String(SLOW_PAGE_MS),
  });
  try {
    const plainMs: number[] = [];
    const sdkMs: number[] = [];
    const time = async (run: () => Promise<number>, into: number[]): Promise<void> => {
      const start = performance.now();
      const count = await run();
      into.push(performance.now() - start);
      if (count !== SLOW_PRODUCTS) throw new Error(`counted ${count}, expected ${SLOW_PRODUCTS}`);
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      await time(() => plainFetchLoop(server.baseUrl, pageOfWork), plainMs);
      await time(() => sdkLoop(server.baseUrl, noWork, pageOfWork), sdkMs);
    }
    return { plainMs: median(plainMs), sdkMs: median(sdkMs) };
  } finally {
    await server.stop();
  }
}

/** One run of `all()` over a million products, sampling RSS every 100 items. */
async function measureMillion(): Promise<{ ms: number; rssGrowthMb: number }> {
  const server = await startCatalogServer({ CATALOG_SIZE: String(MILLION) });
  try {
    globalThis.gc?.();
    const sampler = createRssSampler();
    const start = performance.now();
    const count = await sdkLoop(server.baseUrl, sampler.sample);
    const ms = performance.now() - start;
    sampler.sample();
    if (count !== MILLION) throw new Error(`counted ${count}, expected ${MILLION}`);
    return { ms, rssGrowthMb: sampler.peakGrowthMb() };
  } finally {
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  // First, while nothing else has grown the heap: growth measured later would hide in it.
  const million = await measureMillion();
  console.log(`export of ${MILLION} products through all(), once, first in the process`);
  console.log(
    `  ${million.ms.toFixed(0)} ms, ${(MILLION / (million.ms / 1000)).toFixed(0)} items/s; peak RSS growth ${million.rssGrowthMb.toFixed(1)} MB (goal < ${GOAL_RSS_GROWTH_MB} MB) ${million.rssGrowthMb < GOAL_RSS_GROWTH_MB ? "OK" : "MISSED"}`,
  );
  const server = await startCatalogServer({ CATALOG_SIZE: String(PRODUCTS) });
  const pool = new Pool(server.baseUrl, { connections: 1 });
  try {
    // Warm-up of all three: JIT and keep-alive connection.
    await plainFetchLoop(server.baseUrl);
    await sdkLoop(server.baseUrl, () => undefined);
    await bareUndiciLoop(pool);
    await bareUndiciAheadLoop(pool);
    const plainMs: number[] = [];
    const engineMs: number[] = [];
    const floorMs: number[] = [];
    const aheadFloorMs: number[] = [];
    const timed = (run: () => Promise<number>, into: number[]) => async (): Promise<number> => {
      const start = performance.now();
      const count = await run();
      into.push(performance.now() - start);
      return count;
    };
    const loops = [
      timed(() => plainFetchLoop(server.baseUrl), plainMs),
      timed(() => sdkLoop(server.baseUrl, () => undefined), engineMs),
      timed(() => bareUndiciLoop(pool), floorMs),
      timed(() => bareUndiciAheadLoop(pool), aheadFloorMs),
    ];
    for (let round = 0; round < ROUNDS; round += 1) {
      const counts: number[] = [];
      // Each loop takes each place in the order in turn.
      for (let turn = 0; turn < loops.length; turn += 1) {
        counts.push(await loops[(round + turn) % loops.length]!());
      }
      if (counts.some((count) => count !== PRODUCTS)) {
        throw new Error(`counted ${counts.join(" / ")} products, expected ${PRODUCTS}`);
      }
    }
    const ratio = median(engineMs) / median(plainMs);
    console.log(`export of ${PRODUCTS} products, ${ROUNDS} rounds (median)`);
    console.log(
      `  plain fetch loop      : ${median(plainMs).toFixed(0)} ms  [${plainMs.map((ms) => ms.toFixed(0)).join(", ")}]`,
    );
    console.log(
      `  client.products.all(): ${median(engineMs).toFixed(0)} ms  [${engineMs.map((ms) => ms.toFixed(0)).join(", ")}]`,
    );
    console.log(
      `  bare undici (floor)   : ${median(floorMs).toFixed(0)} ms  [${floorMs.map((ms) => ms.toFixed(0)).join(", ")}], ${(median(floorMs) / median(plainMs)).toFixed(3)}× the plain loop`,
    );
    console.log(
      `  bare undici, next page asked before the parse (floor of all()): ${median(aheadFloorMs).toFixed(0)} ms  [${aheadFloorMs.map((ms) => ms.toFixed(0)).join(", ")}], ${(median(aheadFloorMs) / median(plainMs)).toFixed(3)}× the plain loop`,
    );
    const itemsPerSecond = PRODUCTS / (median(engineMs) / 1000);
    console.log(
      `  ratio                 : ${ratio.toFixed(3)}× (goal ≤ ${GOAL_RATIO}×) ${ratio <= GOAL_RATIO ? "OK" : "MISSED"}`,
    );
    console.log(
      `  items/s through all() : ${itemsPerSecond.toFixed(0)} (goal ≥ ${GOAL_ITEMS_PER_SECOND}) ${itemsPerSecond >= GOAL_ITEMS_PER_SECOND ? "OK" : "MISSED"}`,
    );
  } finally {
    await pool.close();
    await server.stop();
  }

  const slow = await timeSlowServer();
  console.log(
    `export of ${SLOW_PRODUCTS} products, server ${SLOW_PAGE_MS} ms per page, loop ${WORK_PER_PAGE_MS} ms per page`,
  );
  console.log(`  plain fetch loop      : ${slow.plainMs.toFixed(0)} ms`);
  console.log(
    `  client.products.all(): ${slow.sdkMs.toFixed(0)} ms, ${(slow.sdkMs / slow.plainMs).toFixed(3)}× (reads one page ahead)`,
  );
}

void main();
