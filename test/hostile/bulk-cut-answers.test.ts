import type { ServerResponse } from "node:http";
import {
  AbortedError,
  createAkeneoClient,
  InvalidArgumentError,
  type UpsertLineResult,
} from "../../src/index.js";
import {
  CREDENTIALS,
  type LoopbackPim,
  type ReceivedRequest,
  startLoopbackPim,
} from "../core/support/loopback-pim.js";

type Product = { identifier: string; family?: string };

interface BulkServer {
  /** What the server holds, by identifier. */
  state: Map<string, Product>;
  /** Identifiers of each bulk request, in the order they arrived. */
  batches: string[][];
}

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
});
afterEach(async () => {
  await pim.close();
});

/**
 * Answers NDJSON product PATCHes like Akeneo, writing each line in order, after `writeDelayMs`;
 * `shape` may delay the answer or cut the connection after some lines (every item is written).
 */
function serveBulk(
  shape: (batchNumber: number, lines: string[], response: ServerResponse) => boolean = () => false,
  writeDelayMs: (batchNumber: number) => number = () => 0,
): BulkServer {
  const server: BulkServer = { state: new Map(), batches: [] };
  pim.override(async (request: ReceivedRequest, response) => {
    if (request.method !== "PATCH" || request.path !== "/api/rest/v1/products") return false;
    if (server.batches.length > 200) throw new Error("unbounded requests");
    const items = request.body
      .toString("utf8")
      .split("\n")
      .map((line) => JSON.parse(line) as Product);
    const batchNumber = server.batches.length;
    server.batches.push(items.map((item) => item.identifier));
    const delay = writeDelayMs(batchNumber);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const lines = items.map((item, index) => {
      const existed = server.state.has(item.identifier);
      server.state.set(item.identifier, item);
      return JSON.stringify({
        line: index + 1,
        identifier: item.identifier,
        status_code: existed ? 204 : 201,
      });
    });
    response.writeHead(200, { "content-type": "application/vnd.akeneo.collection+json" });
    if (!shape(batchNumber, lines, response)) response.end(lines.join("\n"));
    return true;
  });
  return server;
}

function client() {
  return createAkeneoClient({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...CREDENTIALS },
    logLevel: "silent",
    retry: false,
  });
}

const productsOf = (count: number): Product[] =>
  Array.from({ length: count }, (_, index) => ({ identifier: `sku-${index}` }));

function firstItemIndex(lines: string[]): number {
  const { identifier } = JSON.parse(lines[0] ?? "{}") as { identifier?: string };
  return Number(identifier?.slice("sku-".length));
}

describe("upsertList against a hostile server", () => {
  it("re-sends the items of an answer cut mid-stream, so that each gets its true result", async () => {
    const server = serveBulk((batch, lines, response) => {
      if (batch !== 1) return false;
      response.write(`${lines.slice(0, 42).join("\n")}\n${lines[42]!.slice(0, 9)}`, () =>
        setTimeout(() => response.socket?.destroy(), 10),
      );
      return true;
    });
    const { results, summary } = await client().products.upsertList(productsOf(300)).collect();
    expect(results.map((result) => result.index)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(summary).toEqual({ total: 300, created: 300 - 58, updated: 58, failed: 0 });
    // The 58 items without a line were written by the cut request: their re-send updates them.
    expect(results.slice(142, 200).every((result) => result.status === "updated")).toBe(true);
    expect(server.batches.map((batch) => batch.length).sort((a, b) => a - b)).toEqual([
      58, 100, 100, 100,
    ]);
  });

  it("lets the later of two writes to one product win when the earlier batch is slow", async () => {
    const server = serveBulk(undefined, (batch) => (batch === 0 ? 150 : 0));
    const items = productsOf(400);
    items[10] = { identifier: "boot", family: "early" };
    items[350] = { identifier: "boot", family: "late" };
    await client().products.upsertList(items).collect();
    expect(server.state.get("boot")?.family).toBe("late");
  });

  it("answers every item read, then throws AbortedError, when the caller aborts mid-run", async () => {
    serveBulk((_batch, lines, response) => {
      // Batches may arrive in any order over parallel connections: the input position names them.
      if (firstItemIndex(lines) < 200) return false;
      // Never answered in time: the abort must not wait for it (unref: jest need not either).
      setTimeout(() => response.end(lines.join("\n")), 5_000).unref();
      return true;
    });
    const controller = new AbortController();
    let read = 0;
    function* input(): Generator<Product> {
      for (const product of productsOf(5_000)) {
        read += 1;
        yield product;
      }
    }
    const results: UpsertLineResult<unknown>[] = [];
    const started = Date.now();
    const error = await (async () => {
      for await (const result of client().products.upsertList(input(), {
        signal: controller.signal,
      })) {
        results.push(result);
        if (result.index === 150) setTimeout(() => controller.abort(), 20);
      }
    })().catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as Error).message).toBe("Aborted: PATCH /api/rest/v1/products");
    expect(results.map((result) => result.index)).toEqual(
      Array.from({ length: read }, (_, i) => i),
    );
    const failed = results.filter((result) => result.status === "failed");
    expect(failed.length).toBeGreaterThan(0);
    expect(
      failed.every((result) => result.status === "failed" && result.error instanceof AbortedError),
    ).toBe(true);
  });

  it.each([
    ["a plain object as signal", { signal: {} }, /signal must be an AbortSignal/],
    ["an unknown option", { concurency: 2 }, /does not know the option "concurency"/],
  ])("refuses %s with InvalidArgumentError before sending anything", (_name, options, message) => {
    serveBulk();
    const call = () => client().products.upsertList(productsOf(3), options as never);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(message);
    expect(pim.requests).toHaveLength(0);
  });
});
