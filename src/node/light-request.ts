import {
  defaultMaxListeners,
  getEventListeners,
  getMaxListeners,
  setMaxListeners,
} from "node:events";
import { isInMemoryBody } from "../core/body/in-memory-body.js";
import {
  type AnswerReading,
  type LightRequestClass,
  type LightRequestLike,
  refusedRequestError,
} from "../core/transport/index.js";

// The methods the Fetch standard writes in upper case whatever the caller's case, and those it refuses.
const NORMALIZED_METHODS: ReadonlySet<string> = new Set([
  "DELETE",
  "GET",
  "HEAD",
  "OPTIONS",
  "POST",
  "PUT",
]);
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);

function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.has(upper))
    throw refusedRequestError(`'${method}' HTTP method is unsupported.`);
  return NORMALIZED_METHODS.has(upper) ? upper : method;
}

// The Content-Type `Request` would add to a body sent without one. A form is left out: the
// adapter lets undici write it with the boundary of its own encoding.
function defaultContentType(body: BodyInit): string | undefined {
  if (typeof body === "string") return "text/plain;charset=UTF-8";
  if (body instanceof URLSearchParams) return "application/x-www-form-urlencoded;charset=UTF-8";
  if (body instanceof Blob && body.type !== "") return body.type;
  return undefined;
}

// Each call in flight holds a listener on its signal until its attempt is over, which is no leak:
// `new Request()` raises a caller's signal's limit the same way, so that concurrent calls sharing it
// bring no leak warning.
const CALLER_SIGNAL_MAX_LISTENERS = 1500;

function allowConcurrentCalls(signal: AbortSignal): void {
  try {
    if (
      getMaxListeners(signal) === defaultMaxListeners ||
      getEventListeners(signal, "abort").length >= defaultMaxListeners
    ) {
      setMaxListeners(CALLER_SIGNAL_MAX_LISTENERS, signal);
    }
  } catch {
    // Node 20 cannot read a limit of 0 (none), which needs no raising; nor can it tune a signal
    // of another realm, whose warnings are not the SDK's to silence.
  }
}

/**
 * A request the client builds instead of a WHATWG `Request` when nothing but its own code reads it.
 *
 * On Node, `new Request()` costs several microseconds per call (undici's WebIDL conversions, an
 * `AbortController` of its own, a finalization registration), and the undici adapter then reads
 * only `url`, `method`, `headers`, the body and the signal off it. This class holds just those,
 * the body as given (`body` is the `BodyInit`, not a stream of it), plus what `ReplayableRequest`
 * keeps for a retry or a 401 replay. It copies what `Request` checks and adds that the SDK can
 * meet: URL serialization, method normalization, no body on GET or HEAD, the default Content-Type.
 *
 * The adapter is marked with this class (`markReadsLightRequests`); the client hands it to
 * openapi-fetch only for calls that no middleware, `fetch` or `Request` option of the caller's
 * can see. `signal` is the caller's or, when the caller gave none, the one signal of its class
 * that never aborts (see `createLightRequestClass`) instead of an `AbortController` per call.
 */
export class LightRequest implements LightRequestLike {
  // The members are those of `LightRequestLike`, documented there.
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal;
  readonly replayBody: BodyInit | null;
  readonly replayable: boolean;

  /**
   * @param idleSignal The signal of a request whose caller gave none: one that never aborts.
   * @throws {InvalidArgumentError} where `Request` would refuse: a forbidden method, a body on a
   *   GET or HEAD.
   */
  constructor(input: string | URL | LightRequestLike, init: RequestInit, idleSignal: AbortSignal) {
    const from = typeof input === "object" && !(input instanceof URL) ? input : undefined;
    this.url = from ? from.url : new URL(input as string | URL).href;
    this.method =
      init.method === undefined ? (from?.method ?? "GET") : normalizeMethod(init.method);
    this.headers = new Headers(init.headers ?? from?.headers);
    const inherited = from !== undefined && init.body === undefined;
    const body = inherited ? from.replayBody : (init.body ?? null);
    if (body !== null && (this.method === "GET" || this.method === "HEAD")) {
      throw refusedRequestError("Request with GET/HEAD method cannot have body.");
    }
    this.body = body;
    if (init.signal) allowConcurrentCalls(init.signal);
    this.signal = init.signal ?? from?.signal ?? idleSignal;
    this.replayable = inherited ? from.replayable : body === null || isInMemoryBody(body);
    this.replayBody = this.replayable ? body : null;
    if (from?.timeoutMs !== undefined) this.timeoutMs = from.timeoutMs;
    if (from?.answerReading !== undefined) this.answerReading = from.answerReading;
    const contentType = body === null ? undefined : defaultContentType(body);
    if (contentType !== undefined && !this.headers.has("content-type")) {
      this.headers.set("content-type", contentType);
    }
  }

  // `declare`, not a field: openapi-fetch copies unknown fetch options only onto missing keys.
  declare timeoutMs?: number;
  declare answerReading?: AnswerReading;
}

/**
 * Creates a class of light requests for one adapter (one client), whose requests without a signal
 * of their caller's share one that never aborts. It lives as long as the client: every stage
 * removes the listener it adds once its attempt is over, as it must for a caller's signal that
 * lives as long.
 */
export function createLightRequestClass(): LightRequestClass {
  const idle = new AbortController().signal;
  // No limit: all the client's calls without a signal hold a listener on it while they run.
  setMaxListeners(0, idle);
  return class extends LightRequest {
    constructor(input: string | URL | LightRequestLike, init: RequestInit = {}) {
      super(input, init, idle);
    }
  };
}
