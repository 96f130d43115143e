import {
  AbortedError,
  AkeneoApiError,
  AlreadyConsumedError,
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
import { NdjsonDecodeError } from "../../../src/core/ndjson/index.js";
import {
  IncompleteBatchAnswerError,
  InvalidBatchAnswerError,
  OversizeItemError,
} from "../../../src/resources/bulk/index.js";
import { MissingMediaCodeError } from "../../../src/resources/media/index.js";
import { UnexpectedLinkError } from "../../../src/resources/pagination/index.js";

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

  it("recognise errors defined outside the errors module by their brand", () => {
    const item = { index: 0, code: "shoe" };
    const errors = [
      new NdjsonDecodeError({ failure: "truncated", decodedCount: 1, lineNumber: 2 }),
      new UnexpectedLinkError("Bad next link", "/api/rest/v1/products", "/api/oauth/v1/token"),
      new AlreadyConsumedError("This page iteration"),
      new OversizeItemError(item, 2_000_000, 1_000_000),
      new IncompleteBatchAnswerError([item], 1, "the answer ended"),
      new InvalidBatchAnswerError("not an array"),
      new MissingMediaCodeError("no code in the answer"),
    ];
    for (const error of errors)
      expect([error.name, isAkeneoError(error)]).toEqual([error.name, true]);
    expect(errors.every((error) => !isAkeneoApiError(error))).toBe(true);
  });

  it("recognise a branded error of another copy of the package, whatever its name", () => {
    class ForeignCopyError extends Error {
      override name = "SomeFutureError";
      constructor() {
        super("from another copy");
        Object.defineProperty(this, Symbol.for("akeneo-pim-sdk.error"), { value: true });
      }
    }
    expect(isAkeneoError(new ForeignCopyError())).toBe(true);
    expect(isAkeneoError(Object.assign(new Error("x"), { name: "SomeFutureError" }))).toBe(false);
  });

  it("carry the brand as a non-enumerable property, out of logs and deep comparisons", () => {
    const brand = Object.getOwnPropertyDescriptor(
      new InvalidArgumentError("x"),
      Symbol.for("akeneo-pim-sdk.error"),
    );
    expect(brand).toEqual({ value: true, enumerable: false, writable: false, configurable: false });
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
