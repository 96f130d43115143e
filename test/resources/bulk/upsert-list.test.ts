import { AbortedError, InvalidArgumentError } from "../../../src/core/errors/index.js";
import { NdjsonDecodeError } from "../../../src/core/ndjson/index.js";
import {
  IncompleteBatchAnswerError,
  OversizeItemError,
  type UpsertFailure,
  UpsertInputError,
  type UpsertLineResult,
  type UpsertListOptions,
  upsertList,
} from "../../../src/resources/bulk/index.js";
import { AlreadyConsumedError } from "../../../src/resources/pagination/index.js";
import { createNdjsonEndpoint, type Product, productsOf } from "./fake-bulk-endpoint.js";

function ndjsonOptions(
  sendBatch: UpsertListOptions<Product>["sendBatch"],
  extra: Partial<UpsertListOptions<Product>> = {},
): UpsertListOptions<Product> {
  return { sendBatch, answerStyle: "ndjson", codeOf: (product) => product.identifier, ...extra };
}

function expectOneResultPerItemInOrder(
  results: readonly UpsertLineResult<Product>[],
  count: number,
): void {
  expect(results.map((result) => result.index)).toEqual(Array.from({ length: count }, (_, i) => i));
  for (const result of results) expect(result.code).toBe(`sku-${result.index}`);
}

