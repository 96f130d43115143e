import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import {
  AKENEO_COLLECTION_CONTENT_TYPE,
  serializeRequestBody,
} from "../../../src/core/body/index.js";
import {
  IncompleteBatchAnswerError,
  type UpsertFailure,
  upsertList,
} from "../../../src/resources/bulk/index.js";

interface Product {
  identifier: string;
}

/** Answers NDJSON PATCHes like Akeneo; a batch holding "cut-here" loses its connection midway. */
function handle(request: IncomingMessage, response: ServerResponse): void {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => {
    body += chunk;
  });
  request.on("end", () => {
    const lines = body.split("\n").map((line) => JSON.parse(line) as Product);
    const answers = lines.map((item, index) =>
      JSON.stringify({ line: index + 1, identifier: item.identifier, status_code: 201 }),
    );
    response.writeHead(200, { "Content-Type": "application/vnd.akeneo.collection+json" });
    const cut = lines.findIndex((item) => item.identifier === "cut-here");
    if (cut === -1) {
      response.end(answers.join("\n"));
      return;
    }
    response.write(`${answers.slice(0, cut).join("\n")}\n${answers[cut]!.slice(0, 12)}`, () =>
      setTimeout(() => response.socket?.destroy(), 20),
    );
  });
}

describe("upsertList over HTTP", () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function sendWithOpenapiFetch() {
    const client = createClient<Record<string, never>>({
      baseUrl,
      bodySerializer: serializeRequestBody,
    });
    const patch = (
      client as unknown as {
        PATCH: (path: string, init: object) => Promise<{ data?: ReadableStream<Uint8Array> }>;
      }
    ).PATCH;
    return async (items: readonly Product[], signal: AbortSignal) => {
      const { data } = await patch("/api/rest/v1/products", {
        body: items,
        headers: { "Content-Type": AKENEO_COLLECTION_CONTENT_TYPE },
        parseAs: "stream",
        signal,
      });
      return data;
    };
  }

  it("answers every item of a real NDJSON exchange", async () => {
    const items = Array.from({ length: 230 }, (_, index) => ({ identifier: `sku-${index}` }));
    const { summary } = await upsertList(items, {
      sendBatch: sendWithOpenapiFetch(),
      answerStyle: "ndjson",
      codeOf: (item) => item.identifier,
    }).collect();
    expect(summary).toEqual({ total: 230, created: 230, updated: 0, failed: 0 });
  });

  it("names the items left without a result when the connection drops midway", async () => {
    const items = Array.from({ length: 150 }, (_, index) => ({
      identifier: index === 120 ? "cut-here" : `sku-${index}`,
    }));
    const { results } = await upsertList(items, {
      sendBatch: sendWithOpenapiFetch(),
      answerStyle: "ndjson",
      codeOf: (item) => item.identifier,
    }).collect();
    expect(results).toHaveLength(150);
    const failed = results.filter(
      (result) => result.status === "failed",
    ) as UpsertFailure<Product>[];
    const expected = Array.from({ length: 30 }, (_, i) => 120 + i);
    expect(failed.map((result) => result.index)).toEqual(expected);
    const error = failed[0]!.error as IncompleteBatchAnswerError;
    expect(error).toBeInstanceOf(IncompleteBatchAnswerError);
    expect(error.missing.map((item) => item.index)).toEqual(expected);
    expect(error.missing[0]?.code).toBe("cut-here");
  });
});
