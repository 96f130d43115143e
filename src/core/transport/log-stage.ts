import { describeUrlForLog, pickLoggedHeaders, type SdkLogger } from "../logging/index.js";
import type { Clock } from "./clock.js";
import type { TransportStage } from "./transport-stage.js";

/**
 * Creates the stage that logs each attempt: method, path with allow-listed query, allow-listed
 * headers, status and duration at `debug`; failures without an answer at `warn`.
 *
 * Bodies are never logged, which keeps token requests and answers out of every log.
 */
export function createLogStage(
  next: TransportStage,
  logger: SdkLogger,
  clock: Clock,
): TransportStage {
  return async (request, signal) => {
    if (!logger.isEnabled("debug") && !logger.isEnabled("warn")) return next(request, signal);
    const target = `${request.method} ${describeUrlForLog(request.url)}`;
    const startedAt = clock.now();
    if (logger.isEnabled("debug")) {
      logger.debug(`→ ${target}`, { headers: pickLoggedHeaders(request.headers) });
    }
    try {
      const response = await next(request, signal);
      if (logger.isEnabled("debug")) {
        logger.debug(`← ${response.status} ${target} (${clock.now() - startedAt} ms)`, {
          headers: pickLoggedHeaders(response.headers),
        });
      }
      return response;
    } catch (error) {
      logger.warn(`✗ ${target} (${clock.now() - startedAt} ms): ${(error as Error).message}`);
      throw error;
    }
  };
}
