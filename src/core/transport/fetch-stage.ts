import { AbortedError, AkeneoError, ConnectionError } from "../errors/index.js";
import type { AttemptSignal, AttemptStage, FetchLike } from "./transport-stage.js";

const MAX_CAUSE_DEPTH = 5;

/** Finds a system error code (`ECONNREFUSED`, `ECONNRESET`…) in a fetch failure and its causes. */
export function findErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  // `typeof`, not `instanceof Object`: errors from another realm (a VM context) count too.
  for (
    let depth = 0;
    depth < MAX_CAUSE_DEPTH && typeof current === "object" && current !== null;
    depth++
  ) {
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string" && code !== "") return code;
    // Happy-eyeballs failures come as an AggregateError whose members hold the codes.
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = cause;
  }
  return undefined;
}

/** Turns whatever `fetch` threw into the SDK's no-answer errors. */
export function toNoAnswerError(
  error: unknown,
  request: Request,
  signal: AttemptSignal,
): AkeneoError {
  if (error instanceof AkeneoError) return error;
  const target = { method: request.method, url: request.url };
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof AkeneoError ? reason : new AbortedError({ ...target, cause: reason });
  }
  return new ConnectionError({ ...target, code: findErrorCode(error), cause: error });
}

/**
 * Creates the last stage: calls `fetch` without following redirects (the redirect stage decides).
 *
 * Failures become `ConnectionError`, `TimeoutError` (when the timeout stage aborted) or
 * `AbortedError` (when the caller did).
 */
export function createFetchStage(fetchImpl: FetchLike): AttemptStage {
  return async (request, signal) => {
    try {
      return await fetchImpl(request, {
        // A real AbortSignal, or a lighter one of the kind a marked fetch reads.
        signal: signal as AbortSignal,
        redirect: "manual",
      });
    } catch (error) {
      throw toNoAnswerError(error, request, signal);
    }
  };
}
