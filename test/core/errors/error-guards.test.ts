import {
  AbortedError,
  AkeneoApiError,
  ConnectionError,
  InvalidArgumentError,
  isAbortedError,
  isAkeneoApiError,
  isAkeneoError,
  isAuthenticationError,
  isConnectionError,
  isNotFoundError,
  isRateLimitError,
  isTimeoutError,
  isUnprocessableEntityError,
  NotFoundError,
  TimeoutError,
} from "../../../src/core/errors/index.js";

const target = { method: "GET", url: "https://pim.example.com/x" };

describe("error guards", () => {
  it("recognise errors from another copy of the package by name", () => {
    const foreign = Object.assign(new Error("404 GET /x"), { name: "NotFoundError", status: 404 });
    expect(isAkeneoApiError(foreign)).toBe(true);
    expect(isNotFoundError(foreign)).toBe(true);
    expect(isAkeneoError(foreign)).toBe(true);
  });

  it("reject look-alikes without a status and plain values", () => {
    expect(isAkeneoApiError(Object.assign(new Error("x"), { name: "NotFoundError" }))).toBe(false);
    expect(isAkeneoError({ name: "AkeneoError" })).toBe(false);
    expect(isAkeneoError(new Error("x"))).toBe(false);
  });

  it("tell the error kinds apart", () => {
    const notFound = new NotFoundError({ ...target, status: 404 });
    expect(isNotFoundError(notFound)).toBe(true);
    expect(isRateLimitError(notFound)).toBe(false);
    expect(isAuthenticationError(notFound)).toBe(false);
    expect(isUnprocessableEntityError(notFound)).toBe(false);
    expect(isAkeneoApiError(new AkeneoApiError({ ...target, status: 409 }))).toBe(true);
    expect(isConnectionError(new ConnectionError({ ...target, code: "ECONNRESET" }))).toBe(true);
    expect(isTimeoutError(new TimeoutError({ ...target, timeoutMs: 5 }))).toBe(true);
    expect(isAbortedError(new AbortedError(target))).toBe(true);
    expect(isAkeneoApiError(new TimeoutError({ ...target, timeoutMs: 5 }))).toBe(false);
    expect(isAkeneoError(new InvalidArgumentError("bad"))).toBe(true);
  });

  it("give network errors readable messages", () => {
    expect(new ConnectionError({ ...target, code: "ECONNREFUSED" }).message).toBe(
      "Connection failed: GET /x (ECONNREFUSED)",
    );
    expect(new TimeoutError({ ...target, timeoutMs: 50 }).message).toBe(
      "Timed out: GET /x after 50 ms",
    );
  });
});
