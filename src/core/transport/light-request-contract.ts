import type { AnswerReading } from "./answer-reading.js";
import type { FetchLike } from "./transport-stage.js";

// A symbol on the fetch, not a WeakSet: no module holds state. The class itself lives in the Node
// entry (src/node/light-request.ts), out of the web build, which never uses it.
const LIGHT_REQUEST_CLASS = Symbol("lightRequestClass");

/**
 * What the transport reads of a request that the SDK built without `new Request()`
 * (`LightRequest` of the Node entry): the members of `Request` the stages read, with the body as
 * given, and what `ReplayableRequest` keeps for a retry or a 401 replay.
 */
export interface LightRequestLike {
  /** The absolute URL, serialized as `Request` would. */
  readonly url: string;
  /** The method, normalized as `Request` would. */
  readonly method: string;
  /** The headers, owned by this request. */
  readonly headers: Headers;
  /** The body as given (not a stream of it), or `null`. */
  readonly body: BodyInit | null;
  /** The caller's signal or, when the caller gave none, one that never aborts, shared by the client. */
  readonly signal: AbortSignal;
  /** The body to send again, when the body can be sent again. */
  readonly replayBody: BodyInit | null;
  /** False when the body is a one-shot stream: no retry, no 401 replay. */
  readonly replayable: boolean;
  /** Per-call attempt timeout, set by openapi-fetch from a `timeoutMs` fetch option. */
  timeoutMs?: number;
  /** How the answer's body will be read (set from openapi-fetch's `parseAs`). */
  answerReading?: AnswerReading;
}

/** A class of light requests, built the way `Request` is (from a URL or another light request). */
export type LightRequestClass = new (
  input: string | URL | LightRequestLike,
  init?: RequestInit,
) => LightRequestLike;

/**
 * Tells whether a request the transport was handed is a light one (whatever type the code holding
 * it gives it): the transport takes `Request`s, and a light request is the only other kind that
 * reaches it, through openapi-fetch.
 */
export function isLightRequest(request: Request | LightRequestLike): request is LightRequestLike {
  return !(request instanceof Request);
}

/**
 * Types a light request as the `Request` that openapi-fetch and the transport's stages take: they
 * read only the members it holds (`url`, `method`, `headers`, `signal`), and its body only through
 * the Node adapter, which knows both kinds.
 */
export function asTransportRequest(request: LightRequestLike): Request {
  return request as unknown as Request;
}

/**
 * Marks a `fetch` as one that reads light requests as well as `Request`s, with the class to build
 * them with; the client then builds no `Request` for the calls that only its own code sees.
 */
export function markReadsLightRequests<F extends FetchLike>(
  fetchImpl: F,
  lightRequestClass: LightRequestClass,
): F {
  Object.defineProperty(fetchImpl, LIGHT_REQUEST_CLASS, { value: lightRequestClass });
  return fetchImpl;
}

/**
 * Returns the light request class a `fetch` was marked with, typed as the `Request` class option
 * of openapi-fetch, which only constructs it and checks middleware results with `instanceof`; or
 * `undefined` for a `fetch` that needs real `Request`s.
 */
export function readLightRequestClass(fetchImpl: FetchLike): typeof Request | undefined {
  return (fetchImpl as { [LIGHT_REQUEST_CLASS]?: typeof Request })[LIGHT_REQUEST_CLASS];
}
