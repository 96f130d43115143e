import { describeUrlPath, redactUrl } from "../redact/index.js";
import { AkeneoError } from "./akeneo-error.js";

/** What failed: the request's method and URL (secrets are removed on construction). */
export interface NetworkErrorInit {
  /** HTTP method of the request. */
  method: string;
  /** Request URL. */
  url: string;
  /** The underlying failure. */
  cause?: unknown;
}

function describe(kind: string, init: NetworkErrorInit): string {
  return `${kind} ${init.method} ${describeUrlPath(init.url)}`;
}

/** Base of the errors raised when no answer arrived. */
abstract class NoAnswerError extends AkeneoError {
  /** HTTP method of the request. */
  readonly method: string;
  /** Request URL without secrets. */
  readonly url: string;

  constructor(message: string, init: NetworkErrorInit) {
    super(message, { cause: init.cause });
    this.method = init.method;
    this.url = redactUrl(init.url);
  }
}

/** The connection failed (refused, reset, DNS failure…); `code` is the system code when known. */
export class ConnectionError extends NoAnswerError {
  override name = "ConnectionError";
  /** System error code such as `ECONNREFUSED` or `ECONNRESET`, when known. */
  readonly code: string | undefined;

  constructor(init: NetworkErrorInit & { code?: string | undefined }) {
    super(`${describe("Connection failed:", init)}${init.code ? ` (${init.code})` : ""}`, init);
    this.code = init.code;
  }
}

/** The attempt took longer than its timeout (no answer, or a body that stalled). */
export class TimeoutError extends NoAnswerError {
  override name = "TimeoutError";
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(init: NetworkErrorInit & { timeoutMs: number }) {
    super(`${describe("Timed out:", init)} after ${init.timeoutMs} ms`, init);
    this.timeoutMs = init.timeoutMs;
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class AbortedError extends NoAnswerError {
  override name = "AbortedError";

  constructor(init: NetworkErrorInit) {
    super(describe("Aborted:", init), init);
  }
}
