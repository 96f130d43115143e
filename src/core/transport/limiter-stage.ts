import { AbortedError, AkeneoError, isAkeneoError } from "../errors/index.js";
import type { Limiter } from "./limiter.js";
import { readCallTimeout } from "./timeout-stage.js";
import type { TransportStage } from "./transport-stage.js";

// A limiter written by the user may throw anything: the caller must still get an SDK error. The
// brand, not instanceof: a limiter from another entry (akeneo-pim-sdk/redis) carries its own copy
// of the error classes.
function toLimiterError(reason: unknown, request: Request, signal: AbortSignal): AkeneoError {
  if (signal.aborted)
    return new AbortedError({ method: request.method, url: request.url, cause: reason });
  if (isAkeneoError(reason)) return reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  return new AkeneoError(`The limiter failed before ${request.method} ${request.url}: ${message}`, {
    cause: reason,
  });
}

/**
 * Creates the stage that holds a limiter slot during one attempt.
 *
 * The slot is freed when the answer's headers arrive or the attempt fails, not while backing off
 * between retries, and not while the caller reads the body: a download the caller never reads
 * must not block every other call. The wait for a slot is bounded by the call's timeout (its
 * per-call `timeoutMs`, else the client's), which the limiter is told.
 *
 * @param isPriority Tells which requests go to the front of the limiter's queue; none by default.
 */
export function createLimiterStage(
  next: TransportStage,
  limiter: Limiter,
  defaultTimeoutMs: number,
  isPriority: (request: Request) => boolean = () => false,
): TransportStage {
  return async (request, signal) => {
    // An aborted call takes no slot: with a shared limiter, a slot is a round trip to Redis.
    if (signal.aborted) {
      throw new AbortedError({ method: request.method, url: request.url, cause: signal.reason });
    }
    const timeoutMs = readCallTimeout(request) ?? defaultTimeoutMs;
    let release: () => void;
    try {
      release = await limiter.acquire({
        signal,
        timeoutMs: timeoutMs > 0 ? timeoutMs : undefined,
        priority: isPriority(request),
        method: request.method,
        url: request.url,
      });
    } catch (reason) {
      throw toLimiterError(reason, request, signal);
    }
    try {
      return await next(request, signal);
    } finally {
      release();
    }
  };
}
