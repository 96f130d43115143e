import type { Clock } from "./clock.js";

/** Spaces request starts so that no more than a given number begin per second. */
export interface RateLimiter {
  /** Resolves when the next request may start; rejects with the signal's reason on abort. */
  wait(signal: AbortSignal): Promise<void>;
}

/**
 * Creates a limiter that starts at most `requestsPerSecond` requests per second, evenly spaced.
 *
 * Each caller reserves the next free start time at once, so concurrent callers queue fairly
 * without polling.
 */
export function createRateLimiter(requestsPerSecond: number, clock: Clock): RateLimiter {
  const intervalMs = 1000 / requestsPerSecond;
  let nextStartAt = Number.NEGATIVE_INFINITY;
  return {
    async wait(signal) {
      const now = clock.now();
      const startAt = Math.max(now, nextStartAt);
      nextStartAt = startAt + intervalMs;
      if (startAt > now) await clock.sleep(startAt - now, signal);
    },
  };
}
