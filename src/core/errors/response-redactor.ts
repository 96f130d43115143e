import type { TextRedactor } from "../redact/index.js";

// openapi-fetch hands `unwrap()` only the response: the client records on it how to remove its
// own secrets, the way the transport records the request summary.
const RESPONSE_REDACTOR = Symbol.for("akeneo-pim-sdk.response-redactor");

/** Records on a response the redactor of the client that received it (for errors built later). */
export function tagResponseRedactor(response: Response, redact: TextRedactor): Response {
  try {
    Object.defineProperty(response, RESPONSE_REDACTOR, { value: redact, configurable: true });
  } catch {
    // A frozen response from a custom fetch cannot be tagged: pattern redaction still applies.
  }
  return response;
}

/** Returns the redactor recorded on a response, if any. */
export function readResponseRedactor(response: Response): TextRedactor | undefined {
  return (response as unknown as Record<symbol, TextRedactor | undefined>)[RESPONSE_REDACTOR];
}
