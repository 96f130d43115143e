import type { SdkLogger } from "../logging/index.js";
import { attemptAbortsOf } from "./attempt-abort.js";
import type { Clock } from "./clock.js";
import { applyDefaultHeaders } from "./default-headers.js";
import { createFetchStage } from "./fetch-stage.js";
import type { Limiter } from "./limiter.js";
import { createLimiterStage } from "./limiter-stage.js";
import { createLocalLimiter } from "./local-limiter.js";
import { createLogStage } from "./log-stage.js";
import { createPrepareAttemptStage, type PrepareAttempt } from "./prepare-attempt-stage.js";
import { createReadAnswerStage } from "./read-answer-stage.js";
import { createRedirectStage } from "./redirect-stage.js";
import type { RetryPolicy } from "./retry-policy.js";
import { createRetryStage } from "./retry-stage.js";
import { createTimeoutStage } from "./timeout-stage.js";
import type { FetchLike, Transport } from "./transport-stage.js";

/** Everything the transport needs, already validated by option resolution. */
export interface TransportOptions {
  /** The `fetch` that finally sends requests. */
  fetch: FetchLike;
  /** Retry limits and backoff. */
  retry: RetryPolicy;
  /** Default deadline of one attempt; 0 disables it. */
  timeoutMs: number;
  /** Largest body read whole (a JSON answer, an error page); streams are not bound by it. */
  maxAnswerBytes: number;
  /** Attempts in flight at once. */
  maxConcurrency: number;
  /** Request starts per second, or undefined for no rate limit. */
  requestsPerSecond: number | undefined;
  /** Shared budget used instead of the local gate and rate limit, when given. */
  limiter?: Limiter | undefined;
  /** Headers added to every request that lacks them (User-Agent, extra headers). */
  headers: Readonly<Record<string, string>>;
  /** Where log entries go. */
  logger: SdkLogger;
  /** Time source for backoff, rate limit and durations. */
  clock: Clock;
  /** Jitter source in [0, 1). */
  random: () => number;
  /** Called on each attempt once it holds a slot, right before it is sent. */
  prepareAttempt?: PrepareAttempt | undefined;
  /** Tells which requests go to the front of the limiter's queue (the client's token requests). */
  isPriority?: ((request: Request) => boolean) | undefined;
}

/**
 * Creates the `fetch` handed to openapi-fetch: default headers, then retry loop → limiter slot
 * (→ prepare attempt) → read the answer → timeout → redirect check → log → `fetch`.
 *
 * Each client creates its own transport; two clients share no budget unless given the same `limiter`.
 */
export function createTransport(options: TransportOptions): Transport {
  const send = createFetchStage(options.fetch);
  const logged = createLogStage(send, options.logger, options.clock);
  const redirected = createRedirectStage(logged, options.logger);
  // The body is read inside the attempt's deadline, which then ends with it.
  const read = createReadAnswerStage(redirected, options.maxAnswerBytes);
  const timed = createTimeoutStage(read, options.timeoutMs, attemptAbortsOf(options.fetch));
  const prepared = options.prepareAttempt
    ? createPrepareAttemptStage(timed, options.prepareAttempt)
    : timed;
  const limiter =
    options.limiter ??
    createLocalLimiter(options.maxConcurrency, options.requestsPerSecond, options.clock);
  const gated = createLimiterStage(prepared, limiter, options.timeoutMs, options.isPriority);
  const retried = createRetryStage(gated, {
    policy: options.retry,
    clock: options.clock,
    random: options.random,
    logger: options.logger,
  });
  return async (request) => {
    applyDefaultHeaders(request, options.headers);
    return retried(request, request.signal);
  };
}
