import fc from "fast-check";
import { AbortedError } from "../../../src/core/errors/index.js";
import {
  type UpsertLineResult,
  type UpsertListOptions,
  upsertList,
} from "../../../src/resources/bulk/index.js";
import { sleep, streamOf } from "./fake-bulk-endpoint.js";

interface Item {
  code: string;
  /** Input position, carried in the item so that the server's state says which write it kept. */
  at: number;
}

/** What the fake server does with one request. */
type Fault =
  | { kind: "ok" }
  /** A 5xx, 429 or reset that outlived the transport's retries: nothing written. */
  | { kind: "fail" }
  /**
   * Every item written, the answer cut after `lines` lines (a decoding error); `tail`: the lines
   * of the last items come first (Akeneo does not promise line order).
   */
  | { kind: "cut"; lines: number; tail: boolean }
  /** Every item written, the answer ends cleanly after `lines` lines. */
  | { kind: "short"; lines: number };

const MAX_RESENDS = 2;

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Fault>({ kind: "ok" }) },
  fc.constant<Fault>({ kind: "fail" }),
  fc
    .tuple(fc.nat({ max: 5 }), fc.boolean())
    .map<Fault>(([lines, tail]) => ({ kind: "cut", lines, tail })),
  fc.nat({ max: 5 }).map<Fault>((lines) => ({ kind: "short", lines })),
);

const scenarioArb = fc.record({
  codes: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 60 }),
  faults: fc.array(faultArb, { minLength: 1, maxLength: 8 }),
  delays: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }),
  concurrency: fc.integer({ min: 1, max: 4 }),
  batchSize: fc.integer({ min: 1, max: 10 }),
  abortAfter: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** A fake NDJSON bulk endpoint keeping a log of every write, in the order it happened. */
function createServer(scenario: Scenario) {
  const state = new Map<string, Item>();
  const writes: Item[] = [];
  let requests = 0;
  const sendBatch: UpsertListOptions<Item>["sendBatch"] = async (items, signal) => {
    const number = requests++;
    await sleep(scenario.delays[number % scenario.delays.length]!, signal);
    if (signal.aborted) throw signal.reason;
    const fault = scenario.faults[number % scenario.faults.length]!;
    if (fault.kind === "fail") throw new Error("503 after every retry");
    for (const item of items) {
      state.set(item.code, item);
      writes.push(item);
    }
    const lines = items.map((item, index) =>
      JSON.stringify({ line: index + 1, code: item.code, status_code: 204 }),
    );
    if (fault.kind === "ok") return streamOf([lines.join("\n")]);
    const answered = fault.kind === "cut" && fault.tail ? [...lines].reverse() : lines;
    const kept = answered.slice(0, fault.lines).join("\n");
    return streamOf(fault.kind === "cut" ? [`${kept}\n{"line":`] : [kept]);
  };
  return { state, writes, sendBatch };
}

async function run(scenario: Scenario) {
  const items = scenario.codes.map((code, at) => ({ code: `c${code}`, at }));
  const server = createServer(scenario);
  const controller = new AbortController();
  const results: UpsertLineResult<Item>[] = [];
  let read = 0;
  function* input(): Generator<Item> {
    for (const item of items) {
      read += 1;
      yield item;
    }
  }
  let error: unknown;
  try {
    for await (const result of upsertList(input(), {
      sendBatch: server.sendBatch,
      answerStyle: "ndjson",
      codeOf: (item) => item.code,
      concurrency: scenario.concurrency,
      batchSize: scenario.batchSize,
      maxResends: MAX_RESENDS,
      signal: controller.signal,
    })) {
      results.push(result);
      if (results.length === scenario.abortAfter) controller.abort();
    }
  } catch (caught) {
    error = caught;
  }
  return { items, server, results, read, error, aborted: controller.signal.aborted };
}

describe("upsertList (property)", () => {
  it("keeps its promises under random duplicates, faults, aborts, concurrency and batch sizes", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const { items, server, results, read, error, aborted } = await run(scenario);

        // Exactly one result per item taken from the input, in input order.
        expect(results.map((result) => result.index)).toEqual(
          Array.from({ length: read }, (_, index) => index),
        );
        if (aborted) expect(error).toBeInstanceOf(AbortedError);
        else {
          expect(error).toBeUndefined();
          expect(read).toBe(items.length);
        }

        // The server keeps, for each code, the last item of that code in input order it received.
        const lastWritten = new Map<string, number>();
        for (const write of server.writes) {
          lastWritten.set(write.code, Math.max(write.at, lastWritten.get(write.code) ?? -1));
        }
        for (const [code, at] of lastWritten) expect(server.state.get(code)?.at).toBe(at);

        // A success was written; nothing is written more often than its re-sends allow.
        const writeCounts = new Map<number, number>();
        for (const write of server.writes) {
          writeCounts.set(write.at, (writeCounts.get(write.at) ?? 0) + 1);
        }
        for (const result of results) {
          const count = writeCounts.get(result.index) ?? 0;
          expect(count).toBeLessThanOrEqual(1 + MAX_RESENDS);
          if (result.status !== "failed") expect(count).toBeGreaterThan(0);
        }

        // Without faults or aborts, the server ends as if every item were applied in input order.
        const faultless = scenario.faults.every((fault) => fault.kind === "ok");
        if (faultless && !aborted) {
          const expected = new Map<string, Item>();
          for (const item of items) expected.set(item.code, item);
          expect(server.state).toEqual(expected);
          expect(results.every((result) => result.status === "updated")).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
