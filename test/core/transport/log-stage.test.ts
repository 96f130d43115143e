import { createSdkLogger } from "../../../src/core/logging/index.js";
import { type AttemptStage, createLogStage } from "../../../src/core/transport/index.js";
import { createFakeClock, createRecordingLogger } from "../support/scripted-fetch.js";

describe("createLogStage", () => {
  it("logs method, allow-listed query, allow-listed headers, status and duration", async () => {
    const { entries, logger } = createRecordingLogger();
    const clock = createFakeClock(0);
    const next: AttemptStage = async () => {
      clock.advance(12);
      return new Response("{}", {
        status: 200,
        headers: { "content-type": "application/json", "set-cookie": "s=1" },
      });
    };
    const stage = createLogStage(next, createSdkLogger(logger, "debug"), clock);
    const request = new Request(
      "https://p/api/rest/v1/products?limit=10&access_token=abc&custom=zz",
      {
        headers: {
          authorization: "Bearer secret-token",
          accept: "application/json",
          "x-private": "p",
        },
      },
    );
    await stage(request, request.signal);
    expect(entries).toEqual([
      {
        level: "debug",
        message: "→ GET /api/rest/v1/products?limit=10&access_token=[redacted]&custom=[redacted]",
        details: { headers: { accept: "application/json" } },
      },
      {
        level: "debug",
        message:
          "← 200 GET /api/rest/v1/products?limit=10&access_token=[redacted]&custom=[redacted] (12 ms)",
        details: { headers: { "content-type": "application/json" } },
      },
    ]);
  });

  it("logs a failure without an answer at warn", async () => {
    const { entries, logger } = createRecordingLogger();
    const stage = createLogStage(
      async () => {
        throw new Error("connection reset");
      },
      createSdkLogger(logger, "warn"),
      createFakeClock(0),
    );
    const request = new Request("https://p/x");
    await expect(stage(request, request.signal)).rejects.toThrow("connection reset");
    expect(entries).toEqual([
      { level: "warn", message: "✗ GET /x (0 ms): connection reset", details: undefined },
    ]);
  });

  it("writes nothing below the threshold", async () => {
    const { entries, logger } = createRecordingLogger();
    const stage = createLogStage(
      async () => new Response("ok"),
      createSdkLogger(logger, "info"),
      createFakeClock(0),
    );
    const request = new Request("https://p/x");
    await stage(request, request.signal);
    expect(entries).toEqual([]);
  });
});
