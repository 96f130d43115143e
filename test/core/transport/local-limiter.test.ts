import { createLocalLimiter, type LimiterRequest } from "../../../src/core/transport/index.js";
import { createFakeClock } from "../support/scripted-fetch.js";

function slotRequest(signal: AbortSignal, priority = false): LimiterRequest {
  return { signal, priority, timeoutMs: undefined, method: "GET", url: "https://p/x" };
}

describe("createLocalLimiter", () => {
  it("hands out at most maxConcurrency slots and the next one when a slot is freed", async () => {
    const limiter = createLocalLimiter(2, undefined, createFakeClock(0));
    const signal = new AbortController().signal;
    const first = await limiter.acquire(slotRequest(signal));
    await limiter.acquire(slotRequest(signal));
    let thirdGranted = false;
    const third = limiter.acquire(slotRequest(signal)).then((release) => {
      thirdGranted = true;
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(thirdGranted).toBe(false);
    first();
    await third;
    expect(thirdGranted).toBe(true);
  });

  it("spaces starts by the rate and frees the slot when the rate wait is aborted", async () => {
    const clock = createFakeClock(0);
    const limiter = createLocalLimiter(1, 4, clock);
    const signal = new AbortController().signal;
    (await limiter.acquire(slotRequest(signal)))();
    (await limiter.acquire(slotRequest(signal)))();
    expect(clock.sleeps).toEqual([250]);
    const aborted = new AbortController();
    aborted.abort(new Error("stop"));
    await expect(limiter.acquire(slotRequest(aborted.signal))).rejects.toThrow("stop");
    const release = await limiter.acquire(slotRequest(signal));
    expect(typeof release).toBe("function");
  });
});
