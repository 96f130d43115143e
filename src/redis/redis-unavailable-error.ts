import { AkeneoError, type AkeneoErrorOptions, isAkeneoError } from "../core/errors/index.js";

/**
 * Redis could not be reached (refused, closed, restarting) within the call's deadline, so no
 * budget slot or token was obtained and nothing was sent to the PIM. `target` is `host:port`,
 * never the URL, which may carry a password.
 */
export class RedisUnavailableError extends AkeneoError {
  override name = "RedisUnavailableError";
  /** `host:port` of the Redis server, or `the given client` when one was passed in. */
  readonly target: string;

  constructor(target: string, waitedMs: number, detail: string, options: AkeneoErrorOptions = {}) {
    super(
      `Redis at ${target} did not answer within ${waitedMs} ms (${detail}); nothing was sent to the PIM`,
      options,
    );
    this.target = target;
  }
}

/** Tells whether an error is a `RedisUnavailableError`, from any copy of the package. */
export function isRedisUnavailableError(error: unknown): error is RedisUnavailableError {
  return isAkeneoError(error) && error.name === "RedisUnavailableError";
}
