import { Readable } from "node:stream";
import { HeldBodyAnswer } from "../core/transport/index.js";
import { decodeContent } from "./decode-content.js";
import type { AnswerBody, DispatchedAnswer } from "./dispatch-answer.js";

// Statuses whose answer has no body by definition: `Response` refuses one.
const BODILESS_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

function toHeaders(raw: DispatchedAnswer["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}

/** An answer whose body comes from undici's socket read as it is read, with no stream around it. */
class UndiciAnswer extends HeldBodyAnswer {
  readonly #body: AsyncIterable<Uint8Array>;
  readonly #release: () => void;

  constructor(init: ResponseInit, body: AsyncIterable<Uint8Array>, release: () => void) {
    super(init);
    this.#body = body;
    this.#release = release;
  }

  protected override chunks(): AsyncIterable<Uint8Array> {
    return this.#body;
  }

  protected override async release(): Promise<void> {
    this.#release();
  }

  // Node's `Response` takes an async iterable body; cancelling its stream ends the iteration,
  // which aborts the request.
  protected override standardBody(): BodyInit {
    return this.#body as unknown as ReadableStream<Uint8Array>;
  }
}

// A compressed body goes through zlib as a Node stream; destroying that stream ends the iteration
// of the answer's body, which aborts the request.
function decodedBody(body: AnswerBody, encoding: string | undefined): AnswerBody | Readable {
  if (encoding === undefined) return body;
  const source = Readable.from(body, { objectMode: false });
  const decoded = decodeContent(source, encoding);
  return decoded === source ? body : decoded;
}

/**
 * Turns a dispatched answer into a `Response` whose body comes from the socket as it is read.
 *
 * An answer that has no body by definition (HEAD, 204, 304) is built without one: undici reads
 * none, and the connection goes back to the pool when the answer ends.
 */
export function toFetchResponse(method: string, answer: DispatchedAnswer): Response {
  const headers = toHeaders(answer.headers);
  const init = { status: answer.statusCode, statusText: answer.statusText, headers };
  if (method === "HEAD" || BODILESS_STATUSES.has(answer.statusCode))
    return new Response(null, init);
  const body = decodedBody(answer.body, headers.get("content-encoding") ?? undefined);
  return new UndiciAnswer(init, body, () => {
    // A decoder destroyed before its end reports a premature close, which nobody reads here.
    if (body instanceof Readable) body.on("error", () => undefined).destroy();
    answer.body.cancel();
  });
}
