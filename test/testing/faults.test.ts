import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call, callNdjson, parseNdjson } from "./support/pim-calls.js";

describe("emulator faults", () => {
  let pim: FakePim;
  let token: string;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
    token = pim.auth.issueTokens().accessToken;
  });
  afterEach(() => pim.close());

  const get = (path = "/api/rest/v1/channels") => call(pim, path, { token });

  it("answers 429 with Retry-After beyond the concurrency limit", async () => {
    pim.faults.limitConcurrency(2, { retryAfterS: 3 });
    pim.faults.setLatency(150);
    const answers = await Promise.all([get(), get(), get(), get()]);
    const limited = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(limited).toHaveLength(2);
    expect(limited[0]?.headers.get("retry-after")).toBe("3");
    expect(limited[0]?.json).toEqual({
      code: 429,
      message: "You have exceeded the limit of API requests per second.",
    });
  });

  it("answers 429 without Retry-After when none is configured, and not at all after clear()", async () => {
    pim.faults.limitConcurrency(1);
    pim.faults.setLatency(100);
    const answers = await Promise.all([get(), get()]);
    const limited = answers.find((a) => a.status === 429);
    expect(limited?.headers.get("retry-after")).toBeNull();
    pim.faults.clear();
    const again = await Promise.all([get(), get(), get()]);
    expect(again.map((a) => a.status)).toEqual([200, 200, 200]);
  });

  it("honours maxConcurrentRequests from the options", async () => {
    const limited = await startFakePim({ maxConcurrentRequests: 1 });
    try {
      limited.faults.setLatency(100);
      const t = limited.auth.issueTokens().accessToken;
      const answers = await Promise.all(
        [1, 2].map(() => call(limited, "/api/rest/v1/locales", { token: t })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("fails the k-th request with a 5xx, then recovers", async () => {
    pim.faults.failRequests({ after: 2, status: 500 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await get()).status);
    expect(statuses).toEqual([200, 200, 500, 200, 200]);
  });

  it("fails the next n matching requests only, with Retry-After when asked", async () => {
    pim.faults.failRequests({
      times: 2,
      status: 503,
      retryAfterS: 1,
      match: { method: "GET", path: /\/products/ },
    });
    const channel = await get();
    const first = await get("/api/rest/v1/products");
    const second = await get("/api/rest/v1/products");
    const third = await get("/api/rest/v1/products");
    expect([channel.status, first.status, second.status, third.status]).toEqual([
      200, 503, 503, 200,
    ]);
    expect(first.json).toEqual({ code: 503, message: "Service Unavailable" });
    expect(first.headers.get("retry-after")).toBe("1");
  });

  it("answers a proxy-style HTML error page", async () => {
    pim.faults.answerHtmlErrorPage({ status: 502 });
    const answer = await get();
    expect(answer.status).toBe(502);
    expect(answer.headers.get("content-type")).toContain("text/html");
    expect(answer.text).toContain("<html>");
    expect(answer.json).toBeUndefined();
  });

  it("drops the connection before answering", async () => {
    pim.faults.resetConnections();
    await expect(get()).rejects.toThrow();
    expect((await get()).status).toBe(200);
    expect(pim.requestLog.entries()[0]?.status).toBe("reset");
  });

  it("drops the connection in the middle of a body", async () => {
    pim.faults.resetConnections({ phase: "mid-body" });
    const response = await fetch(`${pim.url}/api/rest/v1/products?limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("drops an NDJSON answer after its first line", async () => {
    pim.faults.resetConnections({ phase: "mid-body", match: { method: "PATCH" } });
    const lines = Array.from({ length: 5 }, (_, i) =>
      JSON.stringify({ identifier: `cut-${i}` }),
    ).join("\n");
    const response = await fetch(`${pim.url}/api/rest/v1/products`, {
      method: "PATCH",
      body: lines,
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/vnd.akeneo.collection+json",
      },
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(parseNdjson(Buffer.from(first.value ?? []).toString())[0]).toEqual({
      line: 1,
      identifier: "cut-0",
      status_code: 201,
    });
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toThrow();
  });

  it("slows answers by the configured latency", async () => {
    pim.faults.setLatency(120, { path: "/api/rest/v1/channels" });
    const started = Date.now();
    await get();
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("spends the configured delay on each bulk batch", async () => {
    pim.faults.setBulkBatchDelay(100);
    const started = Date.now();
    const answer = await callNdjson(pim, "/api/rest/v1/products", [{ identifier: "slow" }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(parseNdjson(answer.text)[0]?.status_code).toBe(201);
  });

  it("refuses invalid fault settings", () => {
    expect(() => pim.faults.failRequests({ times: -1 })).toThrow(RangeError);
    expect(() => pim.faults.setLatency(Number.NaN)).toThrow(RangeError);
  });
});
