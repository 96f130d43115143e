import type { Limiter } from "../transport/index.js";
import type { ClientOptions } from "./client-options.js";
import { rejectOption } from "./option-checks.js";

/** What `limiter` becomes after resolution: the shared limiter, or none (the local gate). */
export interface ResolvedLimiterOption {
  readonly limiter: Limiter | undefined;
}

/**
 * Checks the `limiter` option: an object with an `acquire` method.
 *
 * A limiter owns the whole budget, so `maxConcurrency` and `requestsPerSecond` beside it are
 * refused rather than silently ignored.
 *
 * @throws {InvalidOptionError} naming `limiter`, or the local budget option given with it.
 */
export function resolveLimiterOption(options: ClientOptions): ResolvedLimiterOption {
  const value: unknown = options.limiter;
  if (value === undefined) return { limiter: undefined };
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { acquire?: unknown }).acquire !== "function"
  ) {
    return rejectOption("limiter", value, "an object with an acquire(request) method");
  }
  for (const field of ["maxConcurrency", "requestsPerSecond"] as const) {
    if (options[field] !== undefined) {
      rejectOption(field, options[field], "no value when a limiter is given (it sets the budget)");
    }
  }
  return { limiter: value as Limiter };
}