describe("upsertList", () => {
  it("gives 1,000 items 1,000 results with the right indices when failures are scattered", async () => {
    const rejected = new Set(["sku-3", "sku-99", "sku-100", "sku-517", "sku-998"]);
    const existing = new Set(["sku-0", "sku-250"]);
    const endpoint = createNdjsonEndpoint({ rejected, existing });
    const { results, summary } = await upsertList(
      productsOf(1000),
      ndjsonOptions(endpoint.sendBatch),
    ).collect();
    expectOneResultPerItemInOrder(results, 1000);
    const failed = results.filter(
      (result) => result.status === "failed",
    ) as UpsertFailure<Product>[];
    expect(failed.map((result) => result.index)).toEqual([3, 99, 100, 517, 998]);
    expect(failed[0]).toMatchObject({
      failure: "rejected",
      statusCode: 422,
      message: "Validation failed.",
      errors: [{ property: "values", message: "bad value", attribute: "name" }],
    });
    expect(results[0]?.status).toBe("updated");
    expect(results[1]?.status).toBe("created");
    expect(summary).toEqual({ total: 1000, created: 993, updated: 2, failed: 5 });
  });

  it("splits 250 items into 3 requests of at most 100", async () => {
    const endpoint = createNdjsonEndpoint();
    await upsertList(productsOf(250), ndjsonOptions(endpoint.sendBatch)).collect();
    expect(endpoint.requests.map((items) => items.length)).toEqual([100, 100, 50]);
    expect(endpoint.requests.flat().map((item) => item.identifier)).toEqual(
      productsOf(250).map((item) => item.identifier),
    );
  });

  it("keeps input order when batches finish out of order", async () => {
    const endpoint = createNdjsonEndpoint({
      delayMs: (batch) => [40, 30, 20, 10, 5, 1][batch] ?? 0,
    });
    const { results } = await upsertList(
      productsOf(600),
      ndjsonOptions(endpoint.sendBatch),
    ).collect();
    expectOneResultPerItemInOrder(results, 600);
    expect(endpoint.maxInFlight).toBe(4);
  });

  it("keeps input order when the lines of a batch arrive out of order", async () => {
    const endpoint = createNdjsonEndpoint({
      shapeAnswer: (lines) => [[...lines].reverse().join("\n")],
    });
    const { results } = await upsertList(
      productsOf(150),
      ndjsonOptions(endpoint.sendBatch),
    ).collect();
    expectOneResultPerItemInOrder(results, 150);
    expect(results.every((result) => result.status === "created")).toBe(true);
  });

  it("lets the last write of a code in input order win when its first batch is slow", async () => {
    const endpoint = createNdjsonEndpoint({ delayMs: (batch) => (batch === 0 ? 60 : 0) });
    const items: Product[] = productsOf(400);
    items[10] = { identifier: "sku-dup", values: { name: "early" } };
    items[350] = { identifier: "sku-dup", values: { name: "late" } };
    const { results } = await upsertList(items, ndjsonOptions(endpoint.sendBatch)).collect();
    expect(endpoint.state.get("sku-dup")?.values).toEqual({ name: "late" });
    expect(results.map((result) => result.index)).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(endpoint.requests.map((batch) => batch[0]?.identifier)).toEqual([
      "sku-0",
      "sku-100",
      "sku-200",
      "sku-300",
    ]);
  });

  it("keeps sending other batches while one waits for a batch holding the same code", async () => {
    const endpoint = createNdjsonEndpoint({ delayMs: (batch) => (batch === 0 ? 60 : 5) });
    const items: Product[] = productsOf(800);
    items[799] = { identifier: "sku-0" };
    await upsertList(items, ndjsonOptions(endpoint.sendBatch)).collect();
    expect(endpoint.requests.at(-1)?.at(-1)).toEqual({ identifier: "sku-0" });
    expect(endpoint.requests).toHaveLength(8);
    expect(endpoint.maxInFlight).toBe(4);
  });

  it("never has more batches in flight than the concurrency", async () => {
    const endpoint = createNdjsonEndpoint({ delayMs: () => 5 });
    await upsertList(
      productsOf(1000),
      ndjsonOptions(endpoint.sendBatch, { concurrency: 2 }),
    ).collect();
    expect(endpoint.maxInFlight).toBe(2);
    expect(endpoint.requests).toHaveLength(10);
  });

  describe("when the answer is cut", () => {
    it("sends the items left without a line again, so that they get their true result", async () => {
      const endpoint = createNdjsonEndpoint({
        rejected: new Set(["sku-150"]),
        shapeAnswer: (lines, batch) =>
          batch === 1
            ? [lines.slice(0, 37).join("\n"), "\n", lines[37]!.slice(0, 10)]
            : [lines.join("\n")],
      });
      const { results, summary } = await upsertList(
        productsOf(300),
        ndjsonOptions(endpoint.sendBatch),
      ).collect();
      expectOneResultPerItemInOrder(results, 300);
      const sizes = endpoint.requests.map((items) => items.length);
      expect(sizes.sort((a, b) => a - b)).toEqual([63, 100, 100, 100]);
      const resent = endpoint.requests.find((items) => items.length === 63)!;
      expect(resent.map((item) => item.identifier)).toEqual(
        Array.from({ length: 63 }, (_, i) => `sku-${137 + i}`),
      );
      expect(summary).toEqual({ total: 300, created: 299, updated: 0, failed: 1 });
      expect(results[150]).toMatchObject({
        status: "failed",
        failure: "rejected",
        statusCode: 422,
      });
    });

    it("re-sends at most maxResends times, then names the items still without a line", async () => {
      const endpoint = createNdjsonEndpoint({ shapeAnswer: (lines) => [lines[0]!] });
      const { results } = await upsertList(
        productsOf(4),
        ndjsonOptions(endpoint.sendBatch, { maxResends: 2 }),
      ).collect();
      expect(endpoint.requests.map((items) => items.map((item) => item.identifier))).toEqual([
        ["sku-0", "sku-1", "sku-2", "sku-3"],
        ["sku-1", "sku-2", "sku-3"],
        ["sku-2", "sku-3"],
      ]);
      expect(results.map((result) => result.status)).toEqual([
        "created",
        "created",
        "created",
        "failed",
      ]);
      const error = (results[3] as UpsertFailure<Product>).error as IncompleteBatchAnswerError;
      expect(error.missing).toEqual([{ index: 3, code: "sku-3" }]);
    });

    it("names exactly the items left without a result and answers all others", async () => {
      const endpoint = createNdjsonEndpoint({
        shapeAnswer: (lines, batch) =>
          batch === 1
            ? [lines.slice(0, 37).join("\n"), "\n", lines[37]!.slice(0, 10)]
            : [lines.join("\n")],
      });
      const { results, summary } = await upsertList(
        productsOf(300),
        ndjsonOptions(endpoint.sendBatch, { maxResends: 0 }),
      ).collect();
      expectOneResultPerItemInOrder(results, 300);
      const unanswered = results.filter(
        (result) => result.status === "failed",
      ) as UpsertFailure<Product>[];
      expect(unanswered.map((result) => result.index)).toEqual(
        Array.from({ length: 63 }, (_, i) => 137 + i),
      );
      const error = unanswered[0]!.error as IncompleteBatchAnswerError;
      expect(error).toBeInstanceOf(IncompleteBatchAnswerError);
      expect(error.missing.map((item) => item.index)).toEqual(
        unanswered.map((result) => result.index),
      );
      expect(error.missing[0]).toEqual({ index: 137, code: "sku-137" });
      expect(error.cause).toBeInstanceOf(NdjsonDecodeError);
      expect((error.cause as NdjsonDecodeError).failure).toBe("truncated");
      expect(
        unanswered.every((result) => result.failure === "no-answer" && result.error === error),
      ).toBe(true);
      expect(summary).toEqual({ total: 300, created: 237, updated: 0, failed: 63 });
    });

    it("fails the items after a non-JSON line as unanswered", async () => {
      const endpoint = createNdjsonEndpoint({
        shapeAnswer: (lines) => [
          [...lines.slice(0, 2), "<html>proxy error</html>", ...lines.slice(3)].join("\n"),
        ],
      });
      const { results } = await upsertList(
        productsOf(5),
        ndjsonOptions(endpoint.sendBatch, { maxResends: 0 }),
      ).collect();
      expect(results.map((result) => result.status)).toEqual([
        "created",
        "created",
        "failed",
        "failed",
        "failed",
      ]);
      const error = (results[2] as UpsertFailure<Product>).error as IncompleteBatchAnswerError;
      expect((error.cause as NdjsonDecodeError).failure).toBe("invalid-json");
      expect(error.missing.map((item) => item.index)).toEqual([2, 3, 4]);
    });

    it("fails the items whose lines never came when the stream ends cleanly", async () => {
      const endpoint = createNdjsonEndpoint({
        shapeAnswer: (lines) => [lines.slice(0, 3).join("\n")],
      });
      const { results } = await upsertList(
        productsOf(5),
        ndjsonOptions(endpoint.sendBatch, { maxResends: 0 }),
      ).collect();
      const failed = results.filter(
        (result) => result.status === "failed",
      ) as UpsertFailure<Product>[];
      expect(failed.map((result) => [result.index, result.failure])).toEqual([
        [3, "no-answer"],
        [4, "no-answer"],
      ]);
      expect(failed[0]!.message).toContain("input positions 3, 4");
    });

    it("counts duplicate and out-of-range line numbers as unmatched, never as results", async () => {
      const endpoint = createNdjsonEndpoint({
        shapeAnswer: (lines) => [
          [lines[0], lines[0], '{"line":9,"identifier":"x","status_code":201}', lines[2]].join(
            "\n",
          ),
        ],
      });
      const { results } = await upsertList(
        productsOf(3),
        ndjsonOptions(endpoint.sendBatch, { maxResends: 0 }),
      ).collect();
      expect(results.map((result) => result.status)).toEqual(["created", "failed", "created"]);
      expect((results[1] as UpsertFailure<Product>).message).toContain(
        "2 answer entries matched no item",
      );
    });
  });

  it("gives each item of a batch that fails at the transport level a result carrying the error", async () => {
    const outage = new Error("503 after 5 retries");
    const endpoint = createNdjsonEndpoint({
      failBatch: (batch) => (batch === 1 ? outage : undefined),
    });
    const { results, summary } = await upsertList(
      productsOf(250),
      ndjsonOptions(endpoint.sendBatch),
    ).collect();
    expectOneResultPerItemInOrder(results, 250);
    const failed = results.filter(
      (result) => result.status === "failed",
    ) as UpsertFailure<Product>[];
    expect(failed.map((result) => result.index)).toEqual(
      Array.from({ length: 100 }, (_, i) => 100 + i),
    );
    expect(
      failed.every((result) => result.failure === "batch-failed" && result.error === outage),
    ).toBe(true);
    expect(summary.created).toBe(150);
  });

  it("refuses an oversize item with a typed result and never sends it", async () => {
    const endpoint = createNdjsonEndpoint();
    const items = productsOf(4);
    items[2] = { identifier: "sku-2", values: { description: "x".repeat(200) } };
    const { results } = await upsertList(
      items,
      ndjsonOptions(endpoint.sendBatch, { maxItemBytes: 150 }),
    ).collect();
    expectOneResultPerItemInOrder(results, 4);
    const refused = results[2] as UpsertFailure<Product>;
    expect(refused.failure).toBe("not-sent");
    expect(refused.error).toBeInstanceOf(OversizeItemError);
    expect((refused.error as OversizeItemError).maxBytes).toBe(150);
    expect(endpoint.requests[0]?.map((item) => item.identifier)).toEqual([
      "sku-0",
      "sku-1",
      "sku-3",
    ]);
    expect(results.map((result) => result.status)).toEqual([
      "created",
      "created",
      "failed",
      "created",
    ]);
  });

  it("measures the 1,000,000 limit in UTF-8 bytes by default", async () => {
    const endpoint = createNdjsonEndpoint();
    const wide = { identifier: "sku-0", values: { name: "é".repeat(499_990) } };
    const { results } = await upsertList([wide], ndjsonOptions(endpoint.sendBatch)).collect();
    expect((results[0] as UpsertFailure<Product>).error).toBeInstanceOf(OversizeItemError);
    expect(endpoint.requests).toHaveLength(0);
  });

  it("hands sendBatch the sent items already encoded as NDJSON", async () => {
    const bodies: string[] = [];
    const endpoint = createNdjsonEndpoint();
    const items = productsOf(3);
    items[1] = { identifier: "sku-1", values: { description: "x".repeat(200) } };
    const sendBatch: UpsertListOptions<Product>["sendBatch"] = (batch, signal, encodedBody) => {
      bodies.push(encodedBody);
      return endpoint.sendBatch(batch, signal, encodedBody);
    };
    await upsertList(items, ndjsonOptions(sendBatch, { maxItemBytes: 150 })).collect();
    expect(bodies).toEqual(['{"identifier":"sku-0"}\n{"identifier":"sku-2"}']);
  });

  it("refuses an item without a JSON form and sends the others", async () => {
    const endpoint = createNdjsonEndpoint();
    const items: Product[] = [{ identifier: "sku-0" }, { identifier: "sku-1", values: { n: 1n } }];
    const { results } = await upsertList(items, ndjsonOptions(endpoint.sendBatch)).collect();
    expect((results[1] as UpsertFailure<Product>).error).toBeInstanceOf(InvalidArgumentError);
    expect(endpoint.requests).toEqual([[{ identifier: "sku-0" }]]);
  });

  it("takes the code from the answer when the key function gives none", async () => {
    const endpoint = createNdjsonEndpoint();
    const { results } = await upsertList(productsOf(2), {
      ...ndjsonOptions(endpoint.sendBatch),
      codeOf: () => undefined,
    }).collect();
    expect(results.map((result) => result.code)).toEqual(["sku-0", "sku-1"]);
  });

  it("accepts the answer as a Response, a string or parsed lines", async () => {
    const line = (n: number) => ({ line: n, identifier: `sku-${n - 1}`, status_code: 201 });
    const answers = [
      new Response(`${JSON.stringify(line(1))}\r\n${JSON.stringify(line(2))}\r\n`),
      `${JSON.stringify(line(1))}\n${JSON.stringify(line(2))}`,
      [line(1), line(2)],
    ];
    for (const answer of answers) {
      const { summary } = await upsertList(
        productsOf(2),
        ndjsonOptions(async () => answer),
      ).collect();
      expect(summary).toEqual({ total: 2, created: 2, updated: 0, failed: 0 });
    }
  });

  it("sends nothing before iteration starts", async () => {
    const endpoint = createNdjsonEndpoint();
    let pulled = 0;
    function* input(): Generator<Product> {
      for (const product of productsOf(10)) {
        pulled += 1;
        yield product;
      }
    }
    upsertList(input(), ndjsonOptions(endpoint.sendBatch));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pulled).toBe(0);
    expect(endpoint.requests).toHaveLength(0);
  });

  it("reads an async generator only as fast as results are consumed", async () => {
    const endpoint = createNdjsonEndpoint();
    let pulled = 0;
    let maxAhead = 0;
    let consumed = 0;
    async function* input(): AsyncGenerator<Product> {
      for (let index = 0; index < 5000; index += 1) {
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled - consumed);
        yield { identifier: `sku-${index}` };
      }
    }
    for await (const _result of upsertList(
      input(),
      ndjsonOptions(endpoint.sendBatch, { concurrency: 2 }),
    )) {
      consumed += 1;
      if (consumed % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(consumed).toBe(5000);
    // 2 × concurrency batches held, plus the batch being assembled.
    expect(maxAhead).toBeLessThanOrEqual(5 * 100);
  });

  it("stops reading and sending when the loop breaks, and aborts requests in flight", async () => {
    const endpoint = createNdjsonEndpoint({ delayMs: (batch) => (batch === 0 ? 0 : 50) });
    let closed = false;
    async function* input(): AsyncGenerator<Product> {
      try {
        for (let index = 0; index < 100_000; index += 1) yield { identifier: `sku-${index}` };
      } finally {
        closed = true;
      }
    }
    for await (const result of upsertList(input(), ndjsonOptions(endpoint.sendBatch))) {
      if (result.index === 5) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(endpoint.requests.length).toBeLessThanOrEqual(4);
    expect(endpoint.signals.every((signal) => signal.aborted)).toBe(true);
    expect(closed).toBe(true);
  });

  it("answers every item read before the input fails, then throws UpsertInputError", async () => {
    const endpoint = createNdjsonEndpoint();
    const broken = new Error("source database went away");
    async function* input(): AsyncGenerator<Product> {
      yield* productsOf(150);
      throw broken;
    }
    const results: UpsertLineResult<Product>[] = [];
    const error = await (async () => {
      for await (const result of upsertList(input(), ndjsonOptions(endpoint.sendBatch)))
        results.push(result);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpsertInputError);
    expect((error as UpsertInputError).cause).toBe(broken);
    expect((error as UpsertInputError).itemsRead).toBe(150);
    expect(results.map((result) => result.status)).toEqual(Array(150).fill("created"));
    expect(results.map((result) => result.index)).toEqual(Array.from({ length: 150 }, (_, i) => i));
  });

  it("on the caller's signal, answers every item read, then throws AbortedError", async () => {
    const controller = new AbortController();
    const endpoint = createNdjsonEndpoint({ delayMs: () => 20 });
    let read = 0;
    function* input(): Generator<Product> {
      for (const product of productsOf(2000)) {
        read += 1;
        yield product;
      }
    }
    const run = upsertList(
      input(),
      ndjsonOptions(endpoint.sendBatch, {
        signal: controller.signal,
        target: { method: "PATCH", url: "http://pim.test/api/rest/v1/products" },
      }),
    );
    const reason = new Error("shutting down");
    setTimeout(() => controller.abort(reason), 30);
    const results: UpsertLineResult<Product>[] = [];
    const error = await (async () => {
      for await (const result of run) results.push(result);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as AbortedError).cause).toBe(reason);
    expect((error as AbortedError).message).toBe("Aborted: PATCH /api/rest/v1/products");
    expect(endpoint.requests.length).toBeLessThan(20);
    expectOneResultPerItemInOrder(results, read);
    const aborted = results.filter(
      (result) => result.status === "failed",
    ) as UpsertFailure<Product>[];
    expect(aborted.length).toBeGreaterThan(0);
    expect(aborted.every((result) => result.error instanceof AbortedError)).toBe(true);
  });

  it("throws AbortedError, reading and sending nothing, when the signal is already aborted", async () => {
    const endpoint = createNdjsonEndpoint();
    let read = 0;
    function* input(): Generator<Product> {
      read += 1;
      yield { identifier: "sku-0" };
    }
    const run = upsertList(
      input(),
      ndjsonOptions(endpoint.sendBatch, { signal: AbortSignal.abort() }),
    );
    await expect(run.collect()).rejects.toThrow(AbortedError);
    expect(read).toBe(0);
    expect(endpoint.requests).toHaveLength(0);
  });

  it("refuses items that are not objects with a failed result of their own, never sending them", async () => {
    const endpoint = createNdjsonEndpoint();
    const items = [{ identifier: "sku-0" }, 1, "str", null, [1, 2], { identifier: "sku-5" }];
    const { results } = await upsertList(
      items as unknown as Product[],
      ndjsonOptions(endpoint.sendBatch),
    ).collect();
    expect(results.map((result) => result.status)).toEqual([
      "created",
      "failed",
      "failed",
      "failed",
      "failed",
      "created",
    ]);
    const refused = results[4] as UpsertFailure<Product>;
    expect(refused).toMatchObject({ failure: "not-sent", index: 4 });
    expect(refused.error).toBeInstanceOf(InvalidArgumentError);
    expect(refused.message).toBe("Item #4 is not an object (received an array): it was not sent");
    expect(endpoint.requests).toEqual([[{ identifier: "sku-0" }, { identifier: "sku-5" }]]);
  });

  it("keeps a running summary", async () => {
    const endpoint = createNdjsonEndpoint({ rejected: new Set(["sku-1"]) });
    const run = upsertList(productsOf(3), ndjsonOptions(endpoint.sendBatch));
    const seen: number[] = [];
    for await (const _result of run) seen.push(run.summary.total);
    expect(seen).toEqual([1, 2, 3]);
    expect(run.summary).toEqual({ total: 3, created: 2, updated: 0, failed: 1 });
  });

  it("refuses a second iteration", async () => {
    const run = upsertList(productsOf(3), ndjsonOptions(createNdjsonEndpoint().sendBatch));
    await run.collect();
    expect(() => run[Symbol.asyncIterator]()).toThrow(AlreadyConsumedError);
    await expect(run.collect()).rejects.toThrow(AlreadyConsumedError);
  });

  it("yields nothing and sends nothing for an empty input", async () => {
    const endpoint = createNdjsonEndpoint();
    const { results, summary } = await upsertList([], ndjsonOptions(endpoint.sendBatch)).collect();
    expect(results).toEqual([]);
    expect(summary.total).toBe(0);
    expect(endpoint.requests).toHaveLength(0);
  });

  it.each([
    [{ concurrency: 0 }, /concurrency/],
    [{ concurrency: 11 }, /concurrency/],
    [{ batchSize: 101 }, /batchSize/],
    [{ batchSize: 1.5 }, /batchSize/],
    [{ maxItemBytes: 0 }, /maxItemBytes/],
    [{ maxResends: -1 }, /maxResends/],
    [{ signal: {} }, /signal must be an AbortSignal, received object/],
    [{ signal: "stop" }, /signal must be an AbortSignal, received string/],
    [{ concurency: 2 }, /does not know the option "concurency"/],
  ])("refuses the option %p before reading anything", (extra, message) => {
    const endpoint = createNdjsonEndpoint();
    const options = ndjsonOptions(endpoint.sendBatch, extra as Partial<UpsertListOptions<Product>>);
    expect(() => upsertList(productsOf(3), options)).toThrow(InvalidArgumentError);
    expect(() => upsertList(productsOf(3), options)).toThrow(message);
  });

  it("refuses a string or a non-iterable input", () => {
    const options = ndjsonOptions(createNdjsonEndpoint().sendBatch);
    expect(() => upsertList("sku-1" as unknown as Product[], options)).toThrow(
      InvalidArgumentError,
    );
    expect(() => upsertList({} as unknown as Product[], options)).toThrow(InvalidArgumentError);
  });
});
