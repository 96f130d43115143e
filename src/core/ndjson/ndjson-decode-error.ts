import { AkeneoError, type AkeneoErrorOptions } from "../errors/index.js";

/**
 * Why an NDJSON answer could not be decoded.
 *
 * - `invalid-json`: a complete line is not JSON.
 * - `truncated`: the stream ended inside a line (or inside a UTF-8 character).
 * - `stream-failed`: reading the stream failed (connection reset, timeout, abort…); see `cause`.
 * - `invalid-utf8`: the bytes are not UTF-8.
 * - `line-too-long`: a line is longer than the decoder's limit (`maxLineBytes`).
 */
export type NdjsonDecodeFailure =
  | "invalid-json"
  | "truncated"
  | "stream-failed"
  | "invalid-utf8"
  | "line-too-long";

/** Details of an NDJSON decoding failure. */
export interface NdjsonDecodeErrorInit extends AkeneoErrorOptions {
  /** Why decoding stopped. */
  failure: NdjsonDecodeFailure;
  /** Number of values decoded successfully before the failure. */
  decodedCount: number;
  /** 1-based physical line number where decoding stopped (blank lines count). */
  lineNumber: number;
  /** The line limit that was exceeded, for `line-too-long`. */
  maxLineBytes?: number | undefined;
}

/** Thrown when an NDJSON stream holds a non-JSON line, ends inside a line, or fails while read. */
export class NdjsonDecodeError extends AkeneoError {
  override name = "NdjsonDecodeError";
  /** Why decoding stopped. */
  readonly failure: NdjsonDecodeFailure;
  /** Number of values decoded successfully before the failure. */
  readonly decodedCount: number;
  /** 1-based physical line number where decoding stopped. */
  readonly lineNumber: number;
  /** The line limit that was exceeded, for `line-too-long`. */
  readonly maxLineBytes: number | undefined;

  constructor(init: NdjsonDecodeErrorInit) {
    super(describeFailure(init), { cause: init.cause });
    this.failure = init.failure;
    this.decodedCount = init.decodedCount;
    this.lineNumber = init.lineNumber;
    this.maxLineBytes = init.maxLineBytes;
  }
}

// The line's content is left out of the message: answers may echo user data.
function describeFailure(init: NdjsonDecodeErrorInit): string {
  const where = `at line ${init.lineNumber} after ${init.decodedCount} value(s)`;
  switch (init.failure) {
    case "invalid-json":
      return `NDJSON line is not valid JSON ${where}`;
    case "truncated":
      return `NDJSON stream ended in the middle of a line ${where}`;
    case "invalid-utf8":
      return `NDJSON stream is not valid UTF-8 ${where}`;
    case "stream-failed":
      return `NDJSON stream failed while reading ${where}`;
    case "line-too-long":
      return `NDJSON line is longer than the limit of ${init.maxLineBytes} bytes ${where}`;
  }
}
