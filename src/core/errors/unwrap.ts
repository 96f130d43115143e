import type { TextRedactor } from "../redact/index.js";
import { createApiError } from "./create-api-error.js";
import { InvalidResponseError } from "./invalid-response-error.js";
import { type FetchResultLike, requestOf } from "./request-summary.js";

/** The success data of an openapi-fetch result type; `undefined` for bodiless answers. */
export type UnwrappedData<R extends FetchResultLike> = [Exclude<R["data"], undefined>] extends [
  never,
]
  ? undefined
  : Exclude<R["data"], undefined>;

/**
 * Returns the data of an openapi-fetch result, or throws the typed error for a non-2xx answer.
 *
 * Any 2xx status is success (a 204 gives `undefined`). A 401 whose token renewal failed becomes
 * an `AuthenticationError` that says so and keeps the renewal's refusal as `cause`.
 *
 * @param redact The client's redactor, which removes its own secrets by value from the error.
 * @throws {AkeneoApiError} the subclass matching the status (`NotFoundError`, `RateLimitError`…).
 * @example
 * const product = unwrap(await api.GET("/api/rest/v1/products/{code}", { params }));
 */
export function unwrap<R extends FetchResultLike>(
  result: R,
  redact?: TextRedactor,
): UnwrappedData<R> {
  const { response, renewalFailure } = result;
  if (response.status >= 200 && response.status <= 299) return result.data as UnwrappedData<R>;
  throw createApiError({
    status: response.status,
    body: result.error,
    headers: response.headers,
    request: requestOf(result),
    redact,
    ...(renewalFailure && {
      cause: renewalFailure,
      context: `token renewal failed: ${renewalFailure.message}`,
    }),
  });
}

function describeJsonKind(value: unknown): string {
  if (value === undefined) return "no body";
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/**
 * Returns the data of an openapi-fetch result that must be one JSON object (one resource), or
 * throws.
 *
 * Checking object-or-not costs nothing and keeps a 204, a `null` or an array from being handed
 * over as a resource.
 *
 * @param redact The client's redactor, as for `unwrap()`.
 * @throws {AkeneoApiError} the subclass matching a non-2xx status.
 * @throws {InvalidResponseError} `wrong-shape` for a 2xx answer that is not a JSON object.
 */
export function unwrapObject<R extends FetchResultLike>(
  result: R,
  redact?: TextRedactor,
): UnwrappedData<R> {
  const data: unknown = unwrap(result, redact);
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    return data as UnwrappedData<R>;
  }
  const { method, url } = requestOf(result);
  throw new InvalidResponseError({
    reason: "wrong-shape",
    status: result.response.status,
    method,
    url,
    detail: `expected one JSON object, received ${describeJsonKind(data)}`,
    contentType: result.response.headers.get("content-type") ?? undefined,
  });
}
