import { describeUrlPath, redactText, redactUrl } from "../redact/index.js";
import { AkeneoError } from "./akeneo-error.js";

/**
 * Why an answer could not be used.
 *
 * - `invalid-json`: a 2xx answer read as JSON whose body is not JSON (a proxy's HTML page, a cut
 *   or malformed document).
 * - `too-large`: the body is longer than the client's `maxAnswerBytes` (or an NDJSON line longer
 *   than `maxNdjsonLineBytes`).
 * - `wrong-shape`: valid JSON of the wrong kind (an array or `null` where one resource is expected).
 * - `unsafe-redirect`: a redirect whose `Location` carries user credentials.
 */
export type InvalidResponseReason =
  | "invalid-json"
  | "too-large"
  | "wrong-shape"
  | "unsafe-redirect";

/** What an `InvalidResponseError` is built from; URL and excerpt are redacted on construction. */
export interface InvalidResponseErrorInit {
  /** Why the answer is unusable. */
  reason: InvalidResponseReason;
  /** HTTP status of the answer. */
  status: number;
  /** HTTP method of the request. */
  method: string;
  /** URL of the request. */
  url: string;
  /** What was wrong, for the message (never the body itself). */
  detail: string;
  /** `Content-Type` of the answer, when given. */
  contentType?: string | undefined;
  /** The start of the body, when it helps diagnose (cut to a few dozen characters). */
  excerpt?: string | undefined;
  /** The limit that was exceeded, for `too-large`. */
  limitBytes?: number | undefined;
  /** The underlying failure (the JSON parser's error…). */
  cause?: unknown;
}

const MAX_EXCERPT_CHARS = 80;

// Control characters would break the one-line log a message or excerpt ends up in.
function toExcerpt(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const head = text.slice(0, MAX_EXCERPT_CHARS).replace(/\p{Cc}+/gu, " ");
  return redactText(text.length > MAX_EXCERPT_CHARS ? `${head}…` : head);
}

/**
 * The server answered, but the answer cannot be used: not JSON where JSON is expected, too large,
 * of the wrong shape, or an unsafe redirect.
 *
 * Its `message` reads like a log line (`200 GET /api/rest/v1/products/x: invalid answer: …`); it
 * carries the status, method, a secret-free URL and at most a short excerpt of the body, never the
 * whole body.
 */
export class InvalidResponseError extends AkeneoError {
  override name = "InvalidResponseError";
  /** Why the answer is unusable. */
  readonly reason: InvalidResponseReason;
  /** HTTP status of the answer. */
  readonly status: number;
  /** HTTP method of the request. */
  readonly method: string;
  /** Request URL without secrets. */
  readonly url: string;
  /** `Content-Type` of the answer, when given. */
  readonly contentType: string | undefined;
  /** The start of the body (at most 80 characters, secrets removed), when known. */
  readonly excerpt: string | undefined;
  /** The limit that was exceeded, for `too-large`. */
  readonly limitBytes: number | undefined;

  constructor(init: InvalidResponseErrorInit) {
    const summary = `${init.status} ${init.method} ${describeUrlPath(init.url)}`;
    super(`${summary}: invalid answer: ${redactText(init.detail)}`, { cause: init.cause });
    this.reason = init.reason;
    this.status = init.status;
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.contentType = init.contentType;
    this.excerpt = toExcerpt(init.excerpt);
    this.limitBytes = init.limitBytes;
  }
}
