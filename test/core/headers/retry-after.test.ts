import { parseRetryAfter } from "../../../src/core/headers/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
  });

  it("reads an HTTP date relative to now", () => {
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
  });

  it("gives nothing for a date in the past or now, so the backoff applies", () => {
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBeUndefined();
    expect(parseRetryAfter(new Date(now).toUTCString(), now)).toBeUndefined();
  });

  it.each([[null], [undefined], [""], ["soon"], ["-5"], ["12abc"]])(
    "gives undefined for %p",
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});
