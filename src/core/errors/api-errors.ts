import {
  describeUrlPath,
  redactHeaders,
  redactText,
  redactUrl,
  redactValue,
  type TextRedactor,
} from "../redact/index.js";
import { AkeneoError } from "./akeneo-error.js";

/** One entry of Akeneo's `errors` array (validation details, mostly on 422). */
export interface AkeneoErrorDetail {
  /** The property that failed validation, e.g. `values` or `identifier`. */
  property?: string;
  /** Akeneo's explanation. */
  message: string;
  /** Attribute code, for errors on product values. */
  attribute?: string;
  /** Locale of the faulty value, if localizable. */
  locale?: string | null;
  /** Channel of the faulty value, if scopable. */
  scope?: string | null;
  /** Any other field Akeneo adds. */
  [key: string]: unknown;
}

/** Everything needed to build an API error; secrets are removed by the constructor. */
export interface AkeneoApiErrorInit {
  /** HTTP status of the answer. */
  status: number;
  /** HTTP method of the request. */
  method: string;
  /** URL of the request (credentials and secret query parameters are removed). */
  url: string;
  /** Akeneo's `message`, when the body carried one. */
  serverMessage?: string | undefined;
  /** Akeneo's `errors` array (empty when absent). */
  errors?: readonly AkeneoErrorDetail[];
  /** Response headers. */
  headers?: Headers | Readonly<Record<string, string>>;
  /** Parsed JSON body, or the raw text when the body is not JSON. */
  body?: unknown;
  /** The failure this error wraps, e.g. the token endpoint's answer behind a failed renewal. */
  cause?: unknown;
  /** A clause appended to the message, e.g. why a token renewal failed. */
  context?: string | undefined;
  /** Removes the client's own secrets by value (an echoed password or token), after the patterns. */
  redact?: TextRedactor | undefined;
}

function toHeaders(headers: AkeneoApiErrorInit["headers"]): Headers {
  return headers instanceof Headers ? headers : new Headers(headers ?? {});
}

/**
 * The server answered with a non-2xx status.
 *
 * `message` reads like a log line (`422 PATCH /api/rest/v1/products/shoe-42: <Akeneo's message>`);
 * Akeneo's own text is in `serverMessage` and its validation details in `errors`. URL, headers and
 * body are copies with bearer/basic credentials, passwords and tokens removed.
 */
export class AkeneoApiError extends AkeneoError {
  override name = "AkeneoApiError";
  /** HTTP status of the answer. */
  readonly status: number;
  /** HTTP method of the request. */
  readonly method: string;
  /** Request URL without secrets. */
  readonly url: string;
  /** Akeneo's `message` field, if any (a non-JSON body, such as a proxy's HTML page, has none). */
  readonly serverMessage: string | undefined;
  /** Akeneo's `errors` array; empty when the answer had none. */
  readonly errors: readonly AkeneoErrorDetail[];
  /** Response headers (lower-case names, credentials removed). */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or its text when not JSON, with secrets removed. */
  readonly body: unknown;

  constructor(init: AkeneoApiErrorInit) {
    const byValue = init.redact;
    const serverMessage =
      init.serverMessage === undefined ? undefined : redactText(init.serverMessage, byValue);
    const summary = `${init.status} ${init.method} ${describeUrlPath(init.url)}`;
    const text = serverMessage ? `${summary}: ${serverMessage}` : summary;
    const context = init.context === undefined ? "" : ` (${redactText(init.context, byValue)})`;
    super(`${text}${context}`, { cause: init.cause });
    this.status = init.status;
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.serverMessage = serverMessage;
    this.errors = Object.freeze(
      (init.errors ?? []).map((detail) => redactValue(detail, byValue) as AkeneoErrorDetail),
    );
    this.headers = redactHeaders(toHeaders(init.headers));
    this.body = redactValue(init.body, byValue);
  }
}

/** 400: the request is malformed (bad JSON, unknown filter…). */
export class BadRequestError extends AkeneoApiError {
  override name = "BadRequestError";
}

/** 401: the token is missing, expired or revoked and could not be renewed; or credentials are wrong. */
export class AuthenticationError extends AkeneoApiError {
  override name = "AuthenticationError";
}

/** 403: the connection's user lacks the permission for this call. */
export class ForbiddenError extends AkeneoApiError {
  override name = "ForbiddenError";
}

/** 404: the resource does not exist. */
export class NotFoundError extends AkeneoApiError {
  override name = "NotFoundError";
}

/** 405: the method is not allowed on this URL. */
export class MethodNotAllowedError extends AkeneoApiError {
  override name = "MethodNotAllowedError";
}

/** 406: the server cannot answer in the requested `Accept` type. */
export class NotAcceptableError extends AkeneoApiError {
  override name = "NotAcceptableError";
}

/** 413: too many lines in a bulk request, or a line too long. */
export class PayloadTooLargeError extends AkeneoApiError {
  override name = "PayloadTooLargeError";
}

/** 414: the URL is too long (usually a large `search` filter). */
export class UriTooLongError extends AkeneoApiError {
  override name = "UriTooLongError";
}

/** 415: the `Content-Type` is not what this endpoint accepts. */
export class UnsupportedMediaTypeError extends AkeneoApiError {
  override name = "UnsupportedMediaTypeError";
}

/** 422: the data is invalid; see `errors` for the details. */
export class UnprocessableEntityError extends AkeneoApiError {
  override name = "UnprocessableEntityError";
}

/** 429: over Akeneo's rate or concurrency limit (after the retries, if any). */
export class RateLimitError extends AkeneoApiError {
  override name = "RateLimitError";
  /** Seconds the server asked to wait (`Retry-After`), when it said so. */
  readonly retryAfter: number | undefined;

  constructor(init: AkeneoApiErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: the server or a gateway failed (after the retries, if any). */
export class ServerError extends AkeneoApiError {
  override name = "ServerError";
}
