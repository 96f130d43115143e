import type { Clock } from "./clock.js";
import { createConcurrencyGate } from "./concurrency-gate.js";
import type { Limiter } from "./limiter.js";
import { createRateLimiter } from "./rate-limiter.js";

/**
 * Creates the limiter of one process: at most `maxConcurrency` attempts in flight and, when
 * `requestsPerSecond` is set, request starts spaced evenly.
 *
 * Waiting is in memory and first come, first served: slots are held by attempts that are
 * themselves bounded by their timeout, so the queue always moves and the wait needs no deadline.
 */
export function createLocalLimiter(
  maxConcurrency: number,
  requestsPerSecond: number | undefined,
  clock: Clock,
): Limiter {
  const gate = createConcurrencyGate(maxConcurrency);
  const rate =
    requestsPerSecond === undefined ? undefined : createRateLimiter(requestsPerSecond, clock);
  return {
    async acquire({ signal, priority }) {
      const release = await gate.acquire(signal, priority);
      try {
        if (rate) await rate.wait(signal);
      } catch (reason) {
        release();
        throw reason;
      }
      return release;
    },
  };
}
