export {
  type AnswerReading,
  isStreamedAnswer,
  markAnswerReading,
  readAnswerReading,
} from "./answer-reading.js";
export {
  type AttemptAbort,
  attemptAbortsOf,
  type CreateAttemptAbort,
  createControllerAbort,
  markCreatesAttemptAborts,
} from "./attempt-abort.js";
export { type BodyReadContext, readBoundedBody } from "./bounded-body.js";
export { type Clock, createSystemClock } from "./clock.js";
export { type ConcurrencyGate, createConcurrencyGate } from "./concurrency-gate.js";
export { createTransport, type TransportOptions } from "./create-transport.js";
export { applyDefaultHeaders } from "./default-headers.js";
export { createFetchStage, findErrorCode, toNoAnswerError } from "./fetch-stage.js";
export { discardAnswerBody, HeldBodyAnswer } from "./held-body-answer.js";
export {
  asTransportRequest,
  isLightRequest,
  type LightRequestClass,
  type LightRequestLike,
  markReadsLightRequests,
  readLightRequestClass,
} from "./light-request-contract.js";
export type { Limiter, LimiterRequest } from "./limiter.js";
export { createLimiterStage } from "./limiter-stage.js";
export { createLocalLimiter } from "./local-limiter.js";
export { createLogStage } from "./log-stage.js";
export { createPrepareAttemptStage, type PrepareAttempt } from "./prepare-attempt-stage.js";
export { createRateLimiter, type RateLimiter } from "./rate-limiter.js";
export { createReadAnswerStage } from "./read-answer-stage.js";
export { createRedirectStage } from "./redirect-stage.js";
export {
  canReplay,
  isResendableBody,
  ReplayableRequest,
  readKeptState,
  rebuildRequest,
  refusedRequestError,
} from "./replayable-request.js";
export {
  type AttemptOutcome,
  computeBackoffMs,
  decideRetry,
  isIdempotentMethod,
  isRetryableFailure,
  isRetryableStatus,
  type RetryPolicy,
  type RetryVerdict,
} from "./retry-policy.js";
export { createRetryStage, type RetryStageOptions } from "./retry-stage.js";
export { createTimeoutStage, readCallTimeout } from "./timeout-stage.js";
export type {
  AttemptSignal,
  AttemptStage,
  FetchLike,
  Transport,
  TransportStage,
} from "./transport-stage.js";
