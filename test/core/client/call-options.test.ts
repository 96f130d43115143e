import { getProduct } from "../../../generated/endpoints.js";
import type { paths } from "../../../generated/schema.js";
import { createCoreClient, withCallOptions } from "../../../src/core/client/index.js";
import {
  AbortedError,
  InvalidArgumentError,
  TimeoutError,
} from "../../../src/core/errors/index.js";
import type { FetchLike } from "../../../src/core/transport/index.js";
import { BASE_URL } from "../support/core-client-fixture.js";
import { json } from "../support/scripted-fetch.js";

/** A fetch that answers after `delayMs` (fake timers), or fails with the signal's reason. */
function createSlowFetch(delayMs: number): { fetch: FetchLike; sent: () => number } {
  let sent = 0;
  const fetch: FetchLike = (_input, init) => {
    sent++;
    const signal = init?.signal as AbortSignal;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(json(200, { identifier: "shoe" })), delayMs);
      signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  };
  return { fetch, sent: () => sent };
}

function createClient(fetch: FetchLike, timeoutMs: number) {
  return createCoreClient<paths>({
    baseUrl: BASE_URL,
    auth: { type: "app", token: "t" },
    fetch,
    timeoutMs,
    retry: false,
    logLevel: "silent",
  });
}

const init = { params: { path: { code: "shoe" } } };

describe("withCallOptions", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("gives a generated endpoint call its own timeout, shorter than the client's", async () => {
    const slow = createSlowFetch(10_000);
    const core = createClient(slow.fetch, 60_000);
    const call = getProduct(core.api, withCallOptions(init, { timeoutMs: 30 }));
    const assertion = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 30 });
    await jest.advanceTimersByTimeAsync(30);
    await assertion;
    await expect(call).rejects.toBeInstanceOf(TimeoutError);
  });

  it("disables the client's timeout for one call with 0", async () => {
    const slow = createSlowFetch(200);
    const core = createClient(slow.fetch, 50);
    const call = getProduct(core.api, withCallOptions(init, { timeoutMs: 0 }));
    await jest.advanceTimersByTimeAsync(200);
    expect((await call).data).toEqual({ identifier: "shoe" });
  });

  it("aborts a call with the caller's signal", async () => {
    const slow = createSlowFetch(10_000);
    const core = createClient(slow.fetch, 60_000);
    const controller = new AbortController();
    const call = getProduct(core.api, withCallOptions(init, { signal: controller.signal }));
    const assertion = expect(call).rejects.toBeInstanceOf(AbortedError);
    await jest.advanceTimersByTimeAsync(10);
    controller.abort();
    await assertion;
  });

  it.each([
    ["a negative timeout", { timeoutMs: -1 }],
    ["an infinite timeout", { timeoutMs: Number.POSITIVE_INFINITY }],
    ["a timeout over one hour", { timeoutMs: 3_600_001 }],
    ["a timeout given as text", { timeoutMs: "30" as unknown as number }],
    ["a signal that is not an AbortSignal", { signal: {} as AbortSignal }],
  ])("refuses %s with InvalidArgumentError", (_case, call) => {
    expect(() => withCallOptions(init, call)).toThrow(InvalidArgumentError);
  });

  it("returns the options unchanged without call options and keeps the given ones", () => {
    expect(withCallOptions(init, undefined)).toBe(init);
    const signal = new AbortController().signal;
    expect(withCallOptions(init, { signal, timeoutMs: 5 })).toEqual({
      ...init,
      signal,
      timeoutMs: 5,
    });
    expect(withCallOptions(init, {})).toEqual(init);
  });

  it("keeps the endpoint's option type for the compiler", () => {
    const typed: Parameters<typeof getProduct>[1] = withCallOptions(init, { timeoutMs: 5 });
    // @ts-expect-error timeoutMs is a number
    expect(() => withCallOptions(init, { timeoutMs: "5" })).toThrow(InvalidArgumentError);
    // @ts-expect-error no such per-call option
    withCallOptions(init, { retries: 2 });
    expect(typed.params.path.code).toBe("shoe");
  });
});
