import { isInMemoryBody } from "../body/in-memory-body.js";
import { InvalidArgumentError } from "../errors/index.js";
import type { AnswerReading } from "./answer-reading.js";
import { isLightRequest, type LightRequestLike } from "./light-request-contract.js";

/**
 * A `Request` that remembers the body it was built from, so it can be sent again.
 *
 * openapi-fetch builds every request with the `Request` class it is given; with this one, a 401
 * replay or a retry rebuilds a fresh request from the original body (string, `FormData`, `Blob`,
 * `URLSearchParams`, bytes) without buffering a stream. A `ReadableStream` or async-iterable
 * body can be read once only: such a request is marked non-replayable.
 */
export class ReplayableRequest extends Request {
  /** The body to send again, when the body can be sent again. */
  readonly replayBody: BodyInit | null;
  /** False when the body is a one-shot stream: no retry, no 401 replay. */
  readonly replayable: boolean;

  /** @throws {InvalidArgumentError} when `Request` refuses the method, the URL or the body. */
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    try {
      super(input, withStreamDuplex(init));
    } catch (reason) {
      throw refusedRequestError(reason);
    }
    const inherited = input instanceof ReplayableRequest && init?.body === undefined;
    const body = inherited ? input.replayBody : (init?.body ?? null);
    this.replayable = inherited ? input.replayable : isResendableBody(body);
    this.replayBody = this.replayable ? body : null;
    if (input instanceof ReplayableRequest) {
      if (input.timeoutMs !== undefined) this.timeoutMs = input.timeoutMs;
      if (input.answerReading !== undefined) this.answerReading = input.answerReading;
    }
  }

  // `declare`, not a field: openapi-fetch copies unknown fetch options only onto missing keys.
  /** Per-call attempt timeout, set by openapi-fetch from a `timeoutMs` fetch option. */
  declare timeoutMs?: number;
  /** How the answer's body will be read (set from openapi-fetch's `parseAs`). */
  declare answerReading?: AnswerReading;
}

/**
 * The SDK's error for a request that cannot be built (a body on a GET, a forbidden method such as
 * TRACE), which `Request` reports with a `TypeError`.
 */
export function refusedRequestError(reason: unknown): InvalidArgumentError {
  const detail = reason instanceof Error ? reason.message : String(reason);
  return new InvalidArgumentError(`The request cannot be built: ${detail}`, {
    cause: reason instanceof Error ? reason : undefined,
  });
}

// Node's fetch needs `duplex: "half"` to send a stream body; openapi-fetch does not set it.
function withStreamDuplex(init: RequestInit | undefined): RequestInit | undefined {
  if (!(init?.body instanceof ReadableStream) || "duplex" in init) return init;
  return { ...init, duplex: "half" } as RequestInit;
}

/** Tells whether a body can be handed to `fetch` a second time with the same content. */
export function isResendableBody(body: BodyInit | null | undefined): boolean {
  return body === null || body === undefined || isInMemoryBody(body);
}

type KeptRequestClass = new (
  input: ReplayableRequest | LightRequestLike,
  init: RequestInit,
) => Request | LightRequestLike;

/**
 * Returns what the SDK keeps on a request it built (its body to send again, its per-call timeout,
 * how its answer is read), or `undefined` for any other `Request`.
 */
export function readKeptState(request: Request): ReplayableRequest | LightRequestLike | undefined {
  return request instanceof ReplayableRequest || isLightRequest(request) ? request : undefined;
}

/** Tells whether a request can be sent again (no body, or a body kept by the SDK's requests). */
export function canReplay(request: Request): boolean {
  return readKeptState(request)?.replayable ?? request.body === null;
}

/**
 * Builds a fresh copy of a request for another attempt, optionally with other headers.
 *
 * The caller must have checked `canReplay()`. A `FormData` body gets a new multipart boundary, so
 * the old `Content-Type` (which names the old boundary) is dropped and set again by `Request`.
 */
export function rebuildRequest(request: Request, headers?: Headers): Request {
  const nextHeaders = new Headers(headers ?? request.headers);
  const kept = readKeptState(request);
  if (kept === undefined) return new Request(request, { headers: nextHeaders });
  if (kept.replayBody instanceof FormData) nextHeaders.delete("content-type");
  const init = { body: kept.replayBody ?? undefined, headers: nextHeaders };
  // Of the request's own class (both are built from one of theirs and an init): a light request
  // stays light, for the adapter marked with its class, and is typed as one (asTransportRequest).
  const Kind = kept.constructor as KeptRequestClass;
  return new Kind(kept, init) as Request;
}
