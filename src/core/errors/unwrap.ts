import { createApiError } from "./create-api-error.js";
import { readRequestSummary } from "./request-summary.js";
import { readResponseRedactor } from "./response-redactor.js";

/** The shape of an openapi-fetch result: data on success, error on failure, and the response. */
export interface FetchResultLike {
  /** Parsed success body. */
  data?: unknown;
  /** Parsed error body (JSON or text). */
  error?: unknown;
  /** The HTTP response. */
  response: Response;
}

/** The success data of an openapi-fetch result type; `undefined` for bodiless answers. */
export type UnwrappedData<R extends FetchResultLike> = [Exclude<R["data"], undefined>] extends [
  never,
]
  ? undefined
  : Exclude<R["data"], undefined>;

/**
 * Returns the data of an openapi-fetch result, or throws the typed error for a non-2xx answer.
 *
 * Any 2xx status is success (a 204 gives `undefined`).
 *
 * @throws {AkeneoApiError} the subclass matching the status (`NotFoundError`, `RateLimitError`…).
 * @example
 * const product = unwrap(await api.GET("/api/rest/v1/products/{code}", { params }));
 */
export function unwrap<R extends FetchResultLike>(result: R): UnwrappedData<R> {
  const { response } = result;
  if (response.status >= 200 && response.status <= 299) return result.data as UnwrappedData<R>;
  throw createApiError({
    status: response.status,
    body: result.error,
    headers: response.headers,
    request: readRequestSummary(response),
    redact: readResponseRedactor(response),
  });
}
