/** The method and URL of the request that produced a response, for error messages. */
export interface RequestSummary {
  /** HTTP method. */
  method: string;
  /** Full request URL (redacted when an error is built). */
  url: string;
}

// A symbol-keyed, non-enumerable property lets the transport tell `unwrap()` which request a
// response belongs to: openapi-fetch's result carries only the response.
const REQUEST_SUMMARY = Symbol.for("akeneo-pim-sdk.request-summary");

/** Records on a response which request produced it (used by `unwrap()` for error messages). */
export function tagResponse(response: Response, summary: RequestSummary): Response {
  try {
    Object.defineProperty(response, REQUEST_SUMMARY, { value: summary, configurable: true });
  } catch {
    // A frozen response from a custom fetch cannot be tagged; unwrap() falls back to response.url.
  }
  return response;
}

/** Returns the request recorded on a response, or a best guess from `response.url`. */
export function readRequestSummary(response: Response): RequestSummary {
  const tagged = (response as unknown as Record<symbol, RequestSummary | undefined>)[
    REQUEST_SUMMARY
  ];
  return tagged ?? { method: "UNKNOWN", url: response.url };
}
