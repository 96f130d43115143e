import { describeUrlForLog, pickLoggedHeaders, type SdkLogger } from "../logging/index.js";
import type { Clock } from "./clock.js";
import type { AttemptStage } from "./transport-stage.js";

/**
 * Creates the stage that logs each attempt: method, path with allow-listed query, allow-listed
 * headers, status and duration at `debug`; failures without an answer at `warn`.
 *
 * Bodies are never logged, which keeps token requests and answers out of every log. Nothing is
 * formatted unless its level is enabled.
 */
export function createLogStage(next: AttemptStage, logger: SdkLogger, clock: Clock): AttemptStage {
  return async (request, signal) => {
    const debug = logger.isEnabled("debug");
    const startedAt = clock.now();
    if (debug) {
      logger.debug(`→ ${describeAttempt(request)}`, {
        headers: pickLoggedHeaders(request.headers),
      });
    }
    try {
      const response = await next(request, signal);
      if (debug) {
        logger.debug(
          `← ${response.status} ${describeAttempt(request)} (${clock.now() - startedAt} ms)`,
          {
            headers: pickLoggedHeaders(response.headers),
          },
        );
      }
      return response;
    } catch (error) {
      if (logger.isEnabled("warn")) {
        logger.warn(
          `✗ ${describeAttempt(request)} (${clock.now() - startedAt} ms): ${(error as Error).message}`,
        );
      }
      throw error;
    }
  };
}

function describeAttempt(request: Request): string {
  return `${request.method} ${describeUrlForLog(request.url)}`;
}
