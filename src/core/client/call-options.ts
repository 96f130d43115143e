import { InvalidArgumentError } from "../errors/index.js";
import { describeType } from "../values/index.js";

/** Settings of one call that apply to that call only. */
export interface CallOptions {
  /**
   * Deadline of each attempt of this call in milliseconds: for the answer's headers, then for
   * the body's progress. 0 disables it for this call.
   *
   * @default the client's `timeoutMs`
   */
  timeoutMs?: number;
  /**
   * Aborts the call while it waits for a slot, is in flight, or waits between retries; the call
   * then rejects with `AbortedError` and is not retried.
   */
  signal?: AbortSignal;
}

// The client's own bound for timeouts (one hour): a larger value is a unit mistake.
const MAX_CALL_TIMEOUT_MS = 3_600_000;

function checkCallOptions(call: CallOptions): void {
  const { timeoutMs, signal } = call;
  if (
    timeoutMs !== undefined &&
    (typeof timeoutMs !== "number" ||
      !Number.isFinite(timeoutMs) ||
      timeoutMs < 0 ||
      timeoutMs > MAX_CALL_TIMEOUT_MS)
  ) {
    throw new InvalidArgumentError(
      `Invalid timeoutMs: received ${describeType(timeoutMs)}, expected a number from 0 to ${MAX_CALL_TIMEOUT_MS}`,
    );
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new InvalidArgumentError(
      `Invalid signal: received ${describeType(signal)}, expected an AbortSignal`,
    );
  }
}

/**
 * Returns the options of a call through the core's client (`core.api.GET(…)` or a generated
 * endpoint function) with this call's `timeoutMs` and `signal` added, typed as the options given.
 *
 * openapi-fetch carries `signal` onto the request and copies `timeoutMs` onto it as an extra
 * field, which the transport's timeout stage reads; neither needs a cast at the call site.
 *
 * @throws {InvalidArgumentError} before any request, when `timeoutMs` is not a number from 0 to
 *   3,600,000 or `signal` is not an `AbortSignal`.
 * @example
 * const result = await getProduct(
 *   core.api,
 *   withCallOptions({ params: { path: { code } } }, { timeoutMs: 5_000, signal }),
 * );
 */
export function withCallOptions<Init extends object>(
  init: Init,
  call: CallOptions | undefined,
): Init {
  if (call === undefined) return init;
  checkCallOptions(call);
  const added: CallOptions = {};
  if (call.signal !== undefined) added.signal = call.signal;
  if (call.timeoutMs !== undefined) added.timeoutMs = call.timeoutMs;
  return { ...init, ...added };
}
