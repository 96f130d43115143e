import { createSdkLogger } from "../../../src/core/logging/index.js";
import { createTransport, type TransportOptions } from "../../../src/core/transport/index.js";
import {
  createFakeClock,
  createScriptedFetch,
  json,
  networkFailure,
  sequence,
} from "../support/scripted-fetch.js";

function options(
  fetch: TransportOptions["fetch"],
  overrides: Partial<TransportOptions> = {},
): TransportOptions {
  return {
    fetch,
    retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 1000 },
    timeoutMs: 0,
    maxAnswerBytes: 1_048_576,
    maxConcurrency: 4,
    requestsPerSecond: undefined,
    headers: { "user-agent": "akeneo-pim-sdk/0.1.0 app/1", "x-tenant": "t1" },
    logger: createSdkLogger(undefined, "silent"),
    clock: createFakeClock(),
    random: () => 0.5,
    ...overrides,
  };
}

describe("createTransport", () => {
  it("adds default headers without replacing the call's own", async () => {
    const scripted = createScriptedFetch(() => json(200, {}));
    const transport = createTransport(options(scripted.fetch));
    await transport(new Request("https://p/x", { headers: { "x-tenant": "call" } }));
    expect(scripted.calls[0]?.headers.get("user-agent")).toBe("akeneo-pim-sdk/0.1.0 app/1");
    expect(scripted.calls[0]?.headers.get("x-tenant")).toBe("call");
  });

  it("retries a connection reset, then returns the success", async () => {
    const scripted = createScriptedFetch(
      sequence(
        () => {
          throw networkFailure("ECONNRESET");
        },
        () => json(200, { ok: true }),
      ),
    );
    const transport = createTransport(options(scripted.fetch));
    const response = await transport(new Request("https://p/x"));
    expect(await response.json()).toEqual({ ok: true });
    expect(scripted.calls).toHaveLength(2);
  });

  it("adds no property of its own to the answer", async () => {
    const transport = createTransport(options(createScriptedFetch(() => json(404, {})).fetch));
    const response = await transport(new Request("https://p/api/rest/v1/x", { method: "DELETE" }));
    const own = Object.getOwnPropertySymbols(response).map((key) => key.description ?? "");
    expect(own.filter((name) => name.startsWith("akeneo-pim-sdk"))).toEqual([]);
  });
});
