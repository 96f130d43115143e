import type { Readable } from "node:stream";
import type { Dispatcher } from "undici";
import { HeldBodyAnswer } from "../core/transport/index.js";
import { decodeContent } from "./decode-content.js";

// Statuses whose answer has no body by definition: `Response` refuses one.
const BODILESS_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

function toHeaders(raw: Dispatcher.ResponseData["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}

/** An answer whose body streams from undici's socket read, decoded, with no web stream around it. */
class UndiciAnswer extends HeldBodyAnswer {
  readonly #body: Readable;

  constructor(init: ResponseInit, body: Readable) {
    super(init);
    this.#body = body;
  }

  protected override chunks(): AsyncIterable<Uint8Array> {
    return this.#body;
  }

  protected override async release(): Promise<void> {
    // An unfinished body reports its destruction as an 'error' event, which nobody reads here.
    this.#body.on("error", () => undefined);
    this.#body.destroy();
  }

  // Node's `Response` takes an async iterable body; cancelling its stream destroys the socket read.
  protected override standardBody(): BodyInit {
    return this.#body as unknown as ReadableStream<Uint8Array>;
  }
}

/**
 * Turns undici's answer into a `Response` whose body streams from the socket as it is read.
 *
 * A body that has no place in the answer (HEAD, 204, 304) is drained so the connection goes back
 * to the pool.
 */
export function toFetchResponse(method: string, data: Dispatcher.ResponseData): Response {
  const headers = toHeaders(data.headers);
  const init = {
    status: data.statusCode,
    statusText: data.statusText,
    headers,
  };
  if (method === "HEAD" || BODILESS_STATUSES.has(data.statusCode)) {
    data.body.dump().catch(() => undefined);
    return new Response(null, init);
  }
  return new UndiciAnswer(
    init,
    decodeContent(data.body, headers.get("content-encoding") ?? undefined),
  );
}
