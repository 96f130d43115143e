export {
  AkeneoError,
  type AkeneoErrorOptions,
  InvalidArgumentError,
  type InvalidOptionDetails,
  InvalidOptionError,
} from "./akeneo-error.js";
export { AlreadyConsumedError, createConsumeOnceGuard } from "./already-consumed-error.js";
export {
  AkeneoApiError,
  type AkeneoApiErrorInit,
  type AkeneoErrorDetail,
  AuthenticationError,
  BadRequestError,
  ForbiddenError,
  MethodNotAllowedError,
  NotAcceptableError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  UriTooLongError,
} from "./api-errors.js";
export { type ApiErrorSource, createApiError } from "./create-api-error.js";
export {
  isAbortedError,
  isAkeneoApiError,
  isAkeneoError,
  isAuthenticationError,
  isConnectionError,
  isInvalidResponseError,
  isNotFoundError,
  isRateLimitError,
  isTimeoutError,
  isUnprocessableEntityError,
} from "./error-guards.js";
export {
  InvalidResponseError,
  type InvalidResponseErrorInit,
  type InvalidResponseReason,
} from "./invalid-response-error.js";
export { InvalidTokenAnswerError } from "./invalid-token-answer-error.js";
export {
  AbortedError,
  ConnectionError,
  type NetworkErrorInit,
  TimeoutError,
} from "./network-errors.js";
export { NodeOnlyFeatureError } from "./node-only-feature-error.js";
export { parseJsonAnswer } from "./parse-json-answer.js";
export { type FetchResultLike, type RequestSummary, requestOf } from "./request-summary.js";
export { CorruptTokenStoreError, TokenStoreError } from "./token-store-error.js";
export { type UnwrappedData, unwrap, unwrapObject } from "./unwrap.js";
