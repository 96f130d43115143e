/**
 * A minimal Akeneo-like server for the stream benchmarks, run in its own process:
 * - GET  /api/rest/v1/products: search_after pages over a generated catalog, answered after
 *   PAGE_DELAY_MS (0 by default);
 * - PATCH /api/rest/v1/products: NDJSON upserts answered after a fixed delay per batch.
 * Prints `listening <port>` once ready. Settings come from the environment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const TOTAL_PRODUCTS = Number(process.env.CATALOG_SIZE ?? 100_000);
const BATCH_DELAY_MS = Number(process.env.BATCH_DELAY_MS ?? 20);
const PAGE_DELAY_MS = Number(process.env.PAGE_DELAY_MS ?? 0);
const PATH = "/api/rest/v1/products";

function productJson(index: number): string {
  const identifier = `sku-${String(index).padStart(7, "0")}`;
  return JSON.stringify({
    uuid: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    identifier,
    enabled: true,
    family: "shoes",
    categories: ["summer", "men"],
    groups: [],
    parent: null,
    values: {
      name: [{ locale: "en_US", scope: null, data: `Shoe ${index}` }],
      description: [
        { locale: "en_US", scope: "ecommerce", data: `A comfortable shoe, model ${index}.` },
      ],
      price: [{ locale: null, scope: null, data: [{ amount: "49.90", currency: "EUR" }] }],
    },
    created: "2024-01-01T00:00:00+00:00",
    updated: "2024-01-02T00:00:00+00:00",
    _links: { self: { href: `http://pim.internal${PATH}/${identifier}` } },
  });
}

// Pages are built once and kept, so that repeated runs measure the client rather than the server.
const pageCache = new Map<string, string>();

function answerPage(url: URL, response: ServerResponse): void {
  const key = url.search;
  let body = pageCache.get(key);
  if (body === undefined) {
    body = buildPage(url);
    pageCache.set(key, body);
  }
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(body);
}

function buildPage(url: URL): string {
  const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 100);
  const after = Number(url.searchParams.get("search_after") ?? -1);
  const first = after + 1;
  const last = Math.min(first + limit, TOTAL_PRODUCTS);
  const items: string[] = [];
  for (let index = first; index < last; index += 1) items.push(productJson(index));
  const next =
    last < TOTAL_PRODUCTS
      ? `,"next":{"href":"http://pim.internal${PATH}?pagination_type=search_after&limit=${limit}&search_after=${last - 1}"}`
      : "";
  return `{"_links":{"self":{"href":"http://pim.internal${url.pathname}${url.search}"}${next}},"_embedded":{"items":[${items.join(",")}]}}`;
}

function answerUpserts(request: IncomingMessage, response: ServerResponse): void {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const lines = Buffer.concat(chunks)
      .toString("utf8")
      .split("\n")
      .filter((line) => line !== "");
    const answer = lines
      .map((line, index) => {
        const { identifier } = JSON.parse(line) as { identifier: string };
        return JSON.stringify({ line: index + 1, identifier, status_code: 201 });
      })
      .join("\n");
    setTimeout(() => {
      response.writeHead(200, { "Content-Type": "application/vnd.akeneo.collection+json" });
      response.end(answer);
    }, BATCH_DELAY_MS);
  });
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  if (url.pathname !== PATH) {
    response.writeHead(404).end();
  } else if (request.method === "GET") {
    if (PAGE_DELAY_MS > 0) setTimeout(() => answerPage(url, response), PAGE_DELAY_MS);
    else answerPage(url, response);
  } else if (request.method === "PATCH") {
    answerUpserts(request, response);
  } else {
    response.writeHead(405).end();
  }
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
