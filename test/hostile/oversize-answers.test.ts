import { decodeNdjson } from "../../src/core/ndjson/index.js";
import { createHostileClient, expectSafeFailure, READ_SURFACES } from "./support/hostile-client.js";
import {
  type HostileServer,
  startHostileServer,
  streamHugeBody,
} from "./support/hostile-server.js";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MIB = 1024 * 1024;

// The most the resident set grew while `call` ran, sampled every few milliseconds.
async function peakRssGrowth(call: () => Promise<unknown>): Promise<number> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await call();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage().rss) - before;
}

describe.each(READ_SURFACES)("a huge chunked JSON answer, through $name", (surface) => {
  it("stops at maxAnswerBytes with an InvalidResponseError, memory and bytes bounded", async () => {
    const bodyBytes = 512 * MIB;
    server = await startHostileServer((_request, response) =>
      streamHugeBody(response, { totalBytes: bodyBytes, prefix: '{"identifier":"' }),
    );
    const client = createHostileClient(server, { maxAnswerBytes: 2 * MIB });
    const startedAt = performance.now();
    let error: Record<string, unknown> = {};
    const growth = await peakRssGrowth(async () => {
      error = await expectSafeFailure(surface.read(client), "InvalidResponseError");
    });
    expect(error).toMatchObject({ reason: "too-large", limitBytes: 2 * MIB });
    expect(growth).toBeLessThan(64 * MIB);
    expect(server.bytesWritten()).toBeLessThan(64 * MIB);
    // Generous: the full suite runs this on two busy cores; reading 512 MiB would take far longer.
    expect(performance.now() - startedAt).toBeLessThan(15_000);
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe("a JSON answer larger than the default limit of 64 MiB", () => {
  it("fails with an InvalidResponseError and memory grows far less than the body", async () => {
    // Generated lazily: the server writes only what the client reads before it gives up.
    const bodyBytes = 1024 * MIB;
    server = await startHostileServer((_request, response) =>
      streamHugeBody(response, { totalBytes: bodyBytes, prefix: '{"identifier":"' }),
    );
    const client = createHostileClient(server);
    const growth = await peakRssGrowth(() =>
      expectSafeFailure(client.products.get("hostile-product"), "InvalidResponseError"),
    );
    expect(growth).toBeLessThan(256 * MIB);
    expect(server.bytesWritten()).toBeLessThan(128 * MIB);
  });
});

describe("an NDJSON answer with one endless line", () => {
  it("fails decoding with line-too-long once the line passes the limit, memory bounded", async () => {
    server = await startHostileServer((_request, response) =>
      streamHugeBody(response, {
        headers: { "content-type": "application/vnd.akeneo.collection+json" },
        totalBytes: 512 * MIB,
        prefix: '{"line":1,"identifier":"a","status_code":204}\n{"line":2,"message":"',
      }),
    );
    const client = createHostileClient(server);
    const { data } = await client.endpoints.upsertProducts({ body: [{ identifier: "a" }] });
    const decodeAll = async (): Promise<void> => {
      for await (const _line of decodeNdjson(data as unknown as ReadableStream<Uint8Array>, {
        maxLineBytes: 4 * MIB,
      })) {
        // decode to the end
      }
    };
    let error: Record<string, unknown> = {};
    const growth = await peakRssGrowth(async () => {
      error = await expectSafeFailure(decodeAll(), "NdjsonDecodeError");
    });
    expect(error).toMatchObject({ failure: "line-too-long", decodedCount: 1, lineNumber: 2 });
    expect(growth).toBeLessThan(64 * MIB);
    expect(server.bytesWritten()).toBeLessThan(64 * MIB);
  });
});
