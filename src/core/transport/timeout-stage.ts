import { TimeoutError } from "../errors/index.js";
import { isStreamedAnswer } from "./answer-reading.js";
import { type CreateAttemptAbort, createControllerAbort } from "./attempt-abort.js";
import { isReadWhole } from "./read-answer-stage.js";
import type { AttemptStage, TransportStage } from "./transport-stage.js";

/** A per-call timeout that openapi-fetch copied onto the request from the `timeoutMs` option. */
export function readCallTimeout(request: Request): number | undefined {
  const value = (request as Request & { timeoutMs?: unknown }).timeoutMs;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** What a relayed body does around each read and once it is over. */
interface RelayHooks {
  /** Called before each read; returns what to do once that read settles. */
  beforeRead?: () => () => void;
  /** Called once, when the body ends, fails or is cancelled. */
  onEnd?: () => void;
}

// Re-emits a body unchanged, chunk by chunk, with the hooks around its reads.
function relayBody(response: Response, hooks: RelayHooks): Response {
  const body = response.body;
  if (body === null) {
    hooks.onEnd?.();
    return response;
  }
  const reader = body.getReader();
  const relayed = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const afterRead = hooks.beforeRead?.();
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        hooks.onEnd?.();
        throw error;
      } finally {
        afterRead?.();
      }
      if (chunk.done) {
        hooks.onEnd?.();
        controller.close();
      } else controller.enqueue(chunk.value);
    },
    cancel: (reason) => {
      hooks.onEnd?.();
      return reader.cancel(reason);
    },
  });
  return new Response(relayed, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Keeps a deadline on every read of a body: when the server stops sending for `timeoutMs`,
 * `onStall` aborts the attempt and the read fails with the `TimeoutError`.
 */
function watchBody(
  response: Response,
  timeoutMs: number,
  onStall: () => void,
  onEnd: () => void,
): Response {
  return relayBody(response, {
    beforeRead: () => {
      const timer = setTimeout(onStall, timeoutMs);
      return () => clearTimeout(timer);
    },
    onEnd,
  });
}

// Up to this size (announced by Content-Length), one deadline covers the whole body: re-emitting a
// small body chunk by chunk through a watching stream costs more than the request itself.
const WHOLE_BODY_DEADLINE_MAX_BYTES = 1_048_576;

function hasSmallKnownLength(response: Response): boolean {
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  return Number.isFinite(length) && length <= WHOLE_BODY_DEADLINE_MAX_BYTES;
}

// A plain JSON answer is one resource or one page of at most 100 items: one deadline covers it even
// when it comes chunked, and when it is handed over as a stream.
function isJsonDocument(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return /^application\/(problem\+)?json\b/i.test(type);
}

// Every body read whole (JSON, text, an error page), whatever its type, must arrive within one
// deadline: a server trickling one byte at a time must not hold a call forever. Only a stream
// handed to the caller (a file, NDJSON results), which can be long, is watched for progress.
function needsWholeBodyDeadline(request: Request, response: Response): boolean {
  return (
    !isStreamedAnswer(request, response) ||
    hasSmallKnownLength(response) ||
    isJsonDocument(response)
  );
}

/**
 * Creates the stage that bounds each attempt in time.
 *
 * The deadline covers waiting for the answer's headers, then the body: a body the stage inside
 * reads whole (any type: JSON, text, an error page) arrives within the same deadline; otherwise a
 * body read whole later or a small body of known length must arrive within one more
 * `timeoutMs`; a large or chunked body handed over as a stream (a file, an NDJSON result stream)
 * must make progress at least every `timeoutMs`, so a server that sends headers and then stalls
 * or trickles is cut off while a long download that keeps progressing is not. A per-call
 * `timeoutMs` on the request wins over the default, and a per-call 0 disables the timeout for
 * that call, as a default of 0 does for all. The caller's own abort stays an abort, not a timeout.
 *
 * @param createAbort How an attempt is aborted: `attemptAbortsOf(fetch)` for the transport's
 *   `fetch`, an `AbortController` per attempt by default.
 */
export function createTimeoutStage(
  next: AttemptStage,
  defaultTimeoutMs: number,
  createAbort: CreateAttemptAbort = createControllerAbort,
): TransportStage {
  return async (request, signal) => {
    const timeoutMs = readCallTimeout(request) ?? defaultTimeoutMs;
    if (timeoutMs <= 0) return next(request, signal);
    const attempt = createAbort();
    const abortWithTimeout = (): void => {
      attempt.abort(new TimeoutError({ method: request.method, url: request.url, timeoutMs }));
    };
    const forwardAbort = (): void => attempt.abort(signal.reason);
    // The caller's signal may outlive the attempt by far (one per client, or per process): the
    // listener goes with the attempt, or every attempt would stay held by that signal.
    const stopForwarding = (): void => signal.removeEventListener("abort", forwardAbort);
    if (signal.aborted) forwardAbort();
    else signal.addEventListener("abort", forwardAbort, { once: true });
    let timer = setTimeout(abortWithTimeout, timeoutMs);
    let response: Response;
    try {
      response = await next(request, attempt.signal);
    } catch (error) {
      stopForwarding();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    // An answer the stage inside read whole arrived within this deadline: no timer is left
    // waiting (one per call for the length of the timeout, at thousands of calls a second).
    if (isReadWhole(response) || response.body === null) {
      stopForwarding();
      return response;
    }
    if (needsWholeBodyDeadline(request, response)) {
      timer = setTimeout(abortWithTimeout, timeoutMs);
      timer.unref?.();
      // The deadline must not outlive the body: a timer held for the whole timeout, holding the
      // request, at thousands of small downloads.
      const deadlineTimer = timer;
      return relayBody(response, {
        onEnd: () => {
          clearTimeout(deadlineTimer);
          stopForwarding();
        },
      });
    }
    return watchBody(response, timeoutMs, abortWithTimeout, stopForwarding);
  };
}
