/** The method and URL of the request that produced a response, for error messages. */
export interface RequestSummary {
  /** HTTP method. */
  method: string;
  /** Full request URL (redacted when an error is built). */
  url: string;
}

/**
 * The shape of an openapi-fetch result: data on success, error on failure, and the response;
 * through the client's HTTP layer, also the request that was sent and a failed token renewal.
 */
export interface FetchResultLike {
  /** Parsed success body. */
  data?: unknown;
  /** Parsed error body (JSON or text). */
  error?: unknown;
  /** The HTTP response. */
  response: Response;
  /** The request the response answers (openapi-fetch's own result does not say). */
  request?: RequestSummary;
  /** Why the token could not be renewed after this call's 401, when that is what happened. */
  renewalFailure?: Error;
}

/** Returns the request a result answers, or a best guess from `response.url`. */
export function requestOf(result: FetchResultLike): RequestSummary {
  return result.request ?? { method: "UNKNOWN", url: result.response.url };
}
