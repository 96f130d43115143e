import { AbortedError } from "../errors/index.js";
import { parseRetryAfter } from "../headers/index.js";
import { describeUrlForLog, type SdkLogger } from "../logging/index.js";
import type { Clock } from "./clock.js";
import { discardAnswerBody } from "./held-body-answer.js";
import { canReplay, rebuildRequest } from "./replayable-request.js";
import { decideRetry, type RetryPolicy } from "./retry-policy.js";
import type { TransportStage } from "./transport-stage.js";

/** What the retry loop needs besides the next stage. */
export interface RetryStageOptions {
  /** Retry limits and backoff. */
  policy: RetryPolicy;
  /** Clock used to sleep between attempts (honours the caller's `AbortSignal`). */
  clock: Clock;
  /** Source of jitter in [0, 1). */
  random: () => number;
  /** Receives one `info` entry per retry. */
  logger: SdkLogger;
}

function describeOutcome(response: Response | undefined, error: unknown): string {
  return response ? `status ${response.status}` : (error as Error).message;
}

/**
 * Creates the retry loop: sends, asks the retry verdict, sleeps, and sends a fresh copy again.
 *
 * The answer of the last attempt is returned as is (a final 429 or 503 becomes a typed error in
 * `unwrap()`); the failure of the last attempt is thrown. Aborting the caller's signal during a
 * backoff stops at once with `AbortedError`.
 */
export function createRetryStage(next: TransportStage, options: RetryStageOptions): TransportStage {
  const { policy, clock, random, logger } = options;
  return async (request, signal) => {
    const replayable = canReplay(request);
    for (let attempt = 1; ; attempt++) {
      const current = attempt === 1 ? request : rebuildRequest(request);
      let response: Response | undefined;
      let error: unknown;
      try {
        response = await next(current, signal);
        if (response.ok) return response;
      } catch (failure) {
        error = failure;
      }
      const verdict = decideRetry(
        {
          attempt,
          method: request.method,
          replayable,
          status: response?.status,
          error,
          retryAfterMs: parseRetryAfter(response?.headers.get("retry-after"), clock.now()),
        },
        policy,
        random,
      );
      if (!verdict.retry) {
        if (response) return response;
        throw error;
      }
      logger.info(
        `Retrying ${request.method} ${describeUrlForLog(request.url)} in ${verdict.delayMs} ms ` +
          `(attempt ${attempt + 1} of ${policy.maxRetries + 1}): ${describeOutcome(response, error)}`,
      );
      if (response) await discardAnswerBody(response);
      try {
        await clock.sleep(verdict.delayMs, signal);
      } catch (reason) {
        throw new AbortedError({ method: request.method, url: request.url, cause: reason });
      }
    }
  };
}
