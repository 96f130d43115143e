import { createAkeneoClient } from "../../../src/akeneo-client.js";
import { NdjsonDecodeError } from "../../../src/core/ndjson/index.js";
import { createScriptedFetch } from "../../core/support/scripted-fetch.js";

// The client's `maxNdjsonLineBytes` bounds the lines of a bulk upsert's NDJSON answer.

const NDJSON = "application/vnd.akeneo.collection+json";

function createClient(maxNdjsonLineBytes?: number) {
  const longMessage = "x".repeat(200);
  const scripted = createScriptedFetch(
    () =>
      new Response(
        `${JSON.stringify({ line: 1, code: "a", status_code: 422, message: longMessage })}\n`,
        { headers: { "content-type": NDJSON } },
      ),
  );
  return createAkeneoClient({
    baseUrl: "http://pim.test",
    auth: { type: "app", token: "app-token" },
    fetch: scripted.fetch,
    retry: false,
    logLevel: "error",
    ...(maxNdjsonLineBytes === undefined ? {} : { maxNdjsonLineBytes }),
  });
}

describe("bulk upsert answer line limit", () => {
  it("ends the answer with NdjsonDecodeError when a line exceeds the client's maxNdjsonLineBytes", async () => {
    const client = createClient(64);
    const { results } = await client.categories
      .upsertList([{ code: "a" }], { maxResends: 0 })
      .collect();
    expect(results).toHaveLength(1);
    const result = results[0];
    if (result?.status !== "failed") throw new Error("the item did not fail");
    const error = result.error as { cause?: unknown } | undefined;
    const decodeError = error instanceof NdjsonDecodeError ? error : error?.cause;
    expect(decodeError).toBeInstanceOf(NdjsonDecodeError);
    expect((decodeError as NdjsonDecodeError).maxLineBytes).toBe(64);
  });

  it("reads the same line under the default limit", async () => {
    const client = createClient();
    const { results } = await client.categories.upsertList([{ code: "a" }]).collect();
    expect(results[0]).toMatchObject({ status: "failed", statusCode: 422 });
  });
});
