import type { Dispatcher } from "undici";
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
  // Node's `Response` takes an async iterable body; cancelling its stream destroys the socket read.
  const body = decodeContent(data.body, headers.get("content-encoding") ?? undefined);
  return new Response(body as unknown as ReadableStream<Uint8Array>, init);
}
