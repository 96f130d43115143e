import { Agent, type Dispatcher } from "undici";
import {
  type FetchLike,
  markCreatesAttemptAborts,
  markReadsLightRequests,
} from "../core/transport/index.js";
import { AttemptDeadline } from "./attempt-deadline.js";
import { ACCEPTED_ENCODINGS } from "./decode-content.js";
import { dispatchAnswer } from "./dispatch-answer.js";
import { createLightRequestClass } from "./light-request.js";
import { pickRequestBody } from "./request-body.js";
import { toFetchResponse } from "./undici-response.js";

/** How the undici transport keeps its connections. */
export interface UndiciFetchOptions {
  /** Most connections kept open to one origin; omitted for no bound (a shared limiter sets it). */
  connections?: number | undefined;
}

function toHeaderList(headers: Headers, keepContentType: boolean): string[] {
  const list: string[] = headers.has("accept-encoding")
    ? []
    : ["accept-encoding", ACCEPTED_ENCODINGS];
  for (const [name, value] of headers) {
    if (keepContentType || name !== "content-type") list.push(name, value);
  }
  return list;
}

/**
 * Creates a `fetch`-compatible function that sends requests over undici, Node's own HTTP engine.
 *
 * Connections are kept alive in a pool of `connections` per origin; each created function owns
 * its pool, so two clients share no socket. Redirects are never followed (the redirect stage
 * decides), an `AbortSignal` destroys the request, headers and body included, also while the
 * request waits for a connection, and failures keep undici's error codes (`ECONNREFUSED`,
 * `UND_ERR_SOCKET`…) for the fetch stage to read. It reads a `LightRequest` as well as a
 * `Request`, and is marked with a class of them of its own, so the client can skip building a
 * `Request` per call.
 */
export function createUndiciFetch(options: UndiciFetchOptions = {}): FetchLike {
  const agent = new Agent(
    options.connections === undefined ? {} : { connections: options.connections },
  );
  const undiciFetch: FetchLike = async (input, init) => {
    const url = new URL(input.url);
    const { body, keepContentType } = pickRequestBody(input);
    const answer = await dispatchAnswer(
      agent,
      {
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: input.method as "GET",
        headers: toHeaderList(input.headers, keepContentType),
        // undici also sends Blobs and async iterables (lib/core/request.js); its types omit them.
        body: body as Dispatcher.DispatchOptions["body"],
      },
      init?.signal ?? input.signal,
    );
    return toFetchResponse(input.method, answer);
  };
  return markCreatesAttemptAborts(
    markReadsLightRequests(undiciFetch, createLightRequestClass()),
    () => new AttemptDeadline(),
  );
}
