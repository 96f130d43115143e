import { AbortedError, ConnectionError, TimeoutError } from "../../../src/core/errors/index.js";
import {
  computeBackoffMs,
  decideRetry,
  isIdempotentMethod,
  isRetryableStatus,
  type RetryPolicy,
} from "../../../src/core/transport/index.js";

const policy: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};
const target = { method: "GET", url: "https://p/x" };
const half = () => 0.5;

describe("retry policy", () => {
  it("treats GET, PUT, PATCH, DELETE as idempotent and POST as not", () => {
    for (const method of ["GET", "put", "PATCH", "DELETE", "HEAD"])
      expect(isIdempotentMethod(method)).toBe(true);
    expect(isIdempotentMethod("POST")).toBe(false);
  });

  it.each([408, 429, 500, 502, 503, 504])("retries %i for idempotent calls", (status) => {
    expect(
      decideRetry({ attempt: 1, method: "PATCH", replayable: true, status }, policy, half),
    ).toEqual({ retry: true, delayMs: 500 });
  });

  it.each([200, 201, 204, 400, 401, 403, 404, 409, 413, 422, 501, 505])(
    "does not retry %i",
    (status) => {
      expect(
        decideRetry({ attempt: 1, method: "GET", replayable: true, status }, policy, half).retry,
      ).toBe(false);
    },
  );

  it("retries POST only on 408 and 429", () => {
    expect(isRetryableStatus(429, false)).toBe(true);
    expect(isRetryableStatus(408, false)).toBe(true);
    expect(isRetryableStatus(503, false)).toBe(false);
    expect(isRetryableStatus(500, false)).toBe(false);
  });

  it("retries a refused connection for any method, a reset only for idempotent ones", () => {
    const refused = new ConnectionError({ ...target, code: "ECONNREFUSED" });
    const reset = new ConnectionError({ ...target, code: "ECONNRESET" });
    expect(
      decideRetry({ attempt: 1, method: "POST", replayable: true, error: refused }, policy, half)
        .retry,
    ).toBe(true);
    expect(
      decideRetry({ attempt: 1, method: "POST", replayable: true, error: reset }, policy, half)
        .retry,
    ).toBe(false);
    expect(
      decideRetry({ attempt: 1, method: "DELETE", replayable: true, error: reset }, policy, half)
        .retry,
    ).toBe(true);
  });

  it("retries timeouts for idempotent calls only and never retries an abort", () => {
    const timeout = new TimeoutError({ ...target, timeoutMs: 10 });
    expect(
      decideRetry({ attempt: 1, method: "GET", replayable: true, error: timeout }, policy, half)
        .retry,
    ).toBe(true);
    expect(
      decideRetry({ attempt: 1, method: "POST", replayable: true, error: timeout }, policy, half)
        .retry,
    ).toBe(false);
    expect(
      decideRetry(
        { attempt: 1, method: "GET", replayable: true, error: new AbortedError(target) },
        policy,
        half,
      ).retry,
    ).toBe(false);
    expect(
      decideRetry(
        { attempt: 1, method: "GET", replayable: true, error: new Error("bug") },
        policy,
        half,
      ).retry,
    ).toBe(false);
  });

  it("stops after maxRetries", () => {
    expect(
      decideRetry({ attempt: 5, method: "GET", replayable: true, status: 503 }, policy, half).retry,
    ).toBe(true);
    expect(
      decideRetry({ attempt: 6, method: "GET", replayable: true, status: 503 }, policy, half),
    ).toEqual({ retry: false, reason: "retries exhausted" });
    expect(
      decideRetry(
        { attempt: 1, method: "GET", replayable: true, status: 503 },
        { ...policy, maxRetries: 0 },
        half,
      ).retry,
    ).toBe(false);
  });

  it("never retries a non-replayable body", () => {
    expect(
      decideRetry({ attempt: 1, method: "PATCH", replayable: false, status: 503 }, policy, half)
        .retry,
    ).toBe(false);
  });

  it("follows Retry-After, and stops when it exceeds the limit", () => {
    expect(
      decideRetry(
        { attempt: 1, method: "GET", replayable: true, status: 429, retryAfterMs: 3000 },
        policy,
        half,
      ),
    ).toEqual({ retry: true, delayMs: 3000 });
    expect(
      decideRetry(
        { attempt: 1, method: "GET", replayable: true, status: 429, retryAfterMs: 61_000 },
        policy,
        half,
      ).retry,
    ).toBe(false);
  });

  it("backs off exponentially with full jitter up to the cap", () => {
    const max = () => 0.999999;
    expect([1, 2, 3, 4, 5].map((attempt) => computeBackoffMs(attempt, policy, max))).toEqual([
      999, 1999, 3999, 7999, 7999,
    ]);
    expect(computeBackoffMs(3, policy, () => 0)).toBe(0);
  });
});
