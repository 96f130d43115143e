import { AbortedError, ConnectionError } from "../../../src/core/errors/index.js";
import {
  createRetryStage,
  ReplayableRequest,
  type RetryPolicy,
  type TransportStage,
} from "../../../src/core/transport/index.js";
import { createFakeClock } from "../support/scripted-fetch.js";
import { silentLogger } from "./stage-fixtures.js";

const policy: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxRetryAfterMs: 10_000,
};

function scripted(statuses: (number | Error)[], headers: Record<string, string> = {}) {
  const bodies: string[] = [];
  const stage: TransportStage = async (request) => {
    bodies.push(request.body === null ? "" : await request.text());
    const next = statuses[Math.min(bodies.length - 1, statuses.length - 1)] as number | Error;
    if (next instanceof Error) throw next;
    return new Response(next === 204 ? null : `status ${next}`, { status: next, headers });
  };
  return { stage, bodies };
}

function run(stage: TransportStage, request: Request, clock = createFakeClock()) {
  const retry = createRetryStage(stage, { policy, clock, random: () => 0.5, logger: silentLogger });
  return { promise: retry(request, request.signal), clock };
}

describe("createRetryStage", () => {
  it("returns a success at once", async () => {
    const { stage, bodies } = scripted([200]);
    const { promise, clock } = run(stage, new Request("https://p/x"));
    expect((await promise).status).toBe(200);
    expect(bodies).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("retries 503 then succeeds, with exponential jittered waits", async () => {
    const { stage, bodies } = scripted([503, 503, 200]);
    const { promise, clock } = run(stage, new Request("https://p/x"));
    expect((await promise).status).toBe(200);
    expect(bodies).toHaveLength(3);
    expect(clock.sleeps).toEqual([50, 100]);
  });

  it("waits for Retry-After before the second attempt", async () => {
    const { stage } = scripted([429, 200], { "retry-after": "2" });
    const { promise, clock } = run(stage, new Request("https://p/x"));
    expect((await promise).status).toBe(200);
    expect(clock.sleeps).toEqual([2000]);
  });

  it("returns the last answer when retries run out", async () => {
    const { stage, bodies } = scripted([503]);
    const { promise } = run(stage, new Request("https://p/x"));
    expect((await promise).status).toBe(503);
    expect(bodies).toHaveLength(4);
  });

  it("throws the last failure when retries run out", async () => {
    const failure = new ConnectionError({ method: "GET", url: "https://p/x", code: "ECONNRESET" });
    const { stage, bodies } = scripted([failure]);
    await expect(run(stage, new Request("https://p/x")).promise).rejects.toBe(failure);
    expect(bodies).toHaveLength(4);
  });

  it("resends the same body on every attempt", async () => {
    const { stage, bodies } = scripted([503, 502, 204]);
    const request = new ReplayableRequest("https://p/x", { method: "PATCH", body: '{"a":1}' });
    expect((await run(stage, request).promise).status).toBe(204);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });

  it("does not retry a POST on 503", async () => {
    const { stage, bodies } = scripted([503, 201]);
    const request = new ReplayableRequest("https://p/x", { method: "POST", body: "{}" });
    expect((await run(stage, request).promise).status).toBe(503);
    expect(bodies).toHaveLength(1);
  });

  it("never retries a stream body", async () => {
    const { stage, bodies } = scripted([503, 204]);
    const stream = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode("x"));
        c.close();
      },
    });
    const request = new ReplayableRequest("https://p/x", { method: "PATCH", body: stream });
    expect((await run(stage, request).promise).status).toBe(503);
    expect(bodies).toHaveLength(1);
  });

  it("stops backing off when the caller aborts", async () => {
    const { stage, bodies } = scripted([503, 200]);
    const controller = new AbortController();
    const clock = createFakeClock();
    clock.sleep = async (_ms, signal) => {
      controller.abort();
      if (signal?.aborted) throw signal.reason;
    };
    const request = new Request("https://p/x", { signal: controller.signal });
    await expect(run(stage, request, clock).promise).rejects.toBeInstanceOf(AbortedError);
    expect(bodies).toHaveLength(1);
  });
});
