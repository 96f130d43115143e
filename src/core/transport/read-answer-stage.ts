import { parseJsonAnswer } from "../errors/index.js";
import { isStreamedAnswer, readAnswerReading } from "./answer-reading.js";
import { type BodyReadContext, readBoundedBody, toBodyReadError } from "./bounded-body.js";
import { HeldBodyAnswer } from "./held-body-answer.js";
import type { AttemptStage } from "./transport-stage.js";

// Statuses whose answer has no body by definition (a Response cannot even be built with one).
const BODILESS_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/**
 * The init of an answer whose body has been read whole: its length is known now, whatever the
 * server sent (chunked, compressed). openapi-fetch reads an answer without `Content-Length` with
 * `text()` and parses it again; with it, it calls `json()`, which returns the data parsed here.
 */
function initOfReadAnswer(source: Response, bytes: Uint8Array<ArrayBuffer>): ResponseInit {
  const headers = new Headers(source.headers);
  headers.set("content-length", String(bytes.byteLength));
  headers.delete("transfer-encoding");
  return { status: source.status, statusText: source.statusText, headers };
}

/** An answer whose body this stage has read whole: its bytes are in memory. */
class ReadWholeAnswer extends HeldBodyAnswer {
  readonly #bytes: Uint8Array<ArrayBuffer>;

  constructor(source: Response, bytes: Uint8Array<ArrayBuffer>) {
    super(initOfReadAnswer(source, bytes));
    this.#bytes = bytes;
  }

  protected override async *chunks(): AsyncIterable<Uint8Array> {
    yield this.#bytes;
  }

  protected override async release(): Promise<void> {}

  protected override standardBody(): BodyInit {
    return this.#bytes;
  }

  // openapi-fetch reads an error answer with text(), then tries it as JSON.
  override text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }
}

/** Tells whether an answer's body was read whole within the attempt (nothing left to wait for). */
export function isReadWhole(response: Response): boolean {
  return response instanceof ReadWholeAnswer;
}

/**
 * An answer already read whole and parsed: `text()` and `json()` return what was read and parsed
 * within the attempt instead of reading again, so openapi-fetch does not parse a document twice.
 */
class ReadAnswer extends ReadWholeAnswer {
  readonly #text: string;
  readonly #data: unknown;

  constructor(source: Response, bytes: Uint8Array<ArrayBuffer>, text: string, data: unknown) {
    super(source, bytes);
    this.#text = text;
    this.#data = data;
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#text);
  }

  override json(): Promise<unknown> {
    return Promise.resolve(this.#data);
  }
}

function copyAnswer(source: Response, bytes: Uint8Array<ArrayBuffer>): Response {
  return new ReadWholeAnswer(source, bytes);
}

function readJsonAnswer(
  response: Response,
  bytes: Uint8Array<ArrayBuffer>,
  context: BodyReadContext,
): Response {
  const text = new TextDecoder().decode(bytes);
  // An empty body is "no data" to openapi-fetch, as a 204 is.
  if (text === "") return copyAnswer(response, bytes);
  return new ReadAnswer(response, bytes, text, parseJsonAnswer(text, response, context.request));
}

// A stream handed to the caller fails with the SDK's errors, not with fetch's `TypeError`.
function typeStreamFailures(response: Response, context: BodyReadContext): Response {
  const body = response.body;
  if (body === null) return response;
  const reader = body.getReader();
  const typed = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw toBodyReadError(error, context);
      }
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(typed, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Creates the stage that reads, within the attempt, every body the caller would read whole.
 *
 * Reading inside the attempt puts the body under the attempt's deadline, inside the retry loop
 * (a JSON answer cut halfway is a `ConnectionError`, retried like a reset) and under the size
 * limit `maxAnswerBytes`. A 2xx answer the caller parses as JSON must be JSON, whatever its
 * `Content-Type` says. Streams (downloads, NDJSON results) stay streams, whose failures are typed.
 *
 * @throws {InvalidResponseError} for a 2xx answer that is not JSON, or a body past the limit.
 * @throws {ConnectionError | TimeoutError | AbortedError} when the body is cut, stalls or is aborted.
 */
export function createReadAnswerStage(next: AttemptStage, maxAnswerBytes: number): AttemptStage {
  return async (request, signal) => {
    const response = await next(request, signal);
    const context: BodyReadContext = { request, signal };
    if (isStreamedAnswer(request, response)) return typeStreamFailures(response, context);
    if (request.method === "HEAD" || BODILESS_STATUSES.has(response.status)) return response;
    // A held body is never null, and asking a held answer for its stream builds one.
    if (!(response instanceof HeldBodyAnswer) && response.body === null) return response;
    const bytes = await readBoundedBody(response, context, maxAnswerBytes);
    if (response.ok && readAnswerReading(request) === "json") {
      return readJsonAnswer(response, bytes, context);
    }
    return copyAnswer(response, bytes);
  };
}
