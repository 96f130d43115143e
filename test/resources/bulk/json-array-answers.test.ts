import {
  type IncompleteBatchAnswerError,
  InvalidBatchAnswerError,
  type UpsertFailure,
  type UpsertListOptions,
  upsertList,
} from "../../../src/resources/bulk/index.js";

interface Record_ {
  code: string;
  values?: Record<string, unknown>;
}

const recordsOf = (count: number): Record_[] =>
  Array.from({ length: count }, (_, index) => ({ code: `rec-${index}` }));

function arrayOptions(
  answer: (items: readonly Record_[]) => unknown,
  requests: Record_[][] = [],
): UpsertListOptions<Record_> {
  return {
    answerStyle: "json-array",
    codeOf: (record) => record.code,
    sendBatch: async (items) => {
      requests.push([...items]);
      return answer(items) as readonly unknown[];
    },
  };
}

describe("upsertList with JSON-array answers", () => {
  it("matches answer entries to items by code, whatever their order", async () => {
    const options = arrayOptions((items) =>
      items
        .map((item, position) => ({
          code: item.code,
          status_code: position % 3 === 0 ? 422 : 201,
          message: position % 3 === 0 ? "Invalid" : undefined,
        }))
        .reverse(),
    );
    const { results, summary } = await upsertList(recordsOf(150), options).collect();
    expect(results.map((result) => [result.index, result.code])).toEqual(
      recordsOf(150).map((record, index) => [index, record.code]),
    );
    expect(results[3]).toMatchObject({ status: "failed", failure: "rejected", statusCode: 422 });
    expect(results[4]?.status).toBe("created");
    expect(summary.failed).toBe(50 + 1);
  });

  it("matches items sharing a code in input order", async () => {
    const items = [{ code: "same" }, { code: "same" }];
    const options = arrayOptions(() => [
      { code: "same", status_code: 201 },
      { code: "same", status_code: 422, message: "second" },
    ]);
    const { results } = await upsertList(items, options).collect();
    expect(results.map((result) => [result.index, result.status])).toEqual([
      [0, "created"],
      [1, "failed"],
    ]);
  });

  it("matches entries without a code by position", async () => {
    const options = arrayOptions((items) => items.map(() => ({ status_code: 204 })));
    const { summary } = await upsertList(recordsOf(3), options).collect();
    expect(summary).toEqual({ total: 3, created: 0, updated: 3, failed: 0 });
  });

  it("sends the items the answer does not mention again, then fails them as unanswered", async () => {
    const requests: Record_[][] = [];
    const options = arrayOptions(
      (items) =>
        items
          .filter((item) => item.code !== "rec-1")
          .map((item) => ({ code: item.code, status_code: 201 })),
      requests,
    );
    const { results } = await upsertList(recordsOf(3), { ...options, maxResends: 2 }).collect();
    expect(requests.map((items) => items.map((item) => item.code))).toEqual([
      ["rec-0", "rec-1", "rec-2"],
      ["rec-1"],
      ["rec-1"],
    ]);
    const missing = results[1] as UpsertFailure<Record_>;
    expect(missing.failure).toBe("no-answer");
    expect((missing.error as IncompleteBatchAnswerError).missing).toEqual([
      { index: 1, code: "rec-1" },
    ]);
  });

  it("fails every item when the answer is not a JSON array", async () => {
    const options: UpsertListOptions<Record_> = {
      ...arrayOptions(() => []),
      sendBatch: async () => new Response('{"code":500,"message":"oops"}'),
    };
    const { results } = await upsertList(recordsOf(2), options).collect();
    expect(results.every((result) => result.status === "failed")).toBe(true);
    const error = (results[0] as UpsertFailure<Record_>).error as IncompleteBatchAnswerError;
    expect(error.cause).toBeInstanceOf(InvalidBatchAnswerError);
  });

  it("reads a JSON-array answer given as a byte stream", async () => {
    const options: UpsertListOptions<Record_> = {
      ...arrayOptions(() => []),
      sendBatch: async (items) =>
        new Response(JSON.stringify(items.map((item) => ({ code: item.code, status_code: 201 }))))
          .body,
    };
    const { summary } = await upsertList(recordsOf(2), options).collect();
    expect(summary.created).toBe(2);
  });

  it("hands sendBatch the items already encoded as a JSON array", async () => {
    let sentBody = "";
    const options: UpsertListOptions<Record_> = {
      ...arrayOptions(() => []),
      sendBatch: async (items, _signal, encodedBody) => {
        sentBody = encodedBody;
        return items.map((item) => ({ code: item.code, status_code: 204 }));
      },
    };
    await upsertList(recordsOf(2), options).collect();
    expect(JSON.parse(sentBody)).toEqual(recordsOf(2));
  });

  it("applies no line limit by default", async () => {
    const requests: Record_[][] = [];
    const big = { code: "big", values: { text: "x".repeat(1_100_000) } };
    const options = arrayOptions(
      (items) => items.map((item) => ({ code: item.code, status_code: 201 })),
      requests,
    );
    const { results } = await upsertList([big], options).collect();
    expect(results[0]?.status).toBe("created");
    expect(requests).toHaveLength(1);
  });

  it("re-sends a batch whose JSON array was cut, then refuses non-object items like NDJSON", async () => {
    const bodies: string[] = [];
    const options: UpsertListOptions<Record_> = {
      ...arrayOptions(() => []),
      sendBatch: async (items, _signal, encodedBody) => {
        bodies.push(encodedBody);
        const answer = JSON.stringify(items.map((item) => ({ code: item.code, status_code: 201 })));
        return bodies.length === 1 ? answer.slice(0, 20) : answer;
      },
    };
    const items = [{ code: "rec-0" }, null, { code: "rec-2" }] as unknown as Record_[];
    const { results } = await upsertList(items, options).collect();
    expect(results.map((result) => result.status)).toEqual(["created", "failed", "created"]);
    expect(results[1]).toMatchObject({ failure: "not-sent" });
    expect(bodies).toEqual([
      '[{"code":"rec-0"},{"code":"rec-2"}]',
      '[{"code":"rec-0"},{"code":"rec-2"}]',
    ]);
  });
});
