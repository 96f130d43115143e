import { AKENEO_ERROR_BRAND, type AkeneoError } from "./akeneo-error.js";
import type {
  AkeneoApiError,
  AuthenticationError,
  NotFoundError,
  RateLimitError,
  UnprocessableEntityError,
} from "./api-errors.js";
import type { InvalidResponseError } from "./invalid-response-error.js";
import type { AbortedError, ConnectionError, TimeoutError } from "./network-errors.js";

const API_ERROR_NAMES: ReadonlySet<string> = new Set([
  "AkeneoApiError",
  "BadRequestError",
  "AuthenticationError",
  "ForbiddenError",
  "NotFoundError",
  "MethodNotAllowedError",
  "NotAcceptableError",
  "PayloadTooLargeError",
  "UriTooLongError",
  "UnsupportedMediaTypeError",
  "UnprocessableEntityError",
  "RateLimitError",
  "ServerError",
]);

// Errors of copies of the package from before the brand existed are known by these names only.
const CORE_ERROR_NAMES: ReadonlySet<string> = new Set([
  ...API_ERROR_NAMES,
  "AkeneoError",
  "ConnectionError",
  "TimeoutError",
  "AbortedError",
  "InvalidResponseError",
  "InvalidArgumentError",
  "InvalidOptionError",
]);

// Names, not instanceof: two copies of the package (CJS + ESM, or nested installs) still agree.
function hasName(value: unknown, names: ReadonlySet<string>): boolean {
  return value instanceof Error && names.has(value.name);
}

function hasBrand(value: Error): boolean {
  return (value as Error & { [AKENEO_ERROR_BRAND]?: unknown })[AKENEO_ERROR_BRAND] === true;
}

/**
 * Tells whether a value is any error thrown by this SDK, from whichever module (resources
 * included) and whichever copy of the package.
 */
export function isAkeneoError(value: unknown): value is AkeneoError {
  if (!(value instanceof Error)) return false;
  return hasBrand(value) || CORE_ERROR_NAMES.has(value.name);
}

/** Tells whether a value is an error answer from the server (any non-2xx status). */
export function isAkeneoApiError(value: unknown): value is AkeneoApiError {
  return (
    hasName(value, API_ERROR_NAMES) && typeof (value as { status?: unknown }).status === "number"
  );
}

/** Tells whether a value is a 401 that the SDK could not cure. */
export function isAuthenticationError(value: unknown): value is AuthenticationError {
  return isAkeneoApiError(value) && value.name === "AuthenticationError";
}

/** Tells whether a value is a 404 answer. */
export function isNotFoundError(value: unknown): value is NotFoundError {
  return isAkeneoApiError(value) && value.name === "NotFoundError";
}

/** Tells whether a value is a 422 answer. */
export function isUnprocessableEntityError(value: unknown): value is UnprocessableEntityError {
  return isAkeneoApiError(value) && value.name === "UnprocessableEntityError";
}

/** Tells whether a value is a 429 answer. */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return isAkeneoApiError(value) && value.name === "RateLimitError";
}

/** Tells whether a value is a failed connection (no answer). */
export function isConnectionError(value: unknown): value is ConnectionError {
  return value instanceof Error && value.name === "ConnectionError";
}

/** Tells whether a value is an attempt that timed out. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return value instanceof Error && value.name === "TimeoutError";
}

/** Tells whether a value is a request aborted by the caller. */
export function isAbortedError(value: unknown): value is AbortedError {
  return value instanceof Error && value.name === "AbortedError";
}

/** Tells whether a value is an answer the SDK could not use (not JSON, too large, wrong shape…). */
export function isInvalidResponseError(value: unknown): value is InvalidResponseError {
  return value instanceof Error && value.name === "InvalidResponseError";
}
