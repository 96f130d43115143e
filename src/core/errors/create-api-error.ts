import { parseRetryAfter } from "../headers/index.js";
import type { TextRedactor } from "../redact/index.js";
import { isPlainRecord, parseJsonOrText } from "../values/index.js";
import {
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
import type { RequestSummary } from "./request-summary.js";

/** What the factory needs: the answer's status, body and headers, and the request it answers. */
export interface ApiErrorSource {
  /** HTTP status (non-2xx). */
  status: number;
  /** Parsed JSON body, raw text, or undefined. */
  body: unknown;
  /** Response headers. */
  headers: Headers;
  /** The request that got this answer. */
  request: RequestSummary;
  /** The failure this error wraps. */
  cause?: unknown;
  /** Clock used to read an HTTP-date `Retry-After`. @default Date.now() */
  nowMs?: number;
  /**
   * Set for answers of the token endpoint: a 4xx there (wrong client or user credentials, dead
   * refresh token) becomes an `AuthenticationError` that keeps the real status.
   */
  authentication?: boolean;
  /** A clause appended to the message, e.g. why a token renewal failed. */
  context?: string;
  /** Removes the client's own secrets by value; see `AkeneoApiErrorInit.redact`. */
  redact?: TextRedactor | undefined;
}

type ApiErrorClass = new (init: AkeneoApiErrorInit) => AkeneoApiError;

const CLASS_BY_STATUS: ReadonlyMap<number, ApiErrorClass> = new Map<number, ApiErrorClass>([
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, ForbiddenError],
  [404, NotFoundError],
  [405, MethodNotAllowedError],
  [406, NotAcceptableError],
  [413, PayloadTooLargeError],
  [414, UriTooLongError],
  [415, UnsupportedMediaTypeError],
  [422, UnprocessableEntityError],
]);

function readServerMessage(body: unknown): string | undefined {
  if (!isPlainRecord(body)) return undefined;
  // Akeneo uses `message`; the OAuth layer may answer `error_description` / `error`.
  for (const key of ["message", "error_description", "error"]) {
    const value = body[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

function readErrorDetails(body: unknown): AkeneoErrorDetail[] {
  if (!isPlainRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isPlainRecord).map((entry) => ({
    ...entry,
    message: typeof entry.message === "string" ? entry.message : String(entry.message ?? ""),
  }));
}

/**
 * Turns a non-2xx answer into the matching `AkeneoApiError` subclass.
 *
 * This is the only place API errors are built. A body that is not JSON (a proxy's HTML page) is
 * kept as text and never breaks the construction; secrets are removed by the error constructors.
 */
export function createApiError(source: ApiErrorSource): AkeneoApiError {
  const body = typeof source.body === "string" ? parseJsonOrText(source.body) : source.body;
  const init: AkeneoApiErrorInit = {
    status: source.status,
    method: source.request.method,
    url: source.request.url,
    serverMessage: readServerMessage(body),
    errors: readErrorDetails(body),
    headers: source.headers,
    body,
    cause: source.cause,
    context: source.context,
    redact: source.redact,
  };
  if (source.status === 429) {
    const waitMs = parseRetryAfter(source.headers.get("retry-after"), source.nowMs ?? Date.now());
    return new RateLimitError({
      ...init,
      retryAfter: waitMs === undefined ? undefined : waitMs / 1000,
    });
  }
  if (source.status >= 500 && source.status <= 599) return new ServerError(init);
  if (source.authentication && source.status >= 400) return new AuthenticationError(init);
  const ErrorClass = CLASS_BY_STATUS.get(source.status) ?? AkeneoApiError;
  return new ErrorClass(init);
}
